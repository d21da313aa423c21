import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { pdfPlainText as pdfText } from '../node/report-helpers';
import { expect, test } from './fixtures';
import { seriousViolations } from './pages/app';
import { ExportPage } from './pages/export-page';
import { SessionPage } from './pages/session-page';

const SERVICE = 'Tessellate Model API (Enterprise)';

/** Waits for the theme's colour transitions to settle, so a screenshot or scan sees the final colours. */
async function settled(page: Page): Promise<void> {
  // A function, not a string: the window's CSP forbids eval. The test's type-check has no DOM types.
  await page.waitForFunction(
    () => (globalThis as unknown as { document: { getAnimations(): unknown[] } }).document.getAnimations().length === 0,
  );
}

/** The check title a "Confirm" button names, from its label "Confirm the answer to “…”". */
async function titleOf(confirm: Locator): Promise<string> {
  const label = (await confirm.getAttribute('aria-label')) ?? '';
  return /“(.*)”/.exec(label)?.[1] ?? label;
}

test('a new round carries the answers to re-confirm, and the diff and the PDF show exactly the one answer changed', async ({
  app,
  library,
  tempDir,
}) => {
  test.slow(true, 'a journey through several screens, an axe scan and a PDF export');
  const { page } = app;
  await library.openSample(SERVICE);
  const session = new SessionPage(page);
  await session.waitUntilShown(SERVICE);
  await session.section('Review');
  const before = await session.progress();

  // Start round 2: the dialog says what happens first.
  await page.getByRole('button', { name: 'Start a new round' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start round 2?' });
  await expect(dialog).toContainText('marked “to re-confirm”');
  await dialog.getByRole('button', { name: 'Start round 2' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('tab', { name: 'Checks', selected: true })).toBeVisible();
  const count = page.getByText(/^\d+ answers? to re-confirm$/);
  await expect(count).toBeVisible();
  const carried = Number(/^(\d+)/.exec(await count.innerText())?.[1]);
  expect(carried).toBeGreaterThan(2);
  // The rating is unchanged: carried answers still count as answered.
  expect(await session.progress()).toEqual(before);
  for (const scheme of ['dark', 'light'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    // The checks screen has endless animations: the screenshot finishes the colour transitions itself.
    await page.screenshot({ path: test.info().outputPath(`reconfirm-${scheme}.png`), animations: 'disabled' });
  }

  // Change the first check's answer (which also confirms it).
  const confirm = page.getByRole('button', { name: /^Confirm the answer to/ });
  const changed = await titleOf(confirm);
  const options = session.options();
  // The test's type-check has no DOM types: the radios are read as plain objects.
  const checked = await options.evaluateAll((els) => els.findIndex((e) => (e as unknown as { checked: boolean }).checked));
  const pick = checked === 0 ? 1 : 0;
  const newLabel = (await options.nth(pick).getAttribute('aria-label')) ?? (await options.nth(pick).innerText());
  await session.chooseByMouse(pick);
  await expect(page.getByText(`${carried - 1} answers to re-confirm`)).toBeVisible();

  // Confirm the next one as it stands.
  await session.nextButton.click();
  const next = page.getByRole('button', { name: /^Confirm the answer to/ });
  const confirmed = await titleOf(next);
  expect(confirmed).not.toBe(changed);
  await next.click();
  await expect(page.getByText(`${carried - 2} answers to re-confirm`)).toBeVisible();
  await expect(next).toHaveCount(0);
  await session.waitSaved();

  // The diff screen, latest against previous by default: exactly that one answer changed.
  await page.getByRole('button', { name: 'Changes between rounds' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Changes between rounds' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'From' })).toHaveValue('1');
  await expect(page.getByRole('combobox', { name: 'To' })).toHaveValue('2');
  const answers = page.getByRole('region', { name: 'Answers' }).getByRole('listitem');
  await expect(answers).toHaveCount(1);
  await expect(answers.first()).toContainText(changed);
  await expect(answers.first()).toContainText(`now “${newLabel.split('\n')[0]?.trim() ?? ''}`);
  for (const other of ['Figures', 'Evidence', 'Data path', 'Providers', 'Decision'])
    await expect(page.getByRole('region', { name: other })).toHaveCount(0);
  await expect(page.getByText(confirmed)).toHaveCount(0);

  // Accessible and readable in both themes.
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await settled(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: test.info().outputPath(`round-diff-${scheme}.png`), fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });

  // Round 1 opens read-only from the header's round picker.
  await page.getByRole('button', { name: 'Back to the assessment' }).click();
  await session.waitUntilShown(SERVICE);
  await page.getByRole('combobox', { name: 'Round shown' }).selectOption({ index: 0 });
  await expect(page.getByText('Round 1 is read-only')).toBeVisible();
  await session.section('Checks');
  await expect(session.options().first()).toBeDisabled();
  await page.screenshot({ path: test.info().outputPath('round-1-read-only.png'), animations: 'disabled' });
  await page.getByRole('button', { name: 'Back to the current round' }).click();
  await expect(page.getByText('Round 1 is read-only')).toHaveCount(0);

  // The PDF has the section, in the same words.
  await session.section('Export');
  const file = join(tempDir(), 'round-2.pdf');
  await app.answerNextDialog({ filePath: file });
  const exporter = new ExportPage(page);
  await exporter.pdfButton.click();
  // The first report asks who it is from (tested in export.spec.ts); this journey skips it.
  await exporter.identityDialog.getByRole('button', { name: 'Skip' }).click();
  await expect(exporter.savedTo(file)).toBeVisible({ timeout: 15_000 });
  const text = await pdfText(file);
  expect(text).toContain('Changes since the last round');
  expect(text).toContain(`${changed} (`);
});
