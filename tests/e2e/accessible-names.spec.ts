import { expect, test } from './fixtures';
import { SessionPage } from './pages/session-page';
import { walkOrder } from './pages/expected';
import { NewAssessmentPage } from './pages/new-assessment-page';
import { ReviewPage } from './pages/review-page';

test('a finding card is a group named by its question, with its risk level in words', async ({ app, library }) => {
  const service = 'Quillstone Contract Assistant';
  await library.openSample(service, 'Review');
  const review = new ReviewPage(app.page);
  const first = review.findings.first();
  const prompt = await first.getByRole('heading', { level: 4 }).innerText();
  const card = first.getByRole('group', { name: prompt });
  await expect(card).toHaveAccessibleDescription('Risk level: Critical, knock-out');
});

test('the review’s summary cards are groups named by their headings', async ({ app, library }) => {
  const service = 'Quillstone Contract Assistant';
  await library.openSample(service);
  const session = new SessionPage(app.page);
  await session.waitUntilShown(service);
  await session.section('Review');
  for (const name of ['Overall rating', 'Open questions and coverage', 'Scores by area']) {
    const card = app.page.getByRole('group', { name, exact: true });
    await expect(card).toHaveCount(1);
    await expect(card.getByRole('heading', { name, exact: true })).toBeVisible();
  }
  await expect(app.page.getByRole('group', { name: 'Scores by area', exact: true }).getByRole('table')).toBeVisible();
  await expect(app.page.getByRole('group', { name: 'Open questions and coverage', exact: true })).toContainText(
    /\d+ of \d+ checks answered/,
  );
});

test('form labels match their visible text: the required marker is not part of the name', async ({ app, library }) => {
  await library.newAssessmentButton.click();
  const form = new NewAssessmentPage(app.page);
  await form.waitUntilShown();
  const vendor = app.page.getByLabel('Vendor', { exact: true });
  await expect(vendor).toHaveCount(1);
  await expect(vendor).toHaveAttribute('aria-required', 'true');
  await expect(app.page.getByLabel('Service or product assessed', { exact: true })).toHaveCount(1);
  await vendor.fill('Globex');
  await expect(app.page.getByRole('textbox', { name: 'Vendor', exact: true })).toHaveValue('Globex');
});

test('check-strip buttons carry the question’s short title, and the figure field is named after its figure', async ({ app, library }) => {
  await library.newAssessmentButton.click();
  await new NewAssessmentPage(app.page).create('Hooli', 'Hooli Assist');
  const session = new SessionPage(app.page);
  await session.waitUntilShown('Hooli Assist');
  const order = walkOrder({ vendor: 'Hooli', service: 'Hooli Assist' });
  const [first] = order;
  if (!first?.shortTitle) throw new Error('the first check has a short title');
  await expect(session.checkList.getByRole('button').first()).toHaveAccessibleName(`Check 1: ${first.shortTitle} (not answered)`);

  await session.area('Licensing and commercial terms').click();
  const commercial = order.filter((c) => c.area === 'commercial');
  const target = commercial.find((c) => c.capture?.kind === 'number');
  if (target?.capture?.kind !== 'number' || !target.shortTitle) throw new Error('a commercial check asks for a figure');
  const button = session.checkList.getByRole('button', {
    name: `Check ${commercial.indexOf(target) + 1}: ${target.shortTitle} (not answered)`,
  });
  await button.click();
  await expect(session.answers).toHaveAccessibleName(target.prompt);
  await expect(app.page.getByRole('textbox', { name: target.capture.label, exact: true })).toBeVisible();
});
