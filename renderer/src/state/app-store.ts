import { create } from 'zustand';
import type { AppNotice, SampleInfo, TemplateInfo } from '../../../src/core/ipc-contract';
import type { LibrarySummary } from '../../../src/core/library-summary';
import { DEFAULT_SETTINGS, type SessionPosition, type Settings } from '../../../src/core/settings-schema';
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

/** The app store: one per window. */
export const useAppStore = create<AppState>()((set, get) => {
  const flushPositions = () => {
    positionTimer = undefined;
    // A lost position only costs the user a click; it never blocks or interrupts their work.
    client.updateSettings(get().settings).catch(() => undefined);
  };

  return {
    ready: false,
    startupError: undefined,
    route: { name: 'library' },
    settings: DEFAULT_SETTINGS,
    library: [],
    templates: [],
    samples: [],
    notices: [],
    messages: [],
    conflict: undefined,

    async init() {
      try {
        const [settings, library, templates, info] = await Promise.all([
          client.getSettings(),
          client.listLibrary(),
          client.listTemplates(),
          client.getAppInfo(),
        ]);
        set({ settings, library, templates, notices: info.notices, ready: true, startupError: undefined });
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
      // The whole settings object is sent, never a partial one: the contract's patch schema fills
      // every absent field with its default, so a partial patch would reset the other settings.
      const settings = { ...get().settings, ...patch };
      set({ settings });
      return client.updateSettings(settings);
    },

    rememberPosition(id, position) {
      const current = get().settings.positions[id];
      if (current?.screen === position.screen && current.checkId === position.checkId) return;
      set((s) => ({ settings: { ...s.settings, positions: { ...s.settings.positions, [id]: position } } }));
      if (positionTimer) clearTimeout(positionTimer);
      positionTimer = setTimeout(flushPositions, POSITION_DELAY_MS);
    },

    forgetPosition(id) {
      if (!(id in get().settings.positions)) return;
      set((s) => ({
        settings: { ...s.settings, positions: Object.fromEntries(Object.entries(s.settings.positions).filter(([k]) => k !== id)) },
      }));
      if (positionTimer) clearTimeout(positionTimer);
      positionTimer = setTimeout(flushPositions, POSITION_DELAY_MS);
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

/** Writes a pending position at once (before the window closes or a session ends). */
export function flushPendingPosition(): void {
  if (!positionTimer) return;
  clearTimeout(positionTimer);
  positionTimer = undefined;
  client.updateSettings(useAppStore.getState().settings).catch(() => undefined);
}
