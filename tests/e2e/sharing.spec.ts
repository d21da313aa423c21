import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { ExportPage } from './pages/export-page';

const SERVICE = 'Quillstone Contract Assistant';

test('a saved .fineprint opens in a fresh library with the same scores, and a second import asks before replacing', async ({
  tempDir,
  launch,
}) => {
  test.slow(true, 'two libraries, two launches and four imports');
  const first = tempDir();
  const second = tempDir();
  const shared = tempDir();
  const file = join(shared, 'quillstone.fineprint');
  let { app, library } = await launch(first);
  let session = await library.openSample(SERVICE, 'Checks');
  // A change made in this session travels with the file.
  await session.chooseByMouse(0);
  const score = await session.scoreText();
  const progress = await session.progress();
  await session.section('Review');
  const areaScores = await app.page.getByRole('table', { name: 'Areas' }).innerText();
  await session.section('Export');
  const exporter = new ExportPage(app.page);
  await app.answerNextDialog({ filePath: file });
  await exporter.fileButton.click();
  await expect(exporter.savedTo(file)).toBeVisible();
  expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'fineprint/assessment' });
  await app.close();

  ({ app, library } = await launch(second));
  await app.answerNextDialog({ filePath: file });
  await library.import();
  await expect(library.message(`“${SERVICE}” was added to the library.`)).toBeVisible();
  session = await library.open(SERVICE);
  expect(await session.scoreText()).toBe(score);
  expect(await session.progress()).toEqual(progress);
  await session.section('Review');
  expect(await app.page.getByRole('table', { name: 'Areas' }).innerText()).toBe(areaScores);

  // The same file again, unchanged: it is already there, so there is nothing to ask.
  await library.goTo();
  await app.answerNextDialog({ filePath: file });
  await library.import();
  await expect(library.message(`“${SERVICE}” is already in your library, unchanged.`)).toBeVisible();
  await expect(library.conflictDialog()).toHaveCount(0);
  await expect(library.rows()).toHaveCount(1);

  // A changed version of it: the user chooses. "Keep both" adds a copy; "Cancel" changes nothing.
  const changed = JSON.parse(readFileSync(file, 'utf8')) as { payload: { decision: { rationale: string } } };
  changed.payload.decision.rationale = 'Changed by a colleague.';
  writeFileSync(file, JSON.stringify(changed));
  await library.goTo();
  await app.answerNextDialog({ filePath: file });
  await library.import();
  await expect(library.conflictDialog()).toBeVisible();
  await library.conflictDialog().getByRole('button', { name: 'Keep both' }).click();
  await expect(library.rows()).toHaveCount(2);
  await app.answerNextDialog({ filePath: file });
  await library.import();
  await library.conflictDialog().getByRole('button', { name: 'Cancel' }).click();
  await expect(library.conflictDialog()).toHaveCount(0);
  await expect(library.rows()).toHaveCount(2);
  await app.answerNextDialog({ filePath: file });
  await library.import();
  await library.conflictDialog().getByRole('button', { name: 'Replace' }).click();
  await expect(library.message(`“${SERVICE}” was added to the library.`)).toBeVisible();
  await expect(library.rows()).toHaveCount(2);
});

test('a canceled import dialog changes nothing and says nothing', async ({ app, library }) => {
  await app.answerNextDialog({ canceled: true });
  await library.import();
  await expect(library.error()).toHaveCount(0);
  await expect(library.table).toHaveCount(0);
});

const sample = () => readFileSync(join(import.meta.dirname, '../../templates/samples/model-api-zero-retention-eu.fineprint'));

const BAD_FILES: { name: string; bytes: () => Uint8Array | string; says: RegExp }[] = [
  { name: 'empty.fineprint', bytes: () => '', says: /empty\.fineprint/ },
  { name: 'not-json.fineprint', bytes: () => 'Dear vendor, please find our terms attached.', says: /not-json\.fineprint/ },
  { name: 'truncated.fineprint', bytes: () => sample().subarray(0, 2000), says: /truncated\.fineprint/ },
  {
    name: 'newer.fineprint',
    bytes: () => {
      const doc = JSON.parse(sample().toString('utf8')) as Record<string, unknown>;
      return JSON.stringify({ ...doc, formatVersion: 99 });
    },
    says: /newer\.fineprint.*(newer|version)/i,
  },
  {
    name: 'binary.fineprint',
    bytes: () => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0xff, 0xfe, 0, 1]),
    says: /binary\.fineprint/,
  },
];

test('each kind of bad file gets a clear error and leaves the library as it was', async ({ app, library, dataDir }) => {
  await library.openSample('Tessellate Model API (Enterprise)');
  await library.goTo();
  const before = await library.services();
  for (const bad of BAD_FILES) {
    const path = join(dataDir, bad.name);
    writeFileSync(path, bad.bytes());
    await app.answerNextDialog({ filePath: path });
    await library.import();
    const alert = library.error();
    await expect(alert, bad.name).toContainText(bad.says);
    await expect(alert).toContainText(/could not|cannot|not a|needs|newer/i);
    expect(await library.services()).toEqual(before);
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await expect(library.error()).toHaveCount(0);
  }
});
