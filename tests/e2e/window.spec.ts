import { expect, test } from './fixtures';
import { NewAssessmentPage } from './pages/new-assessment-page';
import { SettingsPage } from './pages/settings-page';

test('the window starts under its strict CSP and runs every screen without a script error', async ({ app, library }) => {
  test.slow(true, 'reloads the window and visits every screen');
  const problems: string[] = [];
  app.page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  app.page.on('pageerror', (e) => problems.push(e.message));
  await app.page.reload();
  await library.waitUntilInteractive();
  await expect(app.page.getByText(/^FinePrint \d+\.\d+\.\d+$/)).toBeVisible();
  // Every screen runs under the same policy: visit them all.
  const session = await library.openSample('Northwind Office Suite Copilot', 'Checks');
  await app.page.keyboard.press('1');
  for (const section of ['Profile', 'Data path', 'Review', 'Export', 'Checks'] as const) await session.section(section);
  await session.waitSaved();
  await new SettingsPage(app.page).goTo();
  await library.goTo();
  await library.newAssessmentButton.click();
  await new NewAssessmentPage(app.page).waitUntilShown();
  // A CSP violation (inline script, eval in zod or the UI kit) shows up as a console error.
  expect(problems).toEqual([]);
});
