import type { Answer, Assessment, Provenance } from './assessment-schema';

/** Where an answer came from, as the window and the report count it. */
export type ProvenanceKind = 'buyer' | 'vendor' | 'assessor';
/** Every provenance kind, in the order counts are listed. */
export const PROVENANCE_KINDS: readonly ProvenanceKind[] = ['buyer', 'vendor', 'assessor'];

/** The provenance kind of an answer: typed by the buyer unless it carries a vendor or assessor record. */
export function provenanceKind(answer: Answer | undefined): ProvenanceKind {
  const source = answer?.provenance?.source;
  return source === 'vendor-workbook' ? 'vendor' : source === 'assessor-verified' ? 'assessor' : 'buyer';
}

/** The vendor's statement behind an answer (also when the assessor has verified it), if any. */
export function vendorStatementOf(provenance: Provenance | undefined) {
  if (provenance?.source === 'vendor-workbook') {
    const { sha256, fileName, receivedAt } = provenance;
    return { sha256, fileName, receivedAt };
  }
  return provenance?.source === 'assessor-verified' ? provenance.vendor : undefined;
}

/** The answer marked as verified by the assessor against evidence, keeping the vendor's statement it verifies. */
export function markVerified(answer: Answer, at: string): Answer {
  const vendor = vendorStatementOf(answer.provenance);
  return { ...answer, provenance: { source: 'assessor-verified', at, ...(vendor ? { vendor } : {}) } };
}

/** The answer with the assessor's verification taken off: back to the vendor's statement, or to the buyer's. */
export function unmarkVerified(answer: Answer): Answer {
  if (answer.provenance?.source !== 'assessor-verified') return answer;
  const { provenance, ...rest } = answer;
  return provenance.vendor ? { ...rest, provenance: { source: 'vendor-workbook', ...provenance.vendor } } : rest;
}

/** How many of the given checks' answers came from each source; "unknown" and unanswered checks are not answers. */
export function countByProvenance(assessment: Assessment, checkIds: readonly string[]): Record<ProvenanceKind, number> {
  const counts: Record<ProvenanceKind, number> = { buyer: 0, vendor: 0, assessor: 0 };
  for (const id of checkIds) {
    const answer = assessment.answers[id];
    if (answer?.response && answer.response.kind !== 'unknown') counts[provenanceKind(answer)]++;
  }
  return counts;
}
