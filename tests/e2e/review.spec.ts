import { expect, test } from './fixtures';
import { NewAssessmentPage } from './pages/new-assessment-page';
import { ReviewPage } from './pages/review-page';
import { SessionPage } from './pages/session-page';

const SERVICE = 'Quillstone Contract Assistant';
const RANK = ['Critical risk', 'High risk', 'Medium risk', 'Low risk', 'No risk'];

test('the review lists findings riskiest first with their clauses, shows the trace, and records the decision', async ({
  app,
  library,
  launch,
}) => {
  test.slow(true, 'reviews, decides and signs off, then relaunches the app');
  let session = await library.openSample(SERVICE, 'Review');
  let review = new ReviewPage(app.page);

  // Findings, riskiest first, each with a recommendation and a contract clause.
  const first = review.findings.first();
  await expect(first).toContainText('Contract clause to ask for');
  await expect(first).toContainText('Evidence to request');
  const levels = await review.findings
    .locator('.fui-Badge')
    .filter({ hasText: / risk$/ })
    .allInnerTexts();
  const ranks = levels.map((l) => RANK.indexOf(l));
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  await expect(app.page.getByRole('region', { name: 'Knock-outs' })).toContainText('Rating at least');

  // The score trace is one click from the rating; its contributions add up to the score.
  const score = Number((await app.page.getByText(/^Score \d+\.\d of 100$/).innerText()).split(' ')[1]);
  await review.traceButton.click();
  await expect(review.traceDialog).toBeVisible();
  await expect(review.traceDialog).toContainText(`Total ${score.toFixed(1)}`);
  await review.traceDialog.getByRole('button', { name: 'Close' }).click();

  // "Go to the check" leads to the check behind a finding.
  const prompt = await first.getByRole('heading', { level: 4 }).innerText();
  await first.getByRole('button', { name: 'Go to the check' }).click();
  await expect(session.answers).toHaveAccessibleName(prompt);
  await session.section('Review');
  review = new ReviewPage(app.page);

  // Approving a service rated critical asks for a confirmation with the reason, recorded in the history.
  await app.page.getByRole('radio', { name: 'Approve with conditions', exact: true }).click();
  const confirm = app.page.getByRole('dialog', { name: 'Approve with conditions: a service rated critical?' });
  await expect(confirm).toBeVisible();
  await expect(confirm.getByRole('button', { name: 'Record the decision' })).toBeDisabled();
  await confirm.getByRole('textbox').fill('Acceptable once the processor terms are signed.');
  await confirm.getByRole('button', { name: 'Record the decision' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(review.rationale).toHaveValue('Acceptable once the processor terms are signed.');
  await review.addCondition('Sign the data processing agreement', 'Legal', '2026-12-01');
  await review.addSignOff('Architecture', 'Ana Ruiz', '2026-11-20');
  await session.waitSaved();
  await library.goTo();
  await expect(library.row(SERVICE)).toContainText('Approved with conditions');
  await app.close();

  ({ app, library } = await launch());
  session = await library.open(SERVICE);
  review = new ReviewPage(app.page);
  await expect(app.page.getByRole('radio', { name: 'Approve with conditions', exact: true })).toBeChecked();
  await expect(review.rationale).toHaveValue('Acceptable once the processor terms are signed.');
  await expect(app.page.getByRole('textbox', { name: /^Condition \d+$/ }).last()).toHaveValue('Sign the data processing agreement');
  await expect(review.signOff('Architecture').getByRole('textbox', { name: 'Name' })).toHaveValue('Ana Ruiz');
  // The history records the new outcome and the completed sign-off, newest first, in the window's words.
  const history = app.page.getByRole('list', { name: 'History' });
  await expect(history.getByRole('listitem').first()).toContainText(/^Signed off for Architecture by Ana Ruiz on /);
  await expect(history).toContainText('Decision changed from Rejected to Approved with conditions.');
  await expect(history).toContainText(
    'Approved with conditions although rated critical. Rationale: Acceptable once the processor terms are signed.',
  );
});

test('approval waits for the blocking questions, and the rating says what set it', async ({ app, library }) => {
  await library.newAssessmentButton.click();
  await new NewAssessmentPage(app.page).create('Globex', 'Globex Assist');
  const session = new SessionPage(app.page);
  await session.waitUntilShown('Globex Assist');
  // Nothing known yet: no score and no rating, with the open questions counted beside them.
  await expect(session.liveScore).toContainText('No score yet');
  await expect(session.liveScore).toContainText(/\d+ open questions, \d+ blocking/);
  await expect(session.liveScore).toContainText('Not rated yet');
  await session.section('Review');
  await expect(app.page.getByRole('group', { name: 'Overall rating' })).toContainText('No check has a known answer yet');
  await expect(app.page.getByText(/Approval is not possible yet: \d+ blocking questions are still open/)).toBeVisible();
  await expect(app.page.getByRole('radio', { name: 'Approve', exact: true })).toBeDisabled();
  await expect(app.page.getByRole('radio', { name: 'Approve with conditions', exact: true })).toBeDisabled();
  await expect(app.page.getByRole('radio', { name: 'Reject', exact: true })).toBeEnabled();
  const blocking = app.page
    .getByRole('region', { name: /^Open questions/ })
    .getByRole('group')
    .filter({ hasText: 'Blocking' });
  await expect(blocking.first()).toContainText('Why it matters');
});
