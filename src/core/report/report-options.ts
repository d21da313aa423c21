import { z } from 'zod';
import { IsoDateTime, ShortText } from '../text';

/** Paper sizes the report is laid out for. */
export const Paper = z.enum(['a4', 'letter']);
export type Paper = z.infer<typeof Paper>;

/** An organisation logo, as bytes (the core reads no files); its type is read from the bytes, never a name. */
export const ReportLogo = z.strictObject({
  bytes: z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'must be the bytes of an image'),
  type: z.enum(['png', 'jpeg']),
});
export type ReportLogo = z.infer<typeof ReportLogo>;

/**
 * Everything a user can choose for one report: the one shape the CLI, the window's export, the report worker
 * and the renderer share. `generatedAt` is passed in so the same input gives the same PDF.
 */
export const ReportOptions = z.strictObject({
  /** ISO timestamp printed as the report date. */
  generatedAt: IsoDateTime,
  paper: Paper.optional(),
  organisation: z.string().optional(),
  logo: ReportLogo.optional(),
  /** Print notes marked internal (off by default: the report usually leaves the building). */
  includeInternalNotes: z.boolean().optional(),
  /** Printed on every page; "Confidential" by default. */
  confidentiality: z.string().optional(),
  /** Who assessed the service; by default the people named in the assessment's history. */
  assessor: z.string().optional(),
  /** The integrity digest from the file and whether it matched; computed from the payload when absent. */
  integrity: z.strictObject({ digest: z.string(), matches: z.boolean() }).optional(),
});
export type ReportOptions = z.infer<typeof ReportOptions>;

/** The part of {@link ReportOptions} the window's export dialog sends; the rest come from Settings and the clock. */
export const ReportChoices = z.strictObject({
  ...ReportOptions.pick({ paper: true, includeInternalNotes: true }).shape,
  confidentiality: ShortText.optional(),
});
export type ReportChoices = z.infer<typeof ReportChoices>;
