import { z } from 'zod';
import { providerKey } from './provider-names';
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
  screen: z.enum(['profile', 'checks', 'data-path', 'supply-chain', 'review', 'export']),
  checkId: Id.optional(),
});
export type SessionPosition = z.infer<typeof SessionPosition>;

/** Each assessment's resume point, by assessment id; kept in its own file, apart from the settings. */
export const SessionPositions = z.record(z.uuid(), SessionPosition);
export type SessionPositions = z.infer<typeof SessionPositions>;

/** The most aliases kept: far more than a library names providers, few enough to bound the settings file. */
export const MAX_PROVIDER_ALIASES = 2000;

/**
 * Provider names the user confirmed are another way of writing a provider already in the library: the
 * key of the name as written (see provider-names) to the canonical name, so the picker resolves it next time.
 */
export const ProviderAliases = z
  .record(
    ShortText.min(1).refine((key) => providerKey(key) === key, { error: 'is not a provider key (lower-case words, no legal form)' }),
    ShortText.min(1),
  )
  .refine((aliases) => Object.keys(aliases).length <= MAX_PROVIDER_ALIASES, {
    error: `holds more than ${MAX_PROVIDER_ALIASES} provider aliases`,
  });
export type ProviderAliases = z.infer<typeof ProviderAliases>;

// Each field once, without its default, so the patch schema below cannot fill in defaults.
const fields = {
  organisation: ShortText,
  logo: Logo.nullable(),
  assessor: ShortText,
  defaultTemplate: Id,
  theme: z.enum(['light', 'dark', 'system']),
  confidentialityLabel: ShortText,
  paperSize: z.enum(['a4', 'letter']),
  welcomed: z.boolean(),
  /** True once the user was asked for their name and organisation (answered or skipped), so it is asked once. */
  identityAsked: z.boolean(),
  providerAliases: ProviderAliases,
};

/** The user's settings. Every field has a default, so a partial or older store still reads. */
export const Settings = z.strictObject({
  organisation: fields.organisation.default(''),
  logo: fields.logo.default(null),
  assessor: fields.assessor.default(''),
  defaultTemplate: fields.defaultTemplate.default('ai-vendor-risk'),
  theme: fields.theme.default('system'),
  confidentialityLabel: fields.confidentialityLabel.default('Confidential'),
  paperSize: fields.paperSize.default('a4'),
  welcomed: fields.welcomed.default(false),
  identityAsked: fields.identityAsked.default(false),
  /** Absent until the user confirms a first alias in the supply chain's provider picker. */
  providerAliases: fields.providerAliases.optional(),
});
export type Settings = z.infer<typeof Settings>;

/** A change to some settings: only the fields present change (no defaults here, or they would reset the rest). */
export const SettingsPatch = z.strictObject(fields).partial();
export type SettingsPatch = z.infer<typeof SettingsPatch>;

/** The settings a first start begins with. */
export const DEFAULT_SETTINGS: Settings = Settings.parse({});
