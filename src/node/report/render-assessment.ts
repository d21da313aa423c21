import type { Assessment } from '../../core/assessment-schema';
import type { ReportRenderOptions } from '../ipc/ports';
import { renderReport } from './export-report';

/** Renders the PDF report of a library assessment with the options the window chose and the user's settings. */
export function renderAssessmentReport(assessment: Assessment, options: ReportRenderOptions, fontsDir?: string): Promise<Uint8Array> {
  const logo = options.logo
    ? {
        bytes: new Uint8Array(Buffer.from(options.logo.base64, 'base64')),
        type: options.logo.mediaType === 'image/png' ? ('png' as const) : ('jpeg' as const),
      }
    : undefined;
  return renderReport(
    assessment,
    {
      generatedAt: new Date().toISOString(),
      paper: options.paper,
      organisation: options.organisation || undefined,
      logo,
      confidentiality: options.confidentialityLabel || undefined,
      includeInternalNotes: options.internalNotes,
      assessor: options.assessor || undefined,
    },
    fontsDir,
  );
}
