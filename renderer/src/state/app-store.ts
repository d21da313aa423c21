import { create } from 'zustand';
import type { AppNotice, SampleInfo, TemplateInfo } from '../../../src/core/ipc-contract';
import type { LibrarySummary } from '../../../src/core/library-summary';
import { DEFAULT_SETTINGS, type SessionPosition, type SessionPositions, type Settings } from '../../../src/core/settings-schema';
import { errorMessage } from '../api/app-error';
import { client, templateByRef } from '../api/client';
import { strings } from '../i18n/en';
import type { Route } from './route';

/** A message on the library screen: the outcome of an import, a delete with its undo, an error. */
export interface LibraryMessage {
  id: number;
  intent: 'success' | 'warning' | 'error' | 'info';
  text: string;
  details?: string[];
  action?: { label: string; run: () => void };
}

/** An import waiting for the user to choose: replace, keep both or cancel. */
export interface PendingConflict {
  token: string;
  service: string;
  existingService: string;
}

/** The window-wide state: where the user is, the settings, the library list and what the app offers. */
export interface AppState {
  /** True once settings, library and templates have been read. */
  ready: boolean;
  startupError: string | undefined;
  route: Route;
  settings: Settings;
  /** Where the user left off in each assessment (kept apart from the settings). */
  positions: SessionPositions;
  library: LibrarySummary[];
  templates: TemplateInfo[];
  samples: SampleInfo[];
  notices: AppNotice[];
  messages: LibraryMessage[];
  conflict: PendingConflict | undefined;
  init: () => Promise<void>;
  navigate: (route: Route) => void;
  refreshLibrary: () => Promise<void>;
  /** Shows a settings change at once and saves it; resolves to the stored settings, rejects with an AppError. */
  saveSettings: (patch: Partial<Settings>) => Promise<Settings>;
  /** Remembers where the user is in an assessment, so the next visit resumes there. */
  rememberPosition: (id: string, position: SessionPosition) => void;
  forgetPosition: (id: string) => void;
  dismissNotice: (index: number) => void;
  /** Shows a message on the library; a message of the same kind replaces the older one. */
  pushMessage: (message: Omit<LibraryMessage, 'id'>) => void;
  dismissMessage: (id: number) => void;
  clearMessages: () => void;
  setConflict: (conflict: PendingConflict | undefined) => void;
}

let messageId = 0;

const POSITION_DELAY_MS = 300;
let positionTimer: ReturnType<typeof setTimeout> | undefined;
/** Resume points changed since the last send, by assessment id (null: forget it). */
const unsent = new Map<string, SessionPosition | null>();

/** Sends the resume points changed since the last send: each one alone, never the settings. */
function sendPositions(): void {
  positionTimer = undefined;
  for (const [id, position] of unsent) {
    // A lost position only costs the user a click; it never blocks or interrupts their work.
    client.setPosition({ id, position }).catch(() => undefined);
  }
  unsent.clear();
}

function queuePosition(id: string, position: SessionPosition | null): void {
  unsent.set(id, position);
  if (positionTimer) clearTimeout(positionTimer);
  positionTimer = setTimeout(sendPositions, POSITION_DELAY_MS);
}

/** The app store: one per window. */
export const useAppStore = create<AppState>()((set, get) => {
  return {
    ready: false,
    startupError: undefined,
    route: { name: 'library' },
    settings: DEFAULT_SETTINGS,
    positions: {},
    library: [],
    templates: [],
    samples: [],
    notices: [],
    messages: [],
    conflict: undefined,

    async init() {
      try {
        const [settings, positions, library, templates, info] = await Promise.all([
          client.getSettings(),
          client.listPositions(),
          client.listLibrary(),
          client.listTemplates(),
          client.getAppInfo(),
        ]);
        set({ settings, positions, library, templates, notices: info.notices, ready: true, startupError: undefined });
        // The default checklist is what most assessments use: fetch it while the user looks at the library.
        const preferred = templates.find((t) => t.id === settings.defaultTemplate) ?? templates[0];
        if (preferred) templateByRef(preferred.ref).catch(() => undefined);
      } catch (error) {
        set({ startupError: errorMessage(error, strings.errors.unexpected) });
        return;
      }
      // Samples are only needed for a menu; they must not hold up the library.
      client.listSamples().then(
        (samples) => set({ samples }),
        () => undefined,
      );
    },

    navigate(route) {
      set({ route });
    },

    async refreshLibrary() {
      set({ library: await client.listLibrary() });
    },

    async saveSettings(patch) {
      // Only what changed is sent: the patch schema has no defaults, so absent fields stay as they are.
      set((s) => ({ settings: { ...s.settings, ...patch } }));
      return client.updateSettings(patch);
    },

    rememberPosition(id, position) {
      const current = get().positions[id];
      if (current?.screen === position.screen && current.checkId === position.checkId) return;
      set((s) => ({ positions: { ...s.positions, [id]: position } }));
      queuePosition(id, position);
    },

    forgetPosition(id) {
      if (!(id in get().positions)) return;
      set((s) => ({ positions: Object.fromEntries(Object.entries(s.positions).filter(([k]) => k !== id)) }));
      queuePosition(id, null);
    },

    dismissNotice(index) {
      set((s) => ({ notices: s.notices.filter((_, i) => i !== index) }));
    },

    pushMessage(message) {
      messageId += 1;
      set((s) => ({ messages: [...s.messages.filter((m) => m.intent !== message.intent), { ...message, id: messageId }] }));
    },

    dismissMessage(id) {
      set((s) => ({ messages: s.messages.filter((m) => m.id !== id) }));
    },

    clearMessages() {
      set({ messages: [] });
    },

    setConflict(conflict) {
      set({ conflict });
    },
  };
});

/** Sends a pending position at once (before the window closes or a session ends). */
export function flushPendingPosition(): void {
  if (!positionTimer) return;
  clearTimeout(positionTimer);
  sendPositions();
}
