import { existsSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { DEFAULT_SETTINGS, Settings, type SettingsPatch } from '../core/settings-schema';
import type { LibraryIndex, LibraryIndexPort } from './library/assessment-library';

/** The small key-value store behind settings: electron-store in the app, conf (its base) in tests. */
export interface KeyValueStore {
  readonly store: Record<string, unknown>;
  set(key: string, value: unknown): void;
}

/** How to open the store, and where its file is, so a corrupt file can be moved aside first. */
export interface StorePort {
  path: string;
  /** Opens the store; throws when the file is not valid JSON (conf and electron-store do). */
  open(): KeyValueStore;
}

/** A notice about the settings file for the user. */
export interface SettingsNotice {
  kind: 'settings-reset';
  file: string;
  message: string;
}

const LIBRARY_INDEX_KEY = 'libraryIndex';

/** Settings and the library index, validated on every read; a corrupt store is kept aside, never silently reset. */
export class SettingsService {
  readonly notices: SettingsNotice[] = [];
  private settings: Settings;

  private constructor(private readonly store: KeyValueStore) {
    this.settings = DEFAULT_SETTINGS;
  }

  /** Opens the store; if its file is corrupt, moves it to `<file>.corrupt-<time>`, starts clean and says so. */
  static async open(port: StorePort, now: () => Date = () => new Date()): Promise<SettingsService> {
    let store: KeyValueStore;
    const notices: SettingsNotice[] = [];
    try {
      store = port.open();
    } catch (error) {
      const aside = `${port.path}.corrupt-${now().getTime()}`;
      if (existsSync(port.path)) await rename(port.path, aside);
      store = port.open();
      notices.push({
        kind: 'settings-reset',
        file: port.path,
        message: `The settings file could not be read (${(error as Error).message.split('\n')[0] ?? 'invalid'}). It was kept as ${aside} and FinePrint started with default settings.`,
      });
    }
    const service = new SettingsService(store);
    service.notices.push(...notices);
    service.settings = service.readSettings();
    return service;
  }

  private readSettings(): Settings {
    const raw: Record<string, unknown> = { ...this.store.store };
    Reflect.deleteProperty(raw, LIBRARY_INDEX_KEY);
    const parsed = Settings.safeParse(raw);
    if (parsed.success) return parsed.data;
    // Keep every valid field; fall back to the default for the ones that fail, and say which.
    const out: Record<string, unknown> = {};
    const bad: string[] = [];
    for (const key of Object.keys(Settings.shape) as (keyof Settings)[]) {
      const field = Settings.shape[key].safeParse(raw[key]);
      if (field.success) out[key] = field.data;
      else bad.push(key);
    }
    this.notices.push({
      kind: 'settings-reset',
      file: 'settings',
      message: `Some settings were invalid and were reset to their defaults: ${bad.join(', ')}.`,
    });
    return Settings.parse(out);
  }

  /** The current settings. */
  get(): Settings {
    return this.settings;
  }

  /** Applies a validated change and persists it. */
  update(patch: SettingsPatch): Settings {
    const next = Settings.parse({ ...this.settings, ...patch });
    for (const [key, value] of Object.entries(patch)) if (value !== undefined) this.store.set(key, next[key as keyof Settings]);
    this.settings = next;
    return next;
  }

  /** The library index, kept in the same store (the library batches its writes). */
  libraryIndex(): LibraryIndexPort {
    return {
      read: () => this.store.store[LIBRARY_INDEX_KEY],
      write: (index: LibraryIndex) => this.store.set(LIBRARY_INDEX_KEY, index),
    };
  }
}
