import { z } from 'zod';
import { Profile, ProviderRole } from './assessment-schema';
import { LibrarySummary } from './library-summary';
import { ReportChoices } from './report/report-options';
import { SessionPosition, SessionPositions, Settings, SettingsPatch } from './settings-schema';
import { StoredAssessment } from './stored-assessment';
import { ProviderEvent, Template } from './template-schema';
import { Id, IsoDateTime } from './text';

// The one typed contract between the window and the main process. Every channel has a zod schema
// for its request and its reply; main validates each request, the window API type is derived here,
// and the preload exposes exactly one named function per channel.

/** A typed failure every channel can reply with instead of its value. */
export const IpcError = z.strictObject({
  code: z.enum(['invalid-request', 'forbidden', 'not-found', 'conflict', 'invalid', 'io', 'internal']),
  message: z.string(),
  /** Problems found in a file, as `<location>: <message>` lines, for import errors. */
  details: z.array(z.string()).optional(),
});
export type IpcError = z.infer<typeof IpcError>;

/** Something to tell the user once, e.g. a file restored from its backup at start. */
export const AppNotice = z.strictObject({ kind: z.string(), file: z.string(), message: z.string() });
export type AppNotice = z.infer<typeof AppNotice>;

/** A checklist template the app offers: bundled or imported by the user. */
export const TemplateInfo = z.strictObject({
  id: Id,
  title: z.string(),
  version: z.string(),
  checks: z.number().int(),
  source: z.enum(['bundled', 'custom']),
  /** The digest that `templates:get` takes. */
  ref: z.string(),
});
export type TemplateInfo = z.infer<typeof TemplateInfo>;

/** A bundled sample assessment the user can open. */
export const SampleInfo = z.strictObject({ fileName: z.string(), service: z.string(), vendor: z.string() });
export type SampleInfo = z.infer<typeof SampleInfo>;

/** An assessment in the library, as the window holds it: the template is a reference fetched once. */
export const OpenedAssessment = z.strictObject({ assessment: StoredAssessment, summary: LibrarySummary });
export type OpenedAssessment = z.infer<typeof OpenedAssessment>;

/** The outcome of asking the user for a file to import. */
export const ImportOutcome = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('canceled') }),
  z.strictObject({ status: z.literal('imported'), summary: LibrarySummary, warnings: z.array(z.string()) }),
  /** The same assessment, unchanged, is already in the library: the window says so and offers to open it. */
  z.strictObject({ status: z.literal('already-in-library'), summary: LibrarySummary }),
  /** The same id is already in the library: ask the user, then call `assessment:resolve-import`. */
  z.strictObject({ status: z.literal('conflict'), token: z.string(), service: z.string(), existingService: z.string() }),
]);
export type ImportOutcome = z.infer<typeof ImportOutcome>;

/** Where a saved file went, or that the user canceled the dialog. */
export const SaveOutcome = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('canceled') }),
  /** `token` names the file for `shell:open-saved` without the window ever holding a path it could forge. */
  z.strictObject({ status: z.literal('saved'), filePath: z.string(), token: z.string() }),
]);
export type SaveOutcome = z.infer<typeof SaveOutcome>;

/** A check named in an upgrade plan: its id and its prompt (the new one, or the old one for a removed check). */
const PlannedCheck = z.strictObject({ id: Id, prompt: z.string() });

/** What upgrading an opened assessment to a newer template on offer would do; `offer: null` when there is none. */
export const UpgradeOffer = z.strictObject({
  offer: z
    .strictObject({
      /** The newer template, as `templates:get` and `assessment:upgrade` take it. */
      templateRef: z.string().regex(/^sha256:[0-9a-f]{64}$/),
      title: z.string(),
      from: z.string(),
      to: z.string(),
      kept: z.array(PlannedCheck),
      added: z.array(PlannedCheck),
      flagged: z.array(
        PlannedCheck.extend({
          reasons: z.array(z.enum(['option-removed', 'option-changed', 'options-added', 'value-cleared'])),
          cleared: z.boolean(),
        }),
      ),
      removed: z.array(PlannedCheck),
    })
    .nullable(),
});
export type UpgradeOffer = z.infer<typeof UpgradeOffer>;

