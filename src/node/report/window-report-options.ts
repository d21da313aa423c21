import { checkLogo } from '../../core/image-header';
import type { ReportChoices, ReportLogo, ReportOptions } from '../../core/report/report-options';
import type { Logo, Settings } from '../../core/settings-schema';

/** The logo in Settings as the report uses it, checked by its header, or a sentence naming it and what to do. */
function settingsLogo(logo: Logo): { ok: true; logo: ReportLogo } | { ok: false; message: string } {
  const bytes = new Uint8Array(Buffer.from(logo.base64, 'base64'));
  const checked = checkLogo(bytes);
  if (!checked.ok)
    return {
      ok: false,
      message: `The logo chosen in Settings (${logo.fileName}) ${checked.message}. Choose another logo in Settings, or clear it.`,
    };
  return { ok: true, logo: { bytes, type: checked.header.type } };
}

/**
 * The options of a report exported from the window: the user's choices in the dialog over their Settings.
 * Refused, with a sentence for the user, when the logo in Settings is one the report cannot use.
 */
export function windowReportOptions(
  choices: ReportChoices,
  settings: Settings,
  now: Date = new Date(),
): { ok: true; options: ReportOptions } | { ok: false; message: string } {
  const options: ReportOptions = {
    generatedAt: now.toISOString(),
    paper: choices.paper ?? settings.paperSize,
    includeInternalNotes: choices.includeInternalNotes === true,
  };
  const confidentiality = choices.confidentiality ?? settings.confidentialityLabel;
  if (confidentiality) options.confidentiality = confidentiality;
  if (settings.organisation) options.organisation = settings.organisation;
  if (settings.assessor) options.assessor = settings.assessor;
  if (settings.logo) {
    const logo = settingsLogo(settings.logo);
    if (!logo.ok) return logo;
    options.logo = logo.logo;
  }
  return { ok: true, options };
}
