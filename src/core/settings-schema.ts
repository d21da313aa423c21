import { z } from 'zod';
import { Id, ShortText } from './text';

/** An organisation logo for reports: a small PNG or JPEG, kept as base64. */
export const Logo = z.strictObject({
  mediaType: z.enum(['image/png', 'image/jpeg']),
  fileName: ShortText,
  base64: z
    .string()
    .max(700_000, 'the logo must be smaller than 500 KB')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'is not base64'),
});
export type Logo = z.infer<typeof Logo>;

/** Where the user left off in an assessment, so a session resumes exactly there. */
export const SessionPosition = z.strictObject({
  screen: z.enum(['profile', 'checks', 'data-path', 'review', 'export']),
  checkId: Id.optional(),
});
export type SessionPosition = z.infer<typeof SessionPosition>;

/** The user's settings. Every field has a default, so a partial or older store still reads. */
export const Settings = z.strictObject({
  organisation: ShortText.default(''),
  logo: Logo.nullable().default(null),
  assessor: ShortText.default(''),
  defaultTemplate: Id.default('ai-vendor-risk'),
  theme: z.enum(['light', 'dark', 'system']).default('system'),
  confidentialityLabel: ShortText.default('Confidential'),
  paperSize: z.enum(['a4', 'letter']).default('a4'),
  positions: z.record(z.uuid(), SessionPosition).default({}),
  welcomed: z.boolean().default(false),
});
export type Settings = z.infer<typeof Settings>;

/** A change to some settings. */
export const SettingsPatch = Settings.partial();
export type SettingsPatch = z.infer<typeof SettingsPatch>;

/** The settings a first start begins with. */
export const DEFAULT_SETTINGS: Settings = Settings.parse({});
