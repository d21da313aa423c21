import type {
  EventPayloadOf,
  IpcResult,
  MethodArgs,
  MethodReply,
  WindowApi,
  WindowApiCalls,
  WindowApiMethod,
} from '../../../src/core/ipc-contract';
import type { Template } from '../../../src/core/template-schema';
import { strings } from '../i18n/en';
import { AppError } from './app-error';

declare global {
  interface Window {
    /** The window API the preload (or the test harness) exposes: one function per channel. */
    readonly fineprint: WindowApi;
  }
}

/** The window API with each reply unwrapped: resolves to the value, or rejects with an {@link AppError}. */
export type Client = { [M in WindowApiMethod]: (...args: MethodArgs<M>) => Promise<MethodReply<M>> };

/** One method of the client: calls the window API and unwraps its reply. */
function bind<M extends WindowApiMethod>(method: M): (...args: MethodArgs<M>) => Promise<MethodReply<M>> {
  return async (...args: MethodArgs<M>): Promise<MethodReply<M>> => {
    let result: IpcResult<MethodReply<M>>;
    try {
      const api: WindowApiCalls = window.fineprint;
      const fn: WindowApiCalls[M] = api[method];
      result = await fn(...args);
    } catch {
      // The bridge itself failed (the main process went away): not something the user did.
      throw new AppError({ code: 'internal', message: strings.errors.bridge });
    }
    if (result.ok) return result.value;
    throw new AppError(result.error);
  };
}

/** The typed client over `window.fineprint` every screen talks to; the type checker holds it to the contract. */
export const client = {
  getAppInfo: bind('getAppInfo'),
  getSettings: bind('getSettings'),
  updateSettings: bind('updateSettings'),
  chooseLogo: bind('chooseLogo'),
  clearLogo: bind('clearLogo'),
  listPositions: bind('listPositions'),
  setPosition: bind('setPosition'),
  listLibrary: bind('listLibrary'),
  listSamples: bind('listSamples'),
  openSample: bind('openSample'),
  listTemplates: bind('listTemplates'),
  getTemplate: bind('getTemplate'),
  importTemplate: bind('importTemplate'),
  removeTemplate: bind('removeTemplate'),
  createAssessment: bind('createAssessment'),
  openAssessment: bind('openAssessment'),
  saveAssessment: bind('saveAssessment'),
  planUpgrade: bind('planUpgrade'),
  startRound: bind('startRound'),
  upgradeAssessment: bind('upgradeAssessment'),
  deleteAssessment: bind('deleteAssessment'),
  restoreAssessment: bind('restoreAssessment'),
  importAssessment: bind('importAssessment'),
  resolveImport: bind('resolveImport'),
  exportAssessment: bind('exportAssessment'),
  exportReport: bind('exportReport'),
  hashEvidenceDocument: bind('hashEvidenceDocument'),
  openSaved: bind('openSaved'),
  exportQuestionnaire: bind('exportQuestionnaire'),
  reviewVendorAnswers: bind('reviewVendorAnswers'),
  applyVendorAnswers: bind('applyVendorAnswers'),
  exportTracker: bind('exportTracker'),
  exportAssessmentCsv: bind('exportAssessmentCsv'),
  portfolioWhatIf: bind('portfolioWhatIf'),
  exportPortfolio: bind('exportPortfolio'),
} satisfies Client;

const templates = new Map<string, Promise<Template>>();

/** A template snapshot by its reference, fetched once per window. */
export function templateByRef(ref: string): Promise<Template> {
  let pending = templates.get(ref);
  if (!pending) {
    pending = client.getTemplate({ ref });
    templates.set(ref, pending);
    pending.catch(() => templates.delete(ref));
  }
  return pending;
}

/** Subscribes to files opened from the operating system; returns the unsubscribe function. */
export function onFileOpened(listener: (event: EventPayloadOf<'app:file-opened'>) => void): () => void {
  return window.fineprint.onFileOpened(listener);
}

/** The app version the preload reports. */
export function appVersion(): string {
  return window.fineprint.appVersion;
}
