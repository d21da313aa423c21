import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PositionStore } from '../../src/node/positions';
import { expect, test } from './fixtures';
import { walkOrder } from './pages/expected';
import { NewAssessmentPage } from './pages/new-assessment-page';
import { SessionPage } from './pages/session-page';

/** The sections saved as positions in a data folder, read as the app reads them when it starts. */
async function savedScreens(dataDir: string): Promise<string[]> {
  const positions = await PositionStore.open(join(dataDir, 'positions.json'));
  return Object.values(positions.list()).map((p) => p.screen);
}

test('after closing and relaunching, the assessment resumes exactly where the user left off with nothing lost', async ({
  app,
  library,
  dataDir,
  launch,
}) => {
  test.slow(true, 'answers across two areas with notes and evidence, then relaunches the app');
  const { page } = app;
  await library.newAssessmentButton.click();
  await new NewAssessmentPage(page).create('Hooli', 'Hooli Assist');
  let session = new SessionPage(page);
  await session.waitUntilShown('Hooli Assist');
  const order = walkOrder({ vendor: 'Hooli', service: 'Hooli Assist' });

  for (let i = 0; i < 5; i++) {
    await page.keyboard.press(String((i % 3) + 1));
    await page.keyboard.press('n');
  }
  await page.keyboard.press('u');
  // Jump to another area, answer "not applicable" with a reason, add notes, evidence and a figure.
  await session.area('Licensing and commercial terms').click();
  const target = order.find((c) => c.area === 'commercial' && c.capture?.kind === 'number')!;
  const strip = session.checkList.getByRole('button');
  const commercial = order.filter((c) => c.area === 'commercial');
  await strip.nth(commercial.indexOf(target)).click();
  await expect(session.answers).toHaveAccessibleName(target.prompt);
  await session.chooseByMouse(1);
  await page.getByRole('textbox', { name: target.capture!.label }).fill('45');
  await session.addNote('The vendor said this on the call of 3 March.');
  await session.addNote('Legal thinks this is negotiable.', true);

  const evidenceFile = join(dataDir, 'terms.pdf');
  writeFileSync(evidenceFile, 'vendor terms, version 7');
  await page.getByRole('button', { name: /^Evidence \(\d+\)$/ }).click();
  await page.getByRole('button', { name: 'Add evidence' }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill('Order form annex B');
  await page.getByRole('textbox', { name: 'Link' }).fill('https://vendor.example/terms');
  await page.getByRole('textbox', { name: 'Clause or section' }).fill('B.4');
  await page.getByLabel('Date seen').fill('2026-03-02');
  await app.answerNextDialog({ filePath: evidenceFile });
  await page.getByRole('button', { name: 'Record the exact file you saw…' }).click();
  await expect(page.getByText(/^Fingerprint \(SHA-256\) [0-9a-f]{16}…$/)).toBeVisible();
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Order form annex B' })).toBeVisible();

  const score = await session.scoreText();
  const progress = await session.progress();
  await session.waitSaved();
  await app.close();

  ({ app, library } = await launch());
  session = await library.open('Hooli Assist');
  await expect(session.answers).toHaveAccessibleName(target.prompt);
  expect(await session.scoreText()).toBe(score);
  expect(await session.progress()).toEqual(progress);
  await expect(app.page.getByRole('textbox', { name: target.capture!.label })).toHaveValue('45');
  await expect(session.answers.getByRole('radio').nth(1)).toBeChecked();
  await app.page.getByRole('button', { name: /^Notes \(2\)$/ }).click();
  await expect(app.page.getByText('The vendor said this on the call of 3 March.')).toBeVisible();
  await expect(app.page.getByText('Legal thinks this is negotiable.')).toBeVisible();
  await expect(app.page.getByText('Internal', { exact: true })).toBeVisible();
  await expect(app.page.getByRole('button', { name: /^Evidence \(1\)$/ })).toBeVisible();
  await expect(session.area('Service region and data residency')).toHaveAccessibleName(/, 6 of \d+ answered$/);
});

test('the section the user was in is remembered too', async ({ app, library, dataDir, launch }) => {
  await library.openSample('Northwind Office Suite Copilot', 'Data path');
  // The position is written a moment after the move: wait until a fresh start would read it.
  await expect.poll(() => savedScreens(dataDir)).toContain('data-path');
  await app.close();

  ({ app, library } = await launch());
  await library.open('Northwind Office Suite Copilot');
  await expect(app.page.getByRole('tab', { name: 'Data path', selected: true })).toBeVisible();
});

test('a note typed but not yet added is still there after moving to another check and back', async ({ app, library }) => {
  const { page } = app;
  await library.newAssessmentButton.click();
  await new NewAssessmentPage(page).create('Hooli', 'Hooli Assist');
  const session = new SessionPage(page);
  await session.waitUntilShown('Hooli Assist');
  const first = await session.prompt();
  await session.accordion(/^Notes \(0\)$/).click();
  await page.getByRole('textbox', { name: 'New note' }).fill('Half-written: ask about the EU failover region');
  await page.getByRole('button', { name: 'Next check' }).click();
  expect(await session.prompt()).not.toBe(first);
  await page.getByRole('button', { name: 'Previous check' }).click();
  expect(await session.prompt()).toBe(first);
  const notes = session.accordion(/^Notes \(0\)$/);
  if ((await notes.getAttribute('aria-expanded')) !== 'true') await notes.click();
  await expect(page.getByRole('textbox', { name: 'New note' })).toHaveValue('Half-written: ask about the EU failover region');
});
