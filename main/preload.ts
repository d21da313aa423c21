import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { Channel, EventPayloadOf, IpcResult, ReplyOf, RequestOf, WindowApi, WindowEvent } from '../src/core/ipc-contract';
import { APP_VERSION } from '../src/core/version';

// The window's only door to the app: one named function per channel of the typed contract, never a
// generic invoke, so the window can reach exactly these operations and nothing else.
const call = <C extends Channel>(channel: C, request?: RequestOf<C>) =>
  ipcRenderer.invoke(channel, request) as Promise<IpcResult<ReplyOf<C>>>;

// Main checks each event's payload against the contract before sending it (main/ipc.ts `sendEvent`).
const subscribe = <E extends WindowEvent>(event: E, listener: (payload: EventPayloadOf<E>) => void) => {
  const wrapped = (_event: IpcRendererEvent, payload: EventPayloadOf<E>) => listener(payload);
  ipcRenderer.on(event, wrapped);
  return () => {
    ipcRenderer.removeListener(event, wrapped);
  };
};

const api = {
  appVersion: APP_VERSION,
  getAppInfo: () => call('app:get-info'),
  getSettings: () => call('settings:get'),
  updateSettings: (request) => call('settings:update', request),
  chooseLogo: () => call('settings:choose-logo'),
  clearLogo: () => call('settings:clear-logo'),
  listPositions: () => call('positions:list'),
  setPosition: (request) => call('positions:set', request),
  listLibrary: () => call('library:list'),
  listSamples: () => call('library:list-samples'),
  openSample: (request) => call('library:open-sample', request),
  listTemplates: () => call('templates:list'),
  getTemplate: (request) => call('templates:get', request),
  importTemplate: () => call('templates:import'),
  removeTemplate: (request) => call('templates:remove', request),
  createAssessment: (request) => call('assessment:create', request),
  openAssessment: (request) => call('assessment:open', request),
  saveAssessment: (request) => call('assessment:save', request),
  planUpgrade: (request) => call('assessment:plan-upgrade', request),
  upgradeAssessment: (request) => call('assessment:upgrade', request),
  deleteAssessment: (request) => call('assessment:delete', request),
  restoreAssessment: (request) => call('assessment:restore', request),
  importAssessment: () => call('assessment:import'),
  resolveImport: (request) => call('assessment:resolve-import', request),
  exportAssessment: (request) => call('assessment:export', request),
  exportReport: (request) => call('report:export-pdf', request),
  hashEvidenceDocument: () => call('evidence:hash-document'),
  openSaved: (request) => call('shell:open-saved', request),
  exportQuestionnaire: (request) => call('questionnaire:export', request),
  reviewVendorAnswers: (request) => call('questionnaire:review', request),
  applyVendorAnswers: (request) => call('questionnaire:apply', request),
  exportTracker: (request) => call('tracker:export', request),
  exportAssessmentCsv: (request) => call('assessment:export-csv', request),
  startRound: (request) => call('rounds:start', request),
  portfolioWhatIf: (request) => call('portfolio:what-if', request),
  exportPortfolio: (request) => call('portfolio:export', request),
  onFileOpened: (listener) => subscribe('app:file-opened', listener),
} satisfies WindowApi;

contextBridge.exposeInMainWorld('fineprint', api);
