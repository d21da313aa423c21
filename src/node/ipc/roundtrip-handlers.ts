import { basename } from 'node:path';
import type { Assessment } from '../../core/assessment-schema';
import type { VendorReviewRow } from '../../core/ipc-contract';
import { buildQuestionnaire } from '../questionnaire/export';
import {
  acceptReturnedAnswers,
  isAcceptable,
  preselectedChecks,
  reviewReturnedWorkbook,
  type WorkbookReview,
} from '../questionnaire/import';
import { WORKBOOK_LIMITS, WorkbookProblem } from '../questionnaire/zip-limits';
import { readDocumentBytes } from '../read-document';
import { assessmentCsv } from '../tracker/assessment-csv';
import { findingsTrackerCsv, findingsTrackerRows, findingsTrackerWorkbook } from '../tracker/findings-tracker';
import { HandlerError, safeFileName, token, type HandlerContext, type HandlerPart } from './handler-kit';

type RoundTripChannel =
  'questionnaire:export' | 'questionnaire:review' | 'questionnaire:apply' | 'tracker:export' | 'assessment:export-csv';

/** A workbook read for review and not yet applied: its bytes are read again on apply, against the assessment as it is then. */
interface PendingReview {
  id: string;
  bytes: Uint8Array;
  fileName: string;
  receivedAt: Date;
}

/** Reviews kept at once; each holds a workbook of up to 20 MB, so an abandoned one is dropped, oldest first. */
const MAX_PENDING = 2;

/** A workbook that cannot be used, in one sentence naming the file. */
function refusal(fileName: string, problem: string): HandlerError {
  return new HandlerError('invalid', `${fileName}${problem.startsWith('row ') ? ', ' : ' '}${problem}.`);
}

async function review(assessment: Assessment, pending: PendingReview): Promise<WorkbookReview> {
  try {
    return await reviewReturnedWorkbook(assessment, pending.bytes, pending.fileName);
  } catch (error) {
    if (error instanceof WorkbookProblem) throw refusal(pending.fileName, error.message);
    throw error;
  }
}

/** The vendor questionnaire, the review and import of the returned workbook, the findings tracker and the whole-assessment CSV. */
export function roundTripHandlers(ctx: HandlerContext): HandlerPart<RoundTripChannel> {
  const { library, settings, dialogs } = ctx.services;
  const pending = new Map<string, PendingReview>();
  const named = async (id: string) => {
    const { assessment } = await library.get(id);
    return { assessment, name: safeFileName(assessment.profile.service) };
  };
  return {
    'questionnaire:export': async ({ id }) => {
      const { assessment, name } = await named(id);
      const buyer = settings.get().organisation.trim() || 'the buyer';
      return ctx.saveAs(`${name} - questionnaire for the vendor.xlsx`, 'xlsx', 'Excel workbook', () =>
        buildQuestionnaire(assessment, { buyer, date: new Date() }),
      );
    },
    'questionnaire:review': async ({ id }) => {
      const { assessment } = await library.get(id);
      const path = await dialogs.openFile({
        title: "Open the vendor's returned questionnaire",
        filters: [{ name: 'Excel workbook', extensions: ['xlsx'] }],
      });
      if (!path) return { status: 'canceled' as const };
      const fileName = basename(path);
      if (/\.xlsm$/i.test(fileName)) throw refusal(fileName, 'is a macro-enabled workbook (.xlsm); FinePrint reads .xlsx only');
      const read = await readDocumentBytes(path, WORKBOOK_LIMITS.fileBytes);
      if (!read.ok) throw new HandlerError(read.kind === 'too-large' ? 'invalid' : 'io', `${fileName} ${read.message}.`);
      const entry: PendingReview = { id, bytes: read.bytes, fileName, receivedAt: new Date() };
      const r = await review(assessment, entry);
      const t = token();
      pending.set(t, entry);
      for (const old of pending.keys()) if (pending.size > MAX_PENDING) pending.delete(old);
      const rows: VendorReviewRow[] = r.rows.map((row) => ({
        check: row.check,
        row: row.row,
        status: row.status,
        words: row.returned.words,
        ...(row.returned.value !== undefined ? { value: row.returned.value } : {}),
        explanation: row.returned.explanation,
        ...(row.problem ? { problem: row.problem } : {}),
        acceptable: isAcceptable(row),
      }));
      return {
        status: 'review' as const,
        token: t,
        fileName,
        sha256: r.sha256,
        rows,
        counts: r.counts,
        preselected: preselectedChecks(r),
      };
    },
    'questionnaire:apply': async ({ id, token: t, checks }) => {
      const entry = pending.get(t);
      if (!entry || entry.id !== id)
        throw new HandlerError('not-found', "That review is no longer open; import the vendor's workbook again.");
      const { assessment } = await library.get(id);
      // Read again against the assessment as it is now, so an answer changed since the review is compared afresh.
      const r = await review(assessment, entry);
      const chosen = new Set(checks);
      const merged = acceptReturnedAnswers(assessment, r, chosen, entry.receivedAt, settings.get().assessor);
      await library.write(merged);
      pending.delete(t);
      const accepted = r.rows.filter((row) => isAcceptable(row) && chosen.has(row.check)).length;
      return { opened: await ctx.opened(id), accepted };
    },
    'tracker:export': async ({ id, format }) => {
      const { assessment, name } = await named(id);
      const rows = findingsTrackerRows(assessment);
      return format === 'csv'
        ? ctx.saveAs(`${name} - findings.csv`, 'csv', 'CSV file', () => Promise.resolve(findingsTrackerCsv(rows)))
        : ctx.saveAs(`${name} - findings.xlsx`, 'xlsx', 'Excel workbook', () => findingsTrackerWorkbook(assessment, rows));
    },
    'assessment:export-csv': async ({ id }) => {
      const { assessment, name } = await named(id);
      return ctx.saveAs(`${name} - assessment.csv`, 'csv', 'CSV file', () => Promise.resolve(assessmentCsv(assessment)));
    },
  };
}
