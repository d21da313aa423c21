import type { Assessment } from '../../core/assessment-schema';
import type { ReportRenderOptions } from '../ipc/ports';
import { renderReport, usableLogo } from './export-report';

/** Renders the PDF report of a library assessment with the options the window chose and the user's settings. */
export async function renderAssessmentReport(assessment: Assessment, options: ReportRenderOptions, fontsDir?: string): Promise<Uint8Array> {
  const logo = options.logo
    ? usableLogo(
        new Uint8Array(Buffer.from(options.logo.base64, 'base64')),
        `The logo chosen in Settings (${options.logo.fileName})`,
        'Choose another logo in Settings, or clear it.',
      )
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
