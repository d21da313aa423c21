import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pdfPlainText as pdfText } from '../node/report-helpers';
import type { Check } from '../../src/core/template-schema';
import { expect, test } from './fixtures';
import { ExportPage } from './pages/export-page';
import { SessionPage } from './pages/session-page';
import { VendorImportPage, checkOf, fillAsVendor, sampleAssessment } from './pages/vendor-import-page';

const SERVICE = 'Tessellate Model API (Enterprise)';

test('the vendor round trip in the window: questionnaire out, vendor fills it, review, accept some, provenance in the session and the PDF', async ({
  app,
  library,
  tempDir,
}) => {
  test.slow(true, 'writes and reads workbooks and renders a PDF report');
  const { page } = app;
  const out = tempDir();
  const a = sampleAssessment('model-api-zero-retention-eu');
  const check = (id: string) => checkOf(a, id);
  // region-05 is unknown in the sample (new), region-01 answered (the vendor agrees: same), region-02
  // answered (the vendor differs: conflict), data-path-12 not applicable (the vendor answers: conflict).
  const [newOne, same, conflict, naConflict] = ['region-05', 'region-01', 'region-02', 'data-path-12'].map(check);
  const chosen = (id: string) => {
    const r = a.answers[id]?.response;
    return r?.kind === 'option' ? r.option : undefined;
  };

  await library.openSample(SERVICE);
  const session = new SessionPage(page);
  await session.waitUntilShown(SERVICE);
  await session.section('Export');
  const vendor = new VendorImportPage(page);
  const exporter = new ExportPage(page);

  const sent = join(out, 'questionnaire.xlsx');
  await app.answerNextDialog({ filePath: sent });
  await vendor.questionnaireButton.click();
  await expect(exporter.savedTo(sent)).toBeVisible();

  // The vendor fills the workbook in, as it would in Excel (here with ExcelJS).
  const other = (c: Check) => c.options.find((o) => o.id !== chosen(c.id))?.id ?? c.options[0].id;
  const returned = join(out, 'returned.xlsx');
  const rows = await fillAsVendor(sent, returned, [
    { check: newOne, option: newOne.options[0].id, explanation: 'Failover stays inside the EU data zone.' },
    { check: same, option: chosen(same.id) ?? same.options[0].id },
    { check: conflict, option: other(conflict) },
    { check: naConflict, option: naConflict.options[0].id },
  ]);

  // A hostile file first: one line naming the file, and the screen stays as it was.
  const bogus = join(out, 'bogus.xlsx');
  writeFileSync(bogus, 'not a workbook at all');
  await app.answerNextDialog({ filePath: bogus });
  await vendor.importButton.click();
  await expect(page.getByRole('alert')).toHaveText(/bogus\.xlsx is not an Excel workbook \(\.xlsx\)\./);
  await expect(vendor.heading).toHaveCount(0);

  await app.answerNextDialog({ filePath: returned });
  await vendor.importButton.click();
  await expect(vendor.heading).toBeVisible();
  // Every row of the workbook, blank ones included.
  await expect(vendor.table.getByRole('row')).toHaveCount(rows);
  await expect(vendor.row(newOne.shortTitle ?? newOne.id)).toContainText('New');
  await expect(vendor.row(same.shortTitle ?? same.id)).toContainText('Same');
  await expect(vendor.row(conflict.shortTitle ?? conflict.id)).toContainText('Conflict');
  await expect(vendor.row(naConflict.shortTitle ?? naConflict.id)).toContainText('Conflict');
  await expect(vendor.table.getByRole('row').filter({ hasText: 'Blank' }).first()).toBeVisible();
  // New answers start ticked, conflicts not; a row the vendor agrees with cannot be taken.
  await expect(vendor.accept(newOne.shortTitle ?? newOne.id)).toBeChecked();
  await expect(vendor.accept(conflict.shortTitle ?? conflict.id)).not.toBeChecked();
  await expect(vendor.accept(same.shortTitle ?? same.id)).toBeDisabled();
  await expect(vendor.apply()).toHaveText('Apply 1 answer');
  await vendor.acceptAll.click();
  await expect(vendor.apply()).toHaveText('Apply 3 answers');
  await vendor.acceptNone.click();
  await expect(vendor.apply()).toHaveText('Apply 0 answers');
  await vendor.accept(newOne.shortTitle ?? newOne.id).check();
  await vendor.accept(conflict.shortTitle ?? conflict.id).check();
  await vendor.apply().click();
  await expect(
    page.getByRole('status').filter({ hasText: '2 answers from returned.xlsx recorded as stated by the vendor.' }),
  ).toBeVisible();

  // The session shows where each answer came from; the vendor's answer to region-05 is verified against evidence.
  await session.section('Checks');
  const areaTitle = a.template.areas.find((x) => x.id === newOne.area)?.title ?? '';
  await session.area(areaTitle).click();
  await session.checkList
    .getByRole('button', {
      name: `Check ${a.template.checks.filter((c) => c.area === newOne.area).findIndex((c) => c.id === newOne.id) + 1}:`,
    })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: newOne.prompt })).toBeVisible();
  await expect(page.getByText('Stated by the vendor', { exact: true })).toBeVisible();
  await expect(page.getByText(/^From returned\.xlsx, received /)).toBeVisible();
  await page.getByRole('button', { name: 'Mark as verified by the assessor' }).click();
  await expect(page.getByText('Verified by the assessor', { exact: true })).toBeVisible();
  await expect(page.getByText(/stated by the vendor in returned\.xlsx/)).toBeVisible();
  // Screenshots of the badge in both schemes, for a person to look at.
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    // Transitions fast-forwarded: the settled colours, not a blend.
    await page.screenshot({ path: test.info().outputPath(`session-verified-${scheme}.png`), animations: 'disabled' });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await session.waitSaved();

  // The review names the import in the history.
  await session.section('Review');
  await expect(page.getByText("Imported the vendor's answers from “returned.xlsx”: 2 accepted, 1 not accepted.")).toBeVisible();

  // The PDF appendix counts the answers by provenance and names the source under each.
  await session.section('Export');
  const pdf = join(out, 'report.pdf');
  await app.answerNextDialog({ filePath: pdf });
  await exporter.pdfButton.click();
  // The first report asks who it is from (tested in export.spec.ts); this journey skips it.
  await exporter.identityDialog.getByRole('button', { name: 'Skip' }).click();
  await expect(exporter.savedTo(pdf)).toBeVisible({ timeout: 20_000 });
  const text = await pdfText(pdf);
  expect(text).toMatch(/Where the \d+ answers came from: \d+ typed by the buyer, 1 stated by the vendor, 1 verified by the assessor\./);
  expect(text).toContain('Stated by the vendor in returned.xlsx');
  expect(text).toContain('Verified by the assessor on');

  // The editable exports go where the user chose.
  for (const [button, name] of [
    [vendor.trackerXlsxButton, 'findings.xlsx'],
    [vendor.trackerCsvButton, 'findings.csv'],
    [vendor.assessmentCsvButton, 'assessment.csv'],
  ] as const) {
    await app.answerNextDialog({ filePath: join(out, name) });
    await button.click();
    await expect(exporter.savedTo(join(out, name))).toBeVisible();
  }
  const csv = readFileSync(join(out, 'assessment.csv'), 'utf8');
  expect(csv.startsWith('\uFEFFArea,Check,Question,Answer,Figure,Risk,Source,Shared notes,Evidence')).toBe(true);
  expect(csv).toContain('Stated by the vendor in returned.xlsx');
});
