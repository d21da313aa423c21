import { expect, test } from './fixtures';
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
