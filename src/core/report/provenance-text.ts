import type { Provenance } from '../assessment-schema';
import { PROVENANCE_KINDS, type ProvenanceKind } from '../provenance';
import { formatDate } from './format';

/** How the report names each provenance kind. */
export const PROVENANCE_LABEL: Readonly<Record<ProvenanceKind, string>> = {
  buyer: 'typed by the buyer',
  vendor: 'stated by the vendor',
  assessor: 'verified by the assessor',
};

/** Where an answer came from, in one line for the appendix; undefined for an answer the buyer typed. */
export function provenanceText(p: Provenance | undefined): string | undefined {
  if (p?.source === 'vendor-workbook') return `Stated by the vendor in ${p.fileName}, received ${formatDate(p.receivedAt)}`;
  if (p?.source === 'assessor-verified')
    return `Verified by the assessor on ${formatDate(p.at)}${p.vendor ? ` (stated by the vendor in ${p.vendor.fileName}, received ${formatDate(p.vendor.receivedAt)})` : ''}`;
  return undefined;
}

/** The answers counted by provenance, in one sentence: "Of 40 answers: 30 typed by the buyer, …". */
export function provenanceCountsText(counts: Readonly<Record<ProvenanceKind, number>>): string {
  const total = PROVENANCE_KINDS.reduce((sum, k) => sum + counts[k], 0);
  return `Where the ${total} answer${total === 1 ? '' : 's'} came from: ${PROVENANCE_KINDS.map((k) => `${counts[k]} ${PROVENANCE_LABEL[k]}`).join(', ')}.`;
}