// The vendor round trip (issue 11): the questionnaire workbook, its review and import, and the editable exports.

/** A row of a returned questionnaire workbook under review: what came back and how it compares. */
export const VendorReviewRow = z.strictObject({
  check: Id,
  row: z.number().int(),
  status: z.enum(['new', 'same', 'changed', 'conflict', 'unparseable', 'blank']),
  /** The vendor's answer in its own words, as picked from the drop-down ('' when blank). */
  words: z.string(),
  /** The figure the vendor gave, if any. */
  value: z.union([z.number(), z.string()]).optional(),
  explanation: z.string(),
  /** Why the row is unparseable. */
  problem: z.string().optional(),
  /** Whether applying can take this row (new, changed or conflict, and read). */
  acceptable: z.boolean(),
});
export type VendorReviewRow = z.infer<typeof VendorReviewRow>;

/** The review of a returned workbook, or that the user canceled the dialog; nothing has changed yet. */
export const VendorReview = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('canceled') }),
  z.strictObject({
    status: z.literal('review'),
    /** Names the workbook read, for `questionnaire:apply`. */
    token: z.string(),
    fileName: z.string(),
    sha256: z.string(),
    rows: z.array(VendorReviewRow),
    counts: z.record(z.string(), z.number().int()),
    /** The checks ticked to start with: new and changed answers, never a conflict. */
    preselected: z.array(Id),
  }),
]);
export type VendorReview = z.infer<typeof VendorReview>;

/** The channels of the vendor round trip. */
const ROUND_TRIP_CHANNELS = {
  'questionnaire:export': { request: z.strictObject({ id: z.uuid() }), reply: SaveOutcome },
  'questionnaire:review': { request: z.strictObject({ id: z.uuid() }), reply: VendorReview },
  'questionnaire:apply': {
    request: z.strictObject({ id: z.uuid(), token: z.string().max(100), checks: z.array(Id).max(5000) }),
    reply: z.strictObject({ opened: OpenedAssessment, accepted: z.number().int() }),
  },
  'tracker:export': { request: z.strictObject({ id: z.uuid(), format: z.enum(['xlsx', 'csv']) }), reply: SaveOutcome },
  'assessment:export-csv': { request: z.strictObject({ id: z.uuid() }), reply: SaveOutcome },
} as const;
// Portfolio (issue 12): the window builds the view model from `library:list`; main answers the what-if
// (it reads the affected assessments) and writes the exports.
/** A what-if scenario: a provider, by its portfolio key, and what happens to it. */
export const PortfolioScenario = z.strictObject({ providerKey: z.string().min(1).max(400), event: ProviderEvent });
export type PortfolioScenario = z.infer<typeof PortfolioScenario>;
const AnsweredCheckReply = z.strictObject({ checkId: Id, title: z.string(), answer: z.string().nullable() });
/** The what-if's outcome: each affected service with the checks the event reopens and its exit answers. */
export const WhatIfReply = z.strictObject({
  provider: z.strictObject({ key: z.string(), name: z.string(), role: ProviderRole }),
  event: ProviderEvent,
  services: z.array(
    z.strictObject({
      ...LibrarySummary.pick({ id: true, service: true, vendor: true, rating: true, provisional: true, decision: true }).shape,
      ...LibrarySummary.pick({ sensitiveData: true, dataClasses: true, users: true, jurisdictions: true }).shape,
      roles: z.array(ProviderRole),
      scope: z.string(),
      reopened: z.array(AnsweredCheckReply),
      exitAnswers: z.array(AnsweredCheckReply),
    }),
  ),
  missing: z.array(z.string()),
});
export type WhatIfReply = z.infer<typeof WhatIfReply>;
/** Which portfolio export to write, and the what-if to include in the PDF, if any. */
export const PortfolioExportRequest = z.strictObject({ format: z.enum(['pdf', 'xlsx', 'csv']), scenario: PortfolioScenario.optional() });

const none = z.undefined();

