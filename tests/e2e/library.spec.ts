import { expect, test } from './fixtures';
import type { LibraryPage } from './pages/library-page';
import { SessionPage } from './pages/session-page';

const RELAY = 'Relayworks Agent Platform (Business tier)';
const TESSELLATE = 'Tessellate Model API (Enterprise)';
const QUILL = 'Quillstone Contract Assistant';

async function addSample(library: LibraryPage, service: string) {
  await library.openSample(service);
  await library.goTo();
}

test('the first run welcomes the user with a sample, and the welcome does not come back', async ({ app, library, launch }) => {
  await expect(library.welcome).toBeVisible();
  await library.welcome.getByRole('button', { name: 'Open a sample' }).click();
  await app.page.getByRole('menuitem', { name: new RegExp(TESSELLATE.replace(/[()]/g, '\\$&')) }).click();
  await new SessionPage(app.page).waitUntilShown(TESSELLATE);
  await library.goTo();
  await expect(library.welcome).toHaveCount(0);

  await app.close();
  ({ app, library } = await launch());
  await expect(library.row(TESSELLATE)).toBeVisible();
  await expect(library.welcome).toHaveCount(0);
});

test('"Not now" dismisses the welcome for good', async ({ app, library, launch }) => {
  await library.welcome.getByRole('button', { name: 'Not now' }).click();
  await expect(library.welcome).toHaveCount(0);
  await app.close();
  ({ app, library } = await launch());
  await expect(library.welcome).toHaveCount(0);
});

test('each assessment shows its service, vendor, rating, decision, review, progress and last change', async ({ library }) => {
  await addSample(library, RELAY);
  const row = library.row(RELAY);
  await expect(row).toContainText('Relayworks Inc.');
  await expect(row).toContainText('Critical');
  await expect(row).toContainText('Rejected');
  await expect(row).toContainText(/\d+ of \d+ answered/);
  await expect(row.getByRole('cell').nth(4)).toHaveText('No review date');
  await expect(row.getByRole('cell').nth(6)).toHaveText(/\d{4}/);
});

test('search and the rating and decision filters narrow the list', async ({ app, library }) => {
  for (const s of [RELAY, TESSELLATE, QUILL]) await addSample(library, s);
  await expect(library.rows()).toHaveCount(3);

  await library.search.fill('relayworks');
  expect(await library.services()).toEqual([RELAY]);
  await library.search.fill('');

  await library.ratingFilter.selectOption({ label: 'Low' });
  expect(await library.services()).toEqual([TESSELLATE]);
  await library.ratingFilter.selectOption({ label: 'All ratings' });

  await library.decisionFilter.selectOption({ label: 'Rejected' });
  expect((await library.services()).sort()).toEqual([QUILL, RELAY].sort());

  await library.search.fill('no such service');
  await expect(app.page.getByText('No assessment matches the search and filters.')).toBeVisible();
  await app.page.getByRole('button', { name: 'Clear the search and filters' }).click();
  await expect(library.rows()).toHaveCount(3);
});

test('a deleted assessment can be brought back with Undo', async ({ app, library, launch }) => {
  await addSample(library, RELAY);
  await addSample(library, QUILL);
  await library.delete(RELAY);
  await expect(library.row(RELAY)).toHaveCount(0);
  await expect(library.message(`“${RELAY}” was deleted.`)).toBeVisible();
  await library.undo();
  await expect(library.row(RELAY)).toBeVisible();
  await expect(library.rows()).toHaveCount(2);

  // Undo survives nothing but the trash: a relaunch still lists the restored assessment.
  await app.close();
  ({ app, library } = await launch());
  await expect(library.rows()).toHaveCount(2);
});
