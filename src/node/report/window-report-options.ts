import { checkLogo } from '../../core/image-header';
import type { ReportChoices, ReportLogo, ReportOptions } from '../../core/report/report-options';
import type { Logo, Settings } from '../../core/settings-schema';

/** The logo in Settings as the report uses it, checked by its header; throws a sentence naming it and what to do. */
export function settingsLogo(logo: Logo | null): ReportLogo | undefined {
  if (!logo) return undefined;
  const bytes = new Uint8Array(Buffer.from(logo.base64, 'base64'));
  const checked = checkLogo(bytes);
  if (!checked.ok)
    throw new Error(`The logo chosen in Settings (${logo.fileName}) ${checked.message}. Choose another logo in Settings, or clear it.`);
  return { bytes, type: checked.header.type };
}

/** The options of a report exported from the window: the user's choices in the dialog over their Settings. */
export function windowReportOptions(choices: ReportChoices, settings: Settings, now: Date = new Date()): ReportOptions {
  const options: ReportOptions = {
    generatedAt: now.toISOString(),
    paper: choices.paper ?? settings.paperSize,
    includeInternalNotes: choices.includeInternalNotes === true,
  };
  const confidentiality = choices.confidentiality ?? settings.confidentialityLabel;
  if (confidentiality) options.confidentiality = confidentiality;
  if (settings.organisation) options.organisation = settings.organisation;
  if (settings.assessor) options.assessor = settings.assessor;
  const logo = settingsLogo(settings.logo);
  if (logo) options.logo = logo;
  return options;
}
