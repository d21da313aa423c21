import { z } from 'zod';
import { Assessment, PastRound } from './assessment-schema';
import { payloadDigest } from './digest';
import type { Template } from './template-schema';

/** A reference to a template snapshot kept once, by the digest of its canonical JSON. */
export const TemplateRef = z.strictObject({ $ref: z.string().regex(/^sha256:[0-9a-f]{64}$/, 'must be "sha256:" and 64 hex digits') });
export type TemplateRef = z.infer<typeof TemplateRef>;

/** An earlier round whose template is a reference, as the library keeps it. */
export const StoredPastRound = PastRound.omit({ template: true }).extend({ template: TemplateRef });
export type StoredPastRound = z.infer<typeof StoredPastRound>;

/**
 * An assessment whose templates (the current round's and each earlier round's) are references: what the
 * library keeps per file and what the window sends on every save, so neither re-serialises nor
 * re-validates a large template on each change, however many rounds the assessment has.
 */
export const StoredAssessment = Assessment.omit({ template: true, rounds: true }).extend({
  template: TemplateRef,
  rounds: z.array(StoredPastRound).max(50).default([]),
});
export type StoredAssessment = z.infer<typeof StoredAssessment>;

// Digests already known, by template object: a template is never changed in place once loaded, so its
// digest is computed (or learned from the reference it was loaded by) once per object.
const knownDigests = new WeakMap<Template, string>();

/** The digest that names a template snapshot. */
export function templateDigest(template: Template): string {
  let digest = knownDigests.get(template);
  if (digest === undefined) {
    digest = payloadDigest(template);
    knownDigests.set(template, digest);
  }
  return digest;
}

/** Records the digest a template was loaded by, so storing it again does not hash it again. */
export function rememberTemplateDigest(template: Template, digest: string): void {
  knownDigests.set(template, digest);
}

/** Replaces the embedded templates, the current round's and the earlier rounds', with their references. */
export function toStored(assessment: Assessment, digest: string): StoredAssessment {
  return {
    ...assessment,
    template: { $ref: digest },
    rounds: assessment.rounds.map((r) => ({ ...r, template: { $ref: templateDigest(r.template) } })),
  };
}

/** Every template reference of a stored assessment: the current round's first, then the earlier rounds'. */
export function storedTemplateRefs(stored: Pick<StoredAssessment, 'template' | 'rounds'>): string[] {
  return [...new Set([stored.template.$ref, ...stored.rounds.map((r) => r.template.$ref)])];
}

/**
 * Puts the templates back in place of their references: `template` for the current round, and
 * `templateFor` for the earlier rounds. Returns the digest of an earlier round's template it cannot
 * resolve instead, so the caller can say which snapshot is missing.
 */
export function fromStored(
  stored: StoredAssessment,
  template: Template,
  templateFor: (digest: string) => Template | undefined = () => undefined,
): Assessment | { missing: string } {
  rememberTemplateDigest(template, stored.template.$ref);
  const rounds: Assessment['rounds'] = [];
  for (const r of stored.rounds) {
    const t = r.template.$ref === stored.template.$ref ? template : templateFor(r.template.$ref);
    if (!t) return { missing: r.template.$ref };
    rememberTemplateDigest(t, r.template.$ref);
    rounds.push({ ...r, template: t });
  }
  return { ...stored, template, rounds };
}

/** Whether `fromStored` could resolve every template. */
export function isResolved(a: Assessment | { missing: string }): a is Assessment {
  return !('missing' in a);
}
