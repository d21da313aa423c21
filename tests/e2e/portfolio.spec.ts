import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { Assessment } from '../../src/core/assessment-schema';
import { decodeFineprint } from '../../src/core/file-format';
import { AssessmentLibrary } from '../../src/node/library/assessment-library';
import { expect, test } from './fixtures';
import { seriousViolations } from './pages/app';
import { LibraryPage } from './pages/library-page';
import { PortfolioPage } from './pages/portfolio-page';

const samples = join(import.meta.dirname, '../../templates/samples');
const TESSELLATE = 'Tessellate Model API (Enterprise)';
const RELAY = 'Relayworks Agent Platform (Business tier)';
const NORTHWIND = 'Northwind Office Suite Copilot';

/** A screenshot of the whole screen: the window scrolls inside its main area, so it is made tall enough first. */
async function shoot(page: Page, path: string): Promise<void> {
  const height = await page.getByRole('main').evaluate((main: { scrollHeight: number }) => main.scrollHeight + 60);
  await page.setViewportSize({ width: 1280, height: Math.min(height, 6000) });
  await page.screenshot({ path });
  await page.setViewportSize({ width: 1280, height: 860 });
}

/** Puts three samples into the library with their providers recorded; two share a cloud (spelled differently). */
async function seedLibrary(dataDir: string): Promise<void> {
  const providers: Record<string, { name: string; role: 'model-maker' | 'cloud' | 'subprocessor'; scope: string }[]> = {
    'model-api-zero-retention-eu.fineprint': [
      { name: 'Cirrusline Cloud', role: 'cloud', scope: 'EU West' },
      { name: 'Tessellate Labs', role: 'model-maker', scope: 'Tessellate Large' },
    ],
    'agent-platform-tenant-wide.fineprint': [
      { name: 'cirrusline cloud', role: 'cloud', scope: 'EU regions' },
      { name: 'Lumenfold Labs', role: 'model-maker', scope: 'agent models' },
    ],
    'suite-copilot-second-model-maker.fineprint': [{ name: 'Northwind Cloud', role: 'cloud', scope: 'EU' }],
  };
  const library = await AssessmentLibrary.open(dataDir, { index: { read: () => ({}), write: () => undefined } });
  for (const [file, list] of Object.entries(providers)) {
    const decoded = decodeFineprint(readFileSync(join(samples, file)));
    if (!decoded.ok) throw new Error(`${file} does not decode`);
    const a = Assessment.parse({ ...decoded.value.assessment, providers: list.map((p, i) => ({ id: `p${i}`, jurisdictions: [], ...p })) });
    await library.import(a, 'replace');
  }
  library.flush();
}

test('without providers recorded, the portfolio says how to add them', async ({ app }) => {
  const portfolio = new PortfolioPage(app.page);
  await portfolio.goTo();
  await expect(portfolio.empty).toBeVisible();
  await expect(app.page.getByText(/The library is empty/)).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const)
  test(`two services sharing a cloud show as a concentration, and the what-if "leaves" lists them with the checks it reopens (${scheme})`, async ({
    dataDir,
    launch,
  }, testInfo) => {
    test.slow(true, 'an axe scan and two full-page screenshots on a busy machine');
    await seedLibrary(dataDir);
    const { app } = await launch();
    const { page } = app;
    await page.emulateMedia({ colorScheme: scheme });
    await expect(new LibraryPage(page).row(TESSELLATE)).toBeVisible();
    const portfolio = new PortfolioPage(page);
    await portfolio.goTo();

    // The shared cloud leads the concentration: two of three services, however its name was typed.
    await expect(portfolio.concentration.getByRole('row').nth(1)).toContainText('Cirrusline Cloud');
    await expect(portfolio.concentrationRow('Cirrusline Cloud')).toContainText('2 of 3 (67%)');
    await expect(portfolio.concentrationRow('Northwind Cloud')).toContainText('1 of 3 (33%)');
    // The matrix: the shared cloud's column has both services, with their ratings.
    await expect(portfolio.matrix.getByRole('columnheader')).toHaveText([
      'Service',
      'Cirrusline Cloud',
      'Lumenfold Labs',
      'Northwind Cloud',
      'Tessellate Labs',
    ]);
    await expect(portfolio.matrixRow(TESSELLATE).getByRole('cell').nth(0)).toContainText('Low');
    await expect(portfolio.matrixRow(TESSELLATE).getByRole('cell').nth(0)).toContainText('Cloud');
    await expect(portfolio.matrixRow(RELAY).getByRole('cell').nth(0)).toContainText('Critical');
    await expect(portfolio.matrixRow(NORTHWIND).getByRole('cell').nth(0)).toHaveText('Not used');

    await portfolio.runWhatIf('Cirrusline Cloud', 'It leaves or is dropped');
    await expect(portfolio.result.getByRole('heading', { name: 'What if Cirrusline Cloud leaves or is dropped?' })).toBeVisible();
    await expect(portfolio.result).toContainText('2 services depend on this provider.');
    await expect(portfolio.result.getByRole('heading', { level: 4 })).toHaveText([RELAY, TESSELLATE]);
    for (const service of [RELAY, TESSELLATE]) {
      await expect(portfolio.reopened(service)).toContainText('A tested exit plan:');
      await expect(portfolio.reopened(service)).toContainText('Model routing and fallback:');
    }
    await expect(portfolio.result).not.toContainText(NORTHWIND);

    await page.waitForFunction(
      () => (globalThis as unknown as { document: { getAnimations(): unknown[] } }).document.getAnimations().length === 0,
    );
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, testInfo.outputPath(`portfolio-${scheme}.png`));

    await portfolio.runWhatIf('Cirrusline Cloud', 'It moves the data to another region');
    await expect(portfolio.reopened(TESSELLATE)).toContainText('Storage and inference region in the contract:');
    await expect(portfolio.reopened(TESSELLATE)).not.toContainText('A tested exit plan');
    await expect(portfolio.result.getByRole('list', { name: `Exit and fallback answers: ${TESSELLATE}` })).toContainText(
      'A tested exit plan:',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, testInfo.outputPath(`portfolio-region-${scheme}.png`));
  });
