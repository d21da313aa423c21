import { expect, test } from './fixtures';
import { ReviewPage } from './pages/review-page';
import { SessionPage } from './pages/session-page';

const SERVICE = 'Quillstone Contract Assistant';

test('a finding becomes a condition in one step, with its recommendation, and deleting the condition undoes it', async ({
  app,
  library,
}) => {
  await library.openSample(SERVICE);
  const session = new SessionPage(app.page);
  await session.waitUntilShown(SERVICE);
  await session.section('Review');
  const review = new ReviewPage(app.page);
  const conditions = app.page.getByRole('textbox', { name: /^Condition \d+$/ });
  const before = await conditions.count();

  const first = review.findings.first();
  const prompt = await first.getByRole('heading', { level: 4 }).innerText();
  const card = app.page.getByRole('group', { name: prompt });
  // The card names the check by its short title, after the area: "Area · Short title".
  const shortTitle = (await card.getByText(/ · /).first().innerText()).split(' · ').slice(1).join(' · ');
  // The definition beside the "Recommendation" term, wherever the card lists it.
  const terms = await card.getByRole('term').allInnerTexts();
  const at = terms.findIndex((t) => t.trim() === 'Recommendation');
  expect(at).toBeGreaterThanOrEqual(0);
  const recommendation = (await card.getByRole('definition').nth(at).innerText()).trim();

  await card.getByRole('button', { name: 'Make it a condition' }).click();

  // A new condition, pre-filled, with the focus on its owner: the buyer adds the owner and the due date next.
  await expect(conditions).toHaveCount(before + 1);
  const made = conditions.nth(before);
  await expect(made).toHaveValue(`${shortTitle}: ${recommendation.replace(/\s+/g, ' ')}`);
  const owner = app.page.getByRole('textbox', { name: 'Owner' }).nth(before);
  await expect(owner).toBeFocused();
  await app.page.keyboard.type('Legal');
  await expect(owner).toHaveValue('Legal');
  // The finding says it is already a condition, so it is not added twice.
  await expect(card.getByRole('button', { name: 'In the conditions' })).toBeDisabled();
  await expect(card.getByRole('button', { name: 'Make it a condition' })).toHaveCount(0);

  // Undone by deleting the condition: the finding can be made a condition again.
  await app.page.getByRole('button', { name: `Delete condition ${before + 1}` }).click();
  await expect(conditions).toHaveCount(before);
  await expect(card.getByRole('button', { name: 'Make it a condition' })).toBeEnabled();
  await session.waitSaved();
});
