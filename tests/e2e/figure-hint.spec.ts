import { expect, test } from './fixtures';
import { DEFAULT_TEMPLATE } from './pages/expected';
import { SessionPage } from './pages/session-page';

const SERVICE = 'Quillstone Contract Assistant';

test('a figure keeps its label and unit on the review, and one that contradicts its answer gets a hint', async ({ app, library }) => {
  test.slow(true, 'edits one check twice and reads the review after each');
  const { page } = app;
  const check = DEFAULT_TEMPLATE.checks.find((c) => c.id === 'concentration-05');
  if (check?.capture?.kind !== 'number' || !check.shortTitle) throw new Error('concentration-05 asks for a notice period');
  const label = check.capture.label;
  // The figure is a term and its value ("Notice before …: 30 days"); the colon is drawn by CSS, so it is not in the text.
  const figureText = (value: string) => new RegExp(`${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*${value}`);
  await library.openSample(SERVICE);
  const session = new SessionPage(page);
  await session.waitUntilShown(SERVICE);
  await session.section('Review');

  // The sample answers "No notice" with 0 days: the figure reads with its label and unit, and fits.
  const card = page.getByRole('group', { name: check.prompt });
  await expect(card).toContainText(figureText('0 days'));
  await expect(card).not.toContainText('does not fit');

  // 30 days' notice with "No notice": the check says so under the figure, and so does the review.
  await card.getByRole('button', { name: 'Go to the check' }).click();
  await expect(session.answers).toHaveAccessibleName(check.prompt);
  const figure = page.getByRole('textbox', { name: label, exact: true });
  await figure.fill('30');
  await expect(figure).toHaveAccessibleDescription(/^The figure \(30 days\) does not fit the answer “No notice/);
  await session.section('Review');
  await expect(card).toContainText(figureText('30 days'));
  await expect(card).toContainText('The figure (30 days) does not fit the answer “No notice: the provider can change at any time”');

  // 0 days with an answer that promises notice (no longer a finding): the review lists it on its own.
  await session.section('Checks');
  await page.getByRole('radio', { name: 'Advance notice, right to object, and termination with a refund' }).check();
  await figure.fill('0');
  await expect(figure).toHaveAccessibleDescription(/^A figure of 0 days does not fit the answer “Advance notice/);
  await session.section('Review');
  await expect(card).toHaveCount(0);
  const mismatches = page.getByRole('group', { name: 'Figures that do not fit their answers' });
  await expect(mismatches).toContainText(`${check.shortTitle}: A figure of 0 days does not fit the answer`);
  await mismatches.getByRole('button', { name: 'Go to the check' }).click();
  await expect(session.answers).toHaveAccessibleName(check.prompt);
  await session.waitSaved();
});
