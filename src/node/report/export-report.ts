import type { DecodedFile } from '../../core/file-format';
import { evaluate } from '../../core/engine/evaluate';
import { buildReportModel } from '../../core/report/model';
import type { Assessment } from '../../core/assessment-schema';
import { checkLogo } from '../../core/image-header';
import type { ReportLogo, ReportOptions } from '../../core/report/report-options';
import { renderReportPdf } from '../../core/report/render';
import { loadReportFonts } from './load-fonts';

/** The report date: SOURCE_DATE_EPOCH (seconds) when set, so the same input can give the same bytes. */
export function reportDate(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): string {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString();
  return now.toISOString();
}

/**
 * A logo as the report can use it: PNG or JPEG within LOGO_LIMITS, its type read from its bytes. Checked again
 * at report time, whatever path the logo took. Throws a sentence that starts with `name`.
 */
export function usableLogo(bytes: Uint8Array, name: string): ReportLogo {
  const checked = checkLogo(bytes);
  if (!checked.ok) throw new Error(`${name} ${checked.message}.`);
  return { bytes, type: checked.header.type };
}

/** Evaluates an assessment, builds the report model and renders it with the report fonts: the one path to a PDF. */
export async function renderReport(assessment: Assessment, options: ReportOptions, fontsDir?: string): Promise<Uint8Array> {
  const fonts = await loadReportFonts(fontsDir);
  if (options.logo) options = { ...options, logo: usableLogo(options.logo.bytes, 'The logo') };
  return renderReportPdf(buildReportModel(assessment, evaluate(assessment), options), { fonts });
}

/** Renders the PDF report of a decoded .fineprint file (the CLI's path): the date and the file's digest filled in. */
export async function exportReportPdf(file: DecodedFile, options: Partial<ReportOptions> = {}): Promise<Uint8Array> {
  return renderReport(file.assessment, {
    generatedAt: reportDate(),
    ...(file.integrity ? { integrity: { digest: file.integrity, matches: file.integrityOk } } : {}),
    ...options,
  });
}
