import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { SessionPage } from './pages/session-page';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ExportPage } from './pages/export-page';
import { SettingsPage } from './pages/settings-page';

/** All the text of a PDF, page by page, as a reader would extract it, and its author property. */
async function readPdf(path: string): Promise<{ pages: string[]; author: string }> {
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(path)), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((i) => ('str' in i ? i.str : '')).join(' '));
  }
  const { info } = await pdf.getMetadata();
  await pdf.destroy();
  const author = (info as { Author?: unknown }).Author;
  return { pages, author: typeof author === 'string' ? author : '' };
}

/** All the text of a PDF, page by page, as a reader would extract it. */
async function pdfText(path: string): Promise<string> {
  return (await readPdf(path)).pages.join('\n');
}

// The harness's report port is being wired to the real PDF renderer; until then this spec fails by design.
test('the PDF report is written where the user chose, opens, and carries the organisation from the settings', async ({
  app,
  library,
  tempDir,
}) => {
  test.slow(true, 'renders a full PDF report in a worker and reads it back');
  const outDir = tempDir();
  const settings = new SettingsPage(app.page);
  await settings.goTo();
  await settings.organisation.fill('Contoso Procurement');
  await settings.organisation.blur();
  await expect(settings.status).toBeVisible();
  await library.goTo();
  await library.openSample('Tessellate Model API (Enterprise)', 'Export');
  const exporter = new ExportPage(app.page);
  await exporter.label.fill('Restricted');
  const file = join(outDir, 'tessellate.pdf');
  await app.answerNextDialog({ filePath: file });
  // The first report asks who it is from; "Skip" exports at once and is remembered.
  await exporter.pdfButton.click();
  await expect(exporter.identityDialog.getByRole('textbox', { name: 'Organisation' })).toHaveValue('Contoso Procurement');
  await exporter.identityDialog.getByRole('button', { name: 'Skip' }).click();
  await expect(exporter.savedTo(file)).toBeVisible({ timeout: 15_000 });
  const again = join(outDir, 'again.pdf');
  await app.answerNextDialog({ filePath: again });
  await exporter.pdfButton.click();
  await expect(exporter.savedTo(again)).toBeVisible({ timeout: 15_000 });
  await expect(exporter.identityDialog).toHaveCount(0);
  await app.page.getByRole('button', { name: 'Open the file' }).click();
  await expect(app.page.getByRole('alert')).toHaveCount(0);

  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = await pdfText(file);
  expect(text).toContain('Contoso Procurement');
  expect(text).toContain('Tessellate Model API (Enterprise)');
  expect(text).toContain('Restricted');
});

test('the first report asks who it is from, once, and its cover and author property name them', async ({
  app,
  library,
  tempDir,
  launch,
}) => {
  test.slow(true, 'renders a PDF report in a worker, reads it back and relaunches');
  const service = 'Tessellate Model API (Enterprise)';
  await library.openSample(service);
  let session = new SessionPage(app.page);
  await session.waitUntilShown(service);
  await session.section('Export');
  let exporter = new ExportPage(app.page);
  const file = join(tempDir(), 'report.pdf');
  await app.answerNextDialog({ filePath: file });
  await exporter.pdfButton.click();
  const dialog = exporter.identityDialog;
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Your name' })).toBeFocused();
  await dialog.getByRole('textbox', { name: 'Your name' }).fill('Ana Lima');
  await dialog.getByRole('textbox', { name: 'Organisation' }).fill('Contoso Procurement');
  await dialog.getByRole('button', { name: 'Save and export' }).click();
  await expect(exporter.savedTo(file)).toBeVisible({ timeout: 15_000 });

  const pdf = await readPdf(file);
  expect(pdf.pages[0]).toMatch(/Assessed by\s+Ana Lima/);
  expect(pdf.pages[0]).toContain('Contoso Procurement');
  expect(pdf.author).toBe('Contoso Procurement (Ana Lima)');

  // Kept in the settings: Settings shows them, and after a relaunch the next report does not ask again.
  await app.close();
  ({ app, library } = await launch());
  const settings = new SettingsPage(app.page);
  await settings.goTo();
  await expect(settings.assessor).toHaveValue('Ana Lima');
  await expect(settings.organisation).toHaveValue('Contoso Procurement');
  await library.goTo();
  await library.open(service);
  session = new SessionPage(app.page);
  await session.waitUntilShown(service);
  await session.section('Export');
  exporter = new ExportPage(app.page);
  const second = join(tempDir(), 'second.pdf');
  await app.answerNextDialog({ filePath: second });
  await exporter.pdfButton.click();
  await expect(exporter.savedTo(second)).toBeVisible({ timeout: 15_000 });
  await expect(exporter.identityDialog).toHaveCount(0);
});

test('a failed PDF export says why where it happened and keeps the options as typed', async ({ app, library, dataDir }) => {
  await library.openSample('Tessellate Model API (Enterprise)', 'Export');
  const exporter = new ExportPage(app.page);
  await exporter.label.fill('Board only');
  // A folder that does not exist: the save fails after the dialog.
  await app.answerNextDialog({ filePath: join(dataDir, 'no', 'such', 'folder', 'report.fineprint') });
  await exporter.fileButton.click();
  await expect(app.page.getByRole('alert')).toContainText('could not be written');
  await expect(exporter.label).toHaveValue('Board only');
});
