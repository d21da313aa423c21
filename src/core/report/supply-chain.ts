import { jurisdictionLabel } from '../advice';
import { PROVIDER_ROLES, type Assessment, type ProviderRole } from '../assessment-schema';
import type { Layout } from './layout';
import type { ReportModel } from './model-types';
import { drawTable } from './table';
import { COLOURS, SIZE } from './theme';

/** A provider's role in the report's words. */
export const PROVIDER_ROLE_LABEL: Record<ProviderRole, string> = {
  'model-maker': 'Model maker',
  cloud: 'Hosting cloud',
  subprocessor: 'Other key subprocessor',
};

/** One upstream provider as the report prints it. */
export interface SupplyChainRow {
  role: ProviderRole;
  name: string;
  scope: string;
  /** The recorded jurisdictions in words; empty when not recorded. */
  jurisdictions: string[];
}

/** The assessment's providers for the report: model makers, then clouds, then other subprocessors, each in the order recorded. */
export function supplyChainRows(assessment: Assessment): SupplyChainRow[] {
  return PROVIDER_ROLES.flatMap((role) =>
    assessment.providers
      .filter((p) => p.role === role)
      .map((p) => ({ role, name: p.name, scope: p.scope, jurisdictions: p.jurisdictions.map(jurisdictionLabel) })),
  );
}

/** The supply-chain section, when providers are recorded: who is behind the service, doing what, under which laws. */
export function drawSupplyChain(l: Layout, m: ReportModel): void {
  const rows = m.supplyChain;
  if (rows.length === 0) return;
  // A short section: it follows on from the data path when its introduction and first rows fit there.
  l.heading('Supply chain', 1, { share: 160 });
  const count = (role: ProviderRole) => rows.filter((r) => r.role === role).length;
  const parts = [
    [count('model-maker'), 'model maker', 'model makers'],
    [count('cloud'), 'hosting cloud', 'hosting clouds'],
    [count('subprocessor'), 'other key subprocessor', 'other key subprocessors'],
  ] as const;
  const listed = parts
    .filter(([n]) => n > 0)
    .map(([n, one, many]) => `${n} ${n === 1 ? one : many}`)
    .join(', ');
  l.paragraph(
    `The companies behind the service (${listed}). A change in their terms, their regions or their deals with each other can change this service's risk; the same provider may stand behind other services of the organisation.`,
    { size: SIZE.small, colour: COLOURS.muted },
  );
  drawTable(
    l,
    [
      { header: 'Role', width: 24 },
      { header: 'Provider', width: 24 },
      { header: 'What it provides here', width: 30 },
      { header: 'Jurisdictions', width: 22 },
    ],
    rows.map((r) => ({
      cells: [
        PROVIDER_ROLE_LABEL[r.role],
        { parts: [{ text: r.name, face: 'bold' }] },
        r.scope.trim() || 'Not stated',
        r.jurisdictions.length > 0 ? r.jurisdictions.join(', ') : 'Not recorded',
      ],
    })),
    { size: SIZE.small },
  );
}
