import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { miniTemplateInput } from '../support/builders';
import { encodeFineprint } from '../../src/core/file-format';
import { miniTemplateV2Input, upgradedMiniAssessment } from '../support/upgrade-builders';
import { seriousViolations } from './pages/app';
import { NewAssessmentPage } from './pages/new-assessment-page';
import { SessionPage } from './pages/session-page';
import { SettingsPage } from './pages/settings-page';

test('an assessment of an older checklist version is offered the upgrade; Not now keeps it, Upgrade keeps the answers', async ({
  app,
  library,
  dataDir,
}) => {
  const { page } = app;
  const older = join(dataDir, 'mini-1.0.json');
  const newer = join(dataDir, 'mini-1.1.json');
  writeFileSync(older, JSON.stringify(miniTemplateInput()));
  writeFileSync(newer, JSON.stringify(miniTemplateV2Input()));
  const settings = new SettingsPage(page);
  const mainNav = page.getByRole('navigation', { name: 'Main' });

  // Version 1.0.0: start an assessment and answer two checks.
  await settings.goTo();
  await app.answerNextDialog({ filePath: older });
  await settings.importTemplate.click();
  await expect(page.getByRole('status').filter({ hasText: 'Mini checklist was added' })).toBeVisible();
  await mainNav.getByRole('button', { name: 'Library' }).click();
  await library.newAssessmentButton.click();
  const form = new NewAssessmentPage(page);
  await form.waitUntilShown();
  await page.getByRole('combobox', { name: 'Checklist' }).selectOption({ label: 'Mini checklist 1.0.0 (4 checks)' });
  await form.fillText('Vendor', 'Initech');
  await form.fillText('Service', 'Initech Router');
  await form.startButton.click();
  const session = new SessionPage(page);
  await session.waitUntilShown('Initech Router');
  const offerBar = page.getByText('A newer checklist version is available');
  await expect(session.answers).toBeVisible();
  await page.keyboard.press('1'); // region-01: "Yes, in the contract"
  await session.nextButton.click();
  await page.keyboard.press('3'); // identity-01: "No", which hides identity-02
  await expect(session.liveScore).toContainText('2 of 2 checks answered');
  await session.waitSaved();
  await expect(offerBar).toHaveCount(0);

  // Version 1.1.0 of the same template id, imported over it.
  await session.page.getByRole('button', { name: 'Back to the library' }).click();
  await settings.goTo();
  await app.answerNextDialog({ filePath: newer });
  await settings.importTemplate.click();
  await expect(page.getByRole('status').filter({ hasText: 'Mini checklist was added' })).toBeVisible();
  await mainNav.getByRole('button', { name: 'Library' }).click();

  // Offered on opening; "Not now" leaves the assessment on 1.0.0.
  await library.open('Initech Router');
  await expect(offerBar).toBeVisible();
  await page.getByRole('button', { name: 'Review upgrade' }).click();
  const dialog = page.getByRole('dialog', { name: 'Upgrade from Mini checklist 1.0.0 to 1.1.0' });
  await expect(dialog.getByRole('region', { name: 'Answers to review (1)' })).toContainText(
    'identity-01: Does the vendor handle identity-01 well? (the chosen option was reworded or re-rated)',
  );
  await expect(dialog.getByRole('region', { name: 'New checks, not answered yet (1)' })).toContainText('region-03');
  await expect(dialog.getByRole('region', { name: 'Kept as answered (1)' })).toContainText('region-01');
  await dialog.getByRole('button', { name: 'Not now' }).click();
  await expect(dialog).toBeHidden();
  await expect(offerBar).toHaveCount(0);
  await expect(session.liveScore).toContainText('2 of 2 checks answered');

  // Offered again next time; "Upgrade" keeps both answers and adds the new check, unanswered.
  await page.getByRole('button', { name: 'Back to the library' }).click();
  await library.open('Initech Router');
  await page.getByRole('button', { name: 'Review upgrade' }).click();
  await dialog.getByRole('button', { name: 'Upgrade' }).click();
  await expect(dialog).toBeHidden();
  await expect(offerBar).toHaveCount(0);
  await expect(session.liveScore).toContainText('2 of 3 checks answered');
  await session.section('Review');
  await expect(
    page.getByText('Checklist upgraded from mini 1.0.0 to 1.1.0: 1 answer kept, 1 answer flagged for review, 1 new check added.'),
  ).toBeVisible();
});

test('the review shows the answers an upgrade set aside, read-only, with why; an assessment without any shows no such section', async ({
  app,
  library,
  dataDir,
}) => {
  test.slow(true, 'an import, two axe scans and a second assessment on a busy machine');
  const { page } = app;
  const file = join(dataDir, 'upgraded.fineprint');
  writeFileSync(file, encodeFineprint(upgradedMiniAssessment(), new Date('2026-12-01T11:00:00.000Z')));
  await app.answerNextDialog({ filePath: file });
  await library.import();
  await expect(library.message('“Example Copilot” was added to the library.')).toBeVisible();
  await library.open('Example Copilot');
  const session = new SessionPage(page);
  await session.waitUntilShown('Example Copilot');
  await session.section('Review');

  const section = page.getByRole('region', { name: 'Answers kept from the earlier checklist (2)' });
  await expect(section).toBeVisible();
  const removed = section.getByRole('listitem').filter({ hasText: 'identity-02 · checklist version 1.0.0' });
  await expect(removed).toContainText('Does the vendor handle identity-02 well?');
  await expect(removed).toContainText('Answer givenYes, in the contract');
  await expect(removed).toContainText('Figure or text recorded45');
  await expect(removed).toContainText('the version this assessment now uses no longer does');
  await expect(removed).toContainText('Leavers are removed by a weekly script.');
  await expect(removed).toContainText('Internal SECRET-INTERNAL: the script failed twice last year.');
  await expect(removed).toContainText('Offboarding runbook; clause 4.2; seen 18 November 2026');
  const cleared = section.getByRole('listitem').filter({ hasText: 'region-02 · checklist version 1.0.0' });
  await expect(cleared).toContainText('Answer givenPartly');
  await expect(cleared).toContainText('the option chosen under version 1.0.0 is no longer offered');
  // Read-only: nothing in the section can be typed into or pressed.
  await expect(section.getByRole('textbox')).toHaveCount(0);
  await expect(section.getByRole('button')).toHaveCount(0);
  // The new section passes the accessibility scan in both themes, as every other screen does.
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.waitForFunction(
      () => (globalThis as unknown as { document: { getAnimations(): unknown[] } }).document.getAnimations().length === 0,
    );
    expect(await seriousViolations(page), scheme).toEqual([]);
  }

  // A sample was never upgraded: its review has no such section.
  await page.getByRole('button', { name: 'Back to the library' }).click();
  await library.openSample('Quillstone Contract Assistant');
  await session.waitUntilShown('Quillstone Contract Assistant');
  await session.section('Review');
  await expect(page.getByRole('heading', { name: 'History' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Answers kept from the earlier checklist/ })).toHaveCount(0);
});
