import { z } from 'zod';
import { Assessment } from './assessment-schema';
import { payloadDigest } from './digest';
import type { Template } from './template-schema';

/** A reference to a template snapshot kept once, by the digest of its canonical JSON. */
export const TemplateRef = z.strictObject({ $ref: z.string().regex(/^sha256:[0-9a-f]{64}$/, 'must be "sha256:" and 64 hex digits') });
export type TemplateRef = z.infer<typeof TemplateRef>;

/**
 * An assessment whose template is a reference: what the library keeps per file and what the window
 * sends on every save, so neither re-serialises nor re-validates a large template on each change.
 */
export const StoredAssessment = Assessment.omit({ template: true }).extend({ template: TemplateRef });
export type StoredAssessment = z.infer<typeof StoredAssessment>;

/** The digest that names a template snapshot. */
export function templateDigest(template: Template): string {
  return payloadDigest(template);
}

/** Replaces the embedded template with its reference. */
export function toStored(assessment: Assessment, digest: string): StoredAssessment {
  return { ...assessment, template: { $ref: digest } };
}

/** Puts the template back in place of its reference. */
export function fromStored(stored: StoredAssessment, template: Template): Assessment {
  return { ...stored, template };
}