/** Every channel: its request and reply schemas. */
export const IPC_CHANNELS = {
  'app:get-info': { request: none, reply: z.strictObject({ version: z.string(), notices: z.array(AppNotice) }) },
  'settings:get': { request: none, reply: Settings },
  'settings:update': { request: SettingsPatch, reply: Settings },
  'settings:choose-logo': { request: none, reply: Settings },
  'settings:clear-logo': { request: none, reply: Settings },
  'positions:list': { request: none, reply: SessionPositions },
  'positions:set': { request: z.strictObject({ id: z.uuid(), position: SessionPosition.nullable() }), reply: z.strictObject({}) },
  'library:list': { request: none, reply: z.array(LibrarySummary) },
  'library:list-samples': { request: none, reply: z.array(SampleInfo) },
  'library:open-sample': { request: z.strictObject({ fileName: z.string().regex(/^[a-z0-9-]+\.fineprint$/) }), reply: LibrarySummary },
  'templates:list': { request: none, reply: z.array(TemplateInfo) },
  'templates:get': { request: z.strictObject({ ref: z.string().regex(/^sha256:[0-9a-f]{64}$/) }), reply: Template },
  'templates:import': {
    request: none,
    reply: z.union([
      z.strictObject({ status: z.literal('canceled') }),
      z.strictObject({ status: z.literal('imported'), template: TemplateInfo }),
    ]),
  },
  'templates:remove': { request: z.strictObject({ id: Id }), reply: z.array(TemplateInfo) },
  'assessment:create': {
    request: z.strictObject({ templateRef: z.string().regex(/^sha256:[0-9a-f]{64}$/), profile: Profile }),
    reply: OpenedAssessment,
  },
  'assessment:open': { request: z.strictObject({ id: z.uuid() }), reply: OpenedAssessment },
  'assessment:save': { request: z.strictObject({ assessment: StoredAssessment }), reply: z.strictObject({ savedAt: IsoDateTime }) },
  'assessment:plan-upgrade': { request: z.strictObject({ id: z.uuid() }), reply: UpgradeOffer },
  'assessment:upgrade': {
    request: z.strictObject({ id: z.uuid(), templateRef: z.string().regex(/^sha256:[0-9a-f]{64}$/) }),
    reply: OpenedAssessment,
  },
  'assessment:delete': { request: z.strictObject({ id: z.uuid() }), reply: z.strictObject({ trashId: z.string(), service: z.string() }) },
  'assessment:restore': { request: z.strictObject({ trashId: z.string().max(120) }), reply: LibrarySummary },
  'assessment:import': { request: none, reply: ImportOutcome },
  'assessment:resolve-import': {
    request: z.strictObject({ token: z.string().max(100), choice: z.enum(['replace', 'keep-both', 'cancel']) }),
    reply: ImportOutcome,
  },
  'assessment:export': { request: z.strictObject({ id: z.uuid(), internalNotes: z.boolean() }), reply: SaveOutcome },
  'report:export-pdf': { request: z.strictObject({ id: z.uuid(), options: ReportChoices }), reply: SaveOutcome },
  'evidence:hash-document': {
    request: none,
    reply: z.union([
      z.strictObject({ status: z.literal('canceled') }),
      z.strictObject({ status: z.literal('hashed'), fileName: z.string(), sha256: z.string() }),
    ]),
  },
  'shell:open-saved': { request: z.strictObject({ token: z.string().max(100) }), reply: z.strictObject({ opened: z.boolean() }) },
  ...ROUND_TRIP_CHANNELS,
  // Re-assessment rounds: start round N+1 (on the newest bundled or imported version of the checklist).
  'rounds:start': { request: z.strictObject({ id: z.uuid() }), reply: OpenedAssessment },
  'portfolio:what-if': { request: PortfolioScenario, reply: WhatIfReply },
  'portfolio:export': { request: PortfolioExportRequest, reply: SaveOutcome },
} as const;

