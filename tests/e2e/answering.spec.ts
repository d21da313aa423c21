import type { Response } from '../../src/core/assessment-schema';
import { expect, test } from './fixtures';
import { expectedScoreText, walkOrder } from './pages/expected';
import { NewAssessmentPage } from './pages/new-assessment-page';
import { SessionPage } from './pages/session-page';

test('a buyer answers every visible check with the keyboard alone', async ({ app, library }) => {
  // Walks every visible check of the default template with an assertion per step: minutes on a busy machine.
  test.setTimeout(180_000);
  const { page } = app;
  await library.newAssessmentButton.click();
  await new NewAssessmentPage(page).create('Acme AI Ltd', 'Acme Assistant');
  const session = new SessionPage(page);
  await session.waitUntilShown('Acme Assistant');

  const order = walkOrder({ vendor: 'Acme AI Ltd', service: 'Acme Assistant' });
  expect(await session.progress()).toEqual({ answered: 0, visible: order.length });
  // The shortcuts are listed in the window.
  await expect(page.getByRole('region', { name: 'Keyboard shortcuts' })).toContainText('Next check');

  const responses: Record<string, Response> = {};
  for (const [i, check] of order.entries()) {
    await expect(session.answers).toHaveAccessibleName(check.prompt);
    if (i % 9 === 4) {
      await page.keyboard.press('u');
      responses[check.id] = { kind: 'unknown' };
    } else if (i % 11 === 6) {
      await page.keyboard.press('a');
      await expect(session.reason).toBeFocused();
      await page.keyboard.type('Not offered in our edition.');
      responses[check.id] = { kind: 'not-applicable', reason: 'Not offered in our edition.' };
    } else {
      const n = (i % check.options.length) + 1;
      await page.keyboard.press(String(n));
      responses[check.id] = { kind: 'option', option: check.options[n - 1].id };
    }
    await expect(session.answers.getByRole('radio', { checked: true })).toHaveCount(1);
    if (i < order.length - 1) await page.keyboard.press('Alt+ArrowDown');
  }

  expect(await session.progress()).toEqual({ answered: order.length, visible: order.length });
  await expect(session.liveScore).toContainText(expectedScoreText({ vendor: 'Acme AI Ltd', service: 'Acme Assistant' }, responses));
  // P goes back one check.
  await page.keyboard.press('p');
  await expect(session.answers).toHaveAccessibleName(order.at(-2)!.prompt);
  await session.waitSaved();

  await library.goTo();
  await expect(library.row('Acme Assistant')).toContainText(`${order.length} of ${order.length} answered`);
});

test('a buyer answers every visible check with the mouse, after a triage that adds checks', async ({ app, library }) => {
  // Walks every visible check after a triage that adds more, with the live score checked as it goes.
  test.setTimeout(180_000);
  const { page } = app;
  await library.newAssessmentButton.click();
  const form = new NewAssessmentPage(page);
  await form.create('Globex', 'Globex Copilot', async () => {
    await form.choose('What kind of AI service is it?', 'Agent platform that builds or runs agents');
    await form.tick('Which classes of data will users put into the service?', 'Personal data');
    await form.tick('Whose law applies, or where must the data stay?', 'European Union or EEA');
  });
  const session = new SessionPage(page);
  await session.waitUntilShown('Globex Copilot');
  const profile = { vendor: 'Globex', service: 'Globex Copilot', offering: 'agent-platform', data: ['personal'], jurisdictions: ['eu'] };
  const order = walkOrder(profile);
  expect(order.length).toBeGreaterThan(walkOrder({ vendor: 'x', service: 'y' }).length);
  expect(await session.progress()).toEqual({ answered: 0, visible: order.length });

  const responses: Record<string, Response> = {};
  for (const [i, check] of order.entries()) {
    await expect(session.answers).toHaveAccessibleName(check.prompt);
    if (i % 10 === 3) {
      await session.chooseUnknownByMouse();
      responses[check.id] = { kind: 'unknown' };
    } else if (i % 13 === 8) {
      await session.chooseNotApplicableByMouse('Covered by the master agreement.');
      responses[check.id] = { kind: 'not-applicable', reason: 'Covered by the master agreement.' };
    } else {
      const n = (i * 7) % check.options.length;
      await session.chooseByMouse(n);
      responses[check.id] = { kind: 'option', option: check.options[n].id };
    }
    // The live score follows the answers (checked on every third, to keep the test quick).
    if (i % 3 === 0 || i === order.length - 1) await expect(session.liveScore).toContainText(expectedScoreText(profile, responses));
    if (i < order.length - 1) await session.nextButton.click();
  }
  expect(await session.progress()).toEqual({ answered: order.length, visible: order.length });
  for (const title of ['Service region and data residency', 'Data path', 'Identity and access']) {
    await expect(session.area(title)).toHaveAccessibleName(/, (\d+) of \1 answered$/);
  }
  await expect(session.nextButton).toBeDisabled();
  await session.waitSaved();
});

test('"Not applicable" asks for a reason and counts as unanswered until it has one', async ({ app, library }) => {
  const { page } = app;
  await library.newAssessmentButton.click();
  await new NewAssessmentPage(page).create('Initech', 'Initech Writer');
  const session = new SessionPage(page);
  await session.waitUntilShown('Initech Writer');
  await page.keyboard.press('a');
  await expect(session.reason).toBeFocused();
  await expect(page.getByText('Give a reason: until then this check counts as unanswered.')).toBeVisible();
  expect((await session.progress()).answered).toBe(0);
  await page.keyboard.type('We do not use this feature.');
  await expect.poll(async () => (await session.progress()).answered).toBe(1);
  await expect(page.getByText('Give a reason: until then this check counts as unanswered.')).toHaveCount(0);
});

test('the help panel explains the check and can be hidden and shown again', async ({ app, library }) => {
  const { page } = app;
  await library.newAssessmentButton.click();
  await new NewAssessmentPage(page).create('Umbrella', 'Umbrella Chat');
  const session = new SessionPage(page);
  await session.waitUntilShown('Umbrella Chat');
  for (const heading of ['Why it matters', 'A good answer', 'Red flag', 'Evidence to request', 'References'])
    await expect(session.help.getByRole('heading', { name: heading })).toBeVisible();
  await page.keyboard.press('h');
  await expect(session.help).toHaveCount(0);
  await page.getByRole('button', { name: 'Show help' }).click();
  await expect(session.help).toBeVisible();
});
