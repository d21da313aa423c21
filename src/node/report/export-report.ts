import type { DecodedFile } from '../../core/file-format';
import { evaluate } from '../../core/engine/evaluate';
import { buildReportModel } from '../../core/report/model';
import type { Assessment } from '../../core/assessment-schema';
import type { Paper, ReportLogo, ReportOptions } from '../../core/report/model-types';
import { renderReportPdf } from '../../core/report/render';
import { loadReportFonts } from './load-fonts';

/** What a user chooses when exporting a report (the CLI's flags, the window's export dialog). */
export interface ExportReportOptions {
  paper?: Paper;
  organisation?: string;
  logo?: ReportLogo;
  confidentiality?: string;
  includeInternalNotes?: boolean;
  /** The report date; now by default, or SOURCE_DATE_EPOCH when set (reproducible output). */
  generatedAt?: string;
}

/** The report date: SOURCE_DATE_EPOCH (seconds) when set, so the same input can give the same bytes. */
export function reportDate(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): string {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString();
  return now.toISOString();
}

/** Recognises a logo's image type from its first bytes; undefined when it is neither PNG nor JPEG. */
export function logoType(bytes: Uint8Array): ReportLogo['type'] | undefined {
  if (bytes.length > 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'png';
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  return undefined;
}

/** Evaluates an assessment, builds the report model and renders it with the report fonts: the one path to a PDF. */
export async function renderReport(assessment: Assessment, options: ReportOptions, fontsDir?: string): Promise<Uint8Array> {
  const fonts = await loadReportFonts(fontsDir);
  return renderReportPdf(buildReportModel(assessment, evaluate(assessment), options), { fonts });
}

/** Renders the PDF report of a decoded .fineprint file (the CLI's path). */
export async function exportReportPdf(file: DecodedFile, options: ExportReportOptions = {}): Promise<Uint8Array> {
  const { assessment } = file;
  return renderReport(assessment, {
    generatedAt: options.generatedAt ?? reportDate(),
    paper: options.paper,
    organisation: options.organisation,
    logo: options.logo,
    confidentiality: options.confidentiality,
    includeInternalNotes: options.includeInternalNotes,
    integrity: file.integrity ? { digest: file.integrity, matches: file.integrityOk } : undefined,
  });
}
