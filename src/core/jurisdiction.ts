import { z } from 'zod';
import { ShortText } from './text';

/** The jurisdiction codes a buyer can require and a data-path hop can record. */
export const JURISDICTION_CODES = ['eu', 'uk', 'us', 'ch', 'other'] as const;
/** One jurisdiction code: EU/EEA, UK, US, Switzerland, or another country. */
export const JurisdictionCode = z.enum(JURISDICTION_CODES);
export type JurisdictionCode = z.infer<typeof JurisdictionCode>;

/** Member states of the EU and the EEA (ISO 3166-1 alpha-2, Greece as GR), for a hop that names one. */
export const EU_MEMBER_STATES = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL',
  'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO',
] as const; // prettier-ignore
/** An EU or EEA member state. */
export const EuMemberState = z.enum(EU_MEMBER_STATES);
export type EuMemberState = z.infer<typeof EuMemberState>;

/**
 * One jurisdiction a data-path hop falls under, as structured data chosen in the editor: the EU/EEA
 * (optionally one member state), the UK, the US, Switzerland, or another country by name. A hop whose
 * list is empty has an unknown jurisdiction.
 */
export const HopJurisdiction = z.discriminatedUnion('code', [
  z.strictObject({ code: z.literal('eu'), memberState: EuMemberState.optional() }),
  z.strictObject({ code: z.literal('uk') }),
  z.strictObject({ code: z.literal('us') }),
  z.strictObject({ code: z.literal('ch') }),
  z.strictObject({ code: z.literal('other'), name: ShortText.min(1).max(100) }),
]);
export type HopJurisdiction = z.infer<typeof HopJurisdiction>;
