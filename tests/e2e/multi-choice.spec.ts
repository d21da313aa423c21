import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import type { TemplateInput } from '../../src/core/template-schema';
import { gradedCheck, miniTemplateInput } from '../support/builders';
import { NewAssessmentPage } from './pages/new-assessment-page';
import { SessionPage } from './pages/session-page';
import { SettingsPage } from './pages/settings-page';

/** A custom checklist whose first check takes several answers: which routes can carry prompts. */
function multiTemplate(): TemplateInput {
  const t = miniTemplateInput();
  const routes = gradedCheck('routes-01', 'region', {
    prompt: 'Which routes can carry our prompts out of the region we chose?',
    select: 'multi',
    knockout: {
      id: 'ko-any-route-out',
      options: ['bad'],
      onUnknown: false,
      minRating: 'critical',
      why: 'One route out of the region is enough to break residency.',
    },
  });
  const share = { id: 'pilot-share', label: 'Share of staff in the pilot', kind: 'number' as const, unit: 'percent' as const };
  return { ...t, id: 'routes', title: 'Routing checklist', triage: [...t.triage, share], checks: [routes, ...t.checks] };
}

test('a multi-choice check takes several answers by mouse and keyboard, and the riskiest counts', async ({ app, library, dataDir }) => {
  const { page } = app;
  const file = join(dataDir, 'routes.json');
  writeFileSync(file, JSON.stringify(multiTemplate()));
  const settings = new SettingsPage(page);
  await settings.goTo();
  await app.answerNextDialog({ filePath: file });
  await settings.importTemplate.click();
  await expect(page.getByRole('status').filter({ hasText: 'Routing checklist was added' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Library' }).click();
  await library.newAssessmentButton.click();
  const form = new NewAssessmentPage(page);
  await form.waitUntilShown();
  await page.getByRole('combobox', { name: 'Checklist' }).selectOption({ label: 'Routing checklist 1.0.0 (5 checks)' });
  await form.fillText('Vendor', 'Initech');
  await form.fillText('Service', 'Initech Router');
  // A figure is typed as a person types it: what is not a number is pointed out, a decimal comma is read.
  const share = page.getByRole('textbox', { name: 'Share of staff in the pilot' });
  await share.fill('a dozen');
  await expect(page.getByText('Enter a number, such as 12 or 3.5.')).toBeVisible();
  await share.fill('12,5');
  await expect(page.getByText('Enter a number, such as 12 or 3.5.')).toHaveCount(0);
  await form.startButton.click();
  const session = new SessionPage(page);
  await session.waitUntilShown('Initech Router');
  await expect(page.getByText('Choose every option that applies; the riskiest counts.')).toBeVisible();

  const box = (name: RegExp) => page.getByRole('checkbox', { name });
  await box(/Yes, in the contract/).check();
  await expect(page.getByRole('region', { name: 'Live score' })).toContainText('Score 0.0');
  await page.keyboard.press('2'); // "Partly": medium now counts
  await expect(box(/Partly/)).toBeChecked();
  await expect(box(/Yes, in the contract/)).toBeChecked();
  await expect(page.getByRole('region', { name: 'Live score' })).toContainText('Score 35.0');
  await page.keyboard.press('3'); // "No": high, and the knock-out fires
  await expect(page.getByRole('region', { name: 'Live score' })).toContainText('Score 65.0');
  await expect(page.getByRole('region', { name: 'Live score' })).toContainText(/Critical/);
  await page.keyboard.press('3'); // untick "No" again
  await expect(box(/^No High risk$/)).not.toBeChecked();
  await expect(page.getByRole('region', { name: 'Live score' })).toContainText('Score 35.0');

  await session.section('Profile');
  await expect(page.getByRole('textbox', { name: 'Share of staff in the pilot' })).toHaveValue('12.5');
});
