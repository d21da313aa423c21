import { join } from 'node:path';
import { expect, test } from './fixtures';
import { ReviewPage } from './pages/review-page';

const SAMPLE = join(import.meta.dirname, '../../templates/samples/model-api-zero-retention-eu.fineprint');
const SERVICE = 'Tessellate Model API (Enterprise)';

test('a colleague who imports a decided assessment sees no welcome, and it opens on its review', async ({ app, library }) => {
  await expect(library.welcome).toBeVisible();
  await app.answerNextDialog({ filePath: SAMPLE });
  await library.import();
  await expect(library.message(`“${SERVICE}” was added to the library.`)).toBeVisible();
  // The library has an assessment now: the first-run welcome goes.
  await expect(library.welcome).toHaveCount(0);

  await library.open(SERVICE);
  await expect(app.page.getByRole('tab', { name: 'Review', selected: true })).toBeVisible();
});

test('notes and evidence can be edited, and the edit is recorded', async ({ app, library }) => {
  const { page } = app;
  const session = await library.openSample(SERVICE, 'Checks');

  await session.addNote('The vendor said Frankfurt on the call.');
  await page.getByRole('button', { name: 'Edit note' }).last().click();
  await page.getByRole('textbox', { name: 'Note text' }).fill('The vendor said Frankfurt and Paris on the call.');
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByText('The vendor said Frankfurt and Paris on the call.')).toBeVisible();
  await expect(page.getByText(/^edited /).first()).toBeVisible();

  await page.getByRole('button', { name: /^Evidence \(\d+\)$/ }).click();
  await page.getByRole('button', { name: 'Add evidence' }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill('Order form');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByRole('button', { name: 'Edit evidence “Order form”' }).click();
  const form = page.getByRole('group', { name: /^Edit evidence/ });
  await form.getByRole('textbox', { name: 'Title' }).fill('Order form, annex B');
  await form.getByRole('textbox', { name: 'Clause or section' }).fill('B.4');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('button', { name: 'Delete evidence “Order form, annex B”' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Delete evidence “Order form”', exact: true })).toHaveCount(0);
  await session.waitSaved();
});

test('a sign-off records each role’s outcome and comment, kept on the review', async ({ app, library }) => {
  const { page } = app;
  // The sample is decided: it opens on its review.
  const session = await library.openSample(SERVICE);
  const review = new ReviewPage(page);
  const security = review.signOff('Security');
  await security.getByRole('combobox', { name: 'Outcome' }).selectOption({ label: 'Reject' });
  await security.getByRole('textbox', { name: 'Comment' }).fill('Needs the TLS termination point first.');
  await session.waitSaved();
  await session.section('Profile');
  await session.section('Review');
  await expect(security.getByRole('combobox', { name: 'Outcome' })).toHaveValue('reject');
  await expect(security.getByRole('textbox', { name: 'Comment' })).toHaveValue('Needs the TLS termination point first.');
});
