import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { decodeFineprint } from '../../src/core/file-format';
import { buildQuestionnaire } from '../../src/node/questionnaire/export';
import { reviewReturnedWorkbook } from '../../src/node/questionnaire/import';
import { SHEET, columnNumber, optionWords } from '../../src/node/questionnaire/layout';
import { stressAssessment } from '../support/stress';
import { medianMs, report } from './measure';

/** Questionnaire workbook export and the review of a fully answered return, 1,000-check stress template (targets <= 1,500 ms). */
export async function benchQuestionnaire(): Promise<void> {
  const stress = stressAssessment(1000);
  const options = { buyer: 'Bench Buyer', date: new Date('2026-12-01T00:00:00Z') };
  report({
    name: 'questionnaire.export.ms',
    value: await medianMs(() => buildQuestionnaire(stress, options), { warmup: 2, runs: 7 }),
    unit: 'ms',
    backend: 'node',
  });

  // The workbook of a sample assessment of the default template (target <= 60 KB).
  const sampleName = 'model-api-zero-retention-eu.fineprint';
  const decoded = decodeFineprint(readFileSync(join(import.meta.dirname, '../../templates/samples', sampleName)));
  if (!decoded.ok) throw new Error(`${sampleName} does not decode`);
  report({
    name: 'questionnaire.sample.bytes',
    value: (await buildQuestionnaire(decoded.value.assessment, options)).length,
    unit: 'bytes',
    sample: sampleName,
  });

  // The vendor answers every row with the first option and a line of explanation.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await buildQuestionnaire(stress, options)) as unknown as ExcelJS.Buffer);
  const sheet = wb.getWorksheet(SHEET.questions);
  const checks = new Map(stress.template.checks.map((c) => [c.id, c]));
  sheet?.eachRow((row, n) => {
    const check = checks.get(row.getCell(1).text);
    if (n === 1 || !check) return;
    row.getCell(columnNumber('answer')).value = optionWords(check.options[0]);
    row.getCell(columnNumber('explanation')).value = `Explained in section ${n} of our terms.`;
  });
  const returned = new Uint8Array(await wb.xlsx.writeBuffer());
  report({
    name: 'questionnaire.import.ms',
    value: await medianMs(() => reviewReturnedWorkbook(stress, returned, 'returned.xlsx'), { warmup: 2, runs: 7 }),
    unit: 'ms',
    backend: 'node',
  });
}
