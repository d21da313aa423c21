// The portfolio's words, shared by the window, the PDF and the spreadsheet exports.
import type { ProviderRole } from './assessment-schema';
import type { Concentration } from './portfolio';
import type { ProviderEvent } from './template-schema';

/** A provider's role in words. */
export const PROVIDER_ROLE_LABEL: Readonly<Record<ProviderRole, string>> = {
  'model-maker': 'Model maker',
  cloud: 'Cloud',
  subprocessor: 'Subprocessor',
};

/** A what-if scenario in words, completing "What if the provider …". */
export const PROVIDER_EVENT_LABEL: Readonly<Record<ProviderEvent, string>> = {
  'provider-leaves': 'leaves or is dropped',
  'provider-changes-terms': 'changes its terms',
  'provider-moves-region': 'moves the data to another region',
};

/** A share as a whole percentage ("58%"). */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** "7 of 12 services (58%)", and the same for services with personal or regulated data. */
export function concentrationWords(c: Concentration, total: number, sensitiveTotal: number): { all: string; sensitive: string } {
  const of = (n: number, t: number, share: number | null) => `${n} of ${t}${share === null ? '' : ` (${percent(share)})`}`;
  return {
    all: of(c.services, total, total === 0 ? null : c.share),
    sensitive: sensitiveTotal === 0 ? 'none in the library' : of(c.sensitiveServices, sensitiveTotal, c.sensitiveShare),
  };
}