/** The name of an IPC channel. */
export type Channel = keyof typeof IPC_CHANNELS;
/** The request payload of a channel. */
export type RequestOf<C extends Channel> = z.input<(typeof IPC_CHANNELS)[C]['request']>;
/** The reply value of a channel. */
export type ReplyOf<C extends Channel> = z.infer<(typeof IPC_CHANNELS)[C]['reply']>;
/** What the window receives from any channel: the value, or a typed error. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** The window API method for each channel: the preload's names, checked against this map. */
export const WINDOW_API_METHODS = {
  getAppInfo: 'app:get-info',
  getSettings: 'settings:get',
  updateSettings: 'settings:update',
  chooseLogo: 'settings:choose-logo',
  clearLogo: 'settings:clear-logo',
  listPositions: 'positions:list',
  setPosition: 'positions:set',
  listLibrary: 'library:list',
  listSamples: 'library:list-samples',
  openSample: 'library:open-sample',
  listTemplates: 'templates:list',
  getTemplate: 'templates:get',
  importTemplate: 'templates:import',
  removeTemplate: 'templates:remove',
  createAssessment: 'assessment:create',
  openAssessment: 'assessment:open',
  saveAssessment: 'assessment:save',
  planUpgrade: 'assessment:plan-upgrade',
  upgradeAssessment: 'assessment:upgrade',
  deleteAssessment: 'assessment:delete',
  restoreAssessment: 'assessment:restore',
  importAssessment: 'assessment:import',
  resolveImport: 'assessment:resolve-import',
  exportAssessment: 'assessment:export',
  exportReport: 'report:export-pdf',
  hashEvidenceDocument: 'evidence:hash-document',
  openSaved: 'shell:open-saved',
  exportQuestionnaire: 'questionnaire:export',
  reviewVendorAnswers: 'questionnaire:review',
  applyVendorAnswers: 'questionnaire:apply',
  exportTracker: 'tracker:export',
  exportAssessmentCsv: 'assessment:export-csv',
  startRound: 'rounds:start',
  portfolioWhatIf: 'portfolio:what-if',
  exportPortfolio: 'portfolio:export',
} as const satisfies Record<string, Channel>;

type MethodChannel = typeof WINDOW_API_METHODS;
/** A window API method that calls a channel. */
export type WindowApiMethod = keyof MethodChannel;
/** The arguments of a window API method: none when its channel takes no request. */
export type MethodArgs<M extends WindowApiMethod> =
  RequestOf<MethodChannel[M]> extends undefined ? [] : [request: RequestOf<MethodChannel[M]>];
/** What a window API method's channel replies with. */
export type MethodReply<M extends WindowApiMethod> = ReplyOf<MethodChannel[M]>;
/** The calling half of the window API: one function per channel, replying with the value or a typed error. */
export type WindowApiCalls = { [M in WindowApiMethod]: (...args: MethodArgs<M>) => Promise<IpcResult<MethodReply<M>>> };

/** A file opened from the operating system could not be read as an assessment. */
const FileRefused = z.strictObject({ status: z.literal('invalid'), file: z.string(), message: z.string(), details: z.array(z.string()) });

/** The payload of `app:file-opened`: how the import of a file opened from the operating system went. */
export const FileOpenedEvent = z.discriminatedUnion('status', [...ImportOutcome.options, FileRefused]);
export type FileOpenedEvent = z.infer<typeof FileOpenedEvent>;

/** Every push event from main to the window, with the schema of its payload. */
export const IPC_EVENTS = {
  /** A .fineprint file opened from the operating system was imported (or refused). */
  'app:file-opened': { payload: FileOpenedEvent },
} as const;

/** The name of a main-to-window event. */
export type WindowEvent = keyof typeof IPC_EVENTS;
/** The payload of a main-to-window event. */
export type EventPayloadOf<E extends WindowEvent> = z.infer<(typeof IPC_EVENTS)[E]['payload']>;

/** The window API method that subscribes to each event: the preload's names, checked against this map. */
export const WINDOW_API_EVENTS = {
  onFileOpened: 'app:file-opened',
} as const satisfies Record<string, WindowEvent>;

type EventMethods = typeof WINDOW_API_EVENTS;
/** The subscribing half of the window API: each returns its unsubscribe function. */
export type WindowApiEvents = {
  [M in keyof EventMethods]: (listener: (payload: EventPayloadOf<EventMethods[M]>) => void) => () => void;
};

/** The API the preload exposes on `window.fineprint`. */
export type WindowApi = WindowApiCalls & WindowApiEvents & { appVersion: string };
