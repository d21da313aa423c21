import { existsSync } from 'node:fs';
import { readFile, rename } from 'node:fs/promises';
import { DEFAULT_SETTINGS, Settings, type SettingsPatch } from '../core/settings-schema';

/** The small key-value store behind settings: electron-store in the app, conf (its base) in tests. */
export interface KeyValueStore {
  readonly store: Record<string, unknown>;
  /** Sets several keys in one write of the file. */
  set(values: Record<string, unknown>): void;
  delete(key: string): void;
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

/** Where earlier builds kept the library index; it now has its own file (src/node/library/library-index-file.ts). */
const LEGACY_LIBRARY_INDEX_KEY = 'libraryIndex';
/** Where earlier builds kept the resume points; they now have their own file (src/node/positions.ts). */
const LEGACY_POSITIONS_KEY = 'positions';

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Why the file is not a settings object (valid JSON of another shape), or undefined. Conf reads such a file as empty. */
async function notAnObject(path: string): Promise<string | undefined> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return undefined; // missing, or not JSON: the store's own open reports that
  }
  if (isPlainObject(value)) return undefined;
  return value === null ? 'null' : Array.isArray(value) ? 'a list' : `a ${typeof value}`;
}

/** Settings, validated on every read; a corrupt store is kept aside, never silently reset. */
export class SettingsService {
  readonly notices: SettingsNotice[] = [];
  /** Resume points an older version kept in the settings file, taken out of it at open; undefined when none. */
  legacyPositions: unknown = undefined;
  /** The library index an older version kept in the settings file; undefined when none. Removed by `forgetLegacyLibraryIndex`. */
  legacyLibraryIndex: unknown = undefined;
  private settings: Settings;

  private constructor(private readonly store: KeyValueStore) {
    this.settings = DEFAULT_SETTINGS;
  }

  /**
   * Opens the store. A file that is not valid JSON, or valid JSON but not an object, is moved to
   * `<file>.corrupt-<time>` and FinePrint starts clean and says so; it is never reset silently.
   */
  static async open(port: StorePort, now: () => Date = () => new Date()): Promise<SettingsService> {
    const notices: SettingsNotice[] = [];
    const keepAside = async (why: string) => {
      const aside = `${port.path}.corrupt-${now().getTime()}`;
      if (existsSync(port.path)) await rename(port.path, aside);
      notices.push({
        kind: 'settings-reset',
        file: port.path,
        message: `The settings file ${why}. It was kept as ${aside} and FinePrint started with default settings.`,
      });
    };
    let store: KeyValueStore;
    const shape = await notAnObject(port.path);
    if (shape !== undefined) await keepAside(`is not a set of settings (it holds ${shape})`);
    try {
      store = port.open();
    } catch (error) {
      await keepAside(`could not be read (${(error as Error).message.split('\n')[0] ?? 'invalid'})`);
      store = port.open();
    }
    const service = new SettingsService(store);
    service.notices.push(...notices);
    service.settings = service.readSettings();
    return service;
  }

  private readSettings(): Settings {
    const raw: Record<string, unknown> = { ...this.store.store };
    // Left in the file until the index has moved to its own file, so a failed move loses nothing.
    this.legacyLibraryIndex = raw[LEGACY_LIBRARY_INDEX_KEY];
    Reflect.deleteProperty(raw, LEGACY_LIBRARY_INDEX_KEY);
    // Keys this version does not know (an older version's, a hand edit) are dropped quietly, once.
    for (const key of Object.keys(raw)) {
      if (key in Settings.shape) continue;
      if (key === LEGACY_POSITIONS_KEY) this.legacyPositions = raw[key];
      Reflect.deleteProperty(raw, key);
      this.store.delete(key);
    }
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

  /** Applies a validated change and persists what changed, in one write of the file. */
  update(patch: SettingsPatch): Settings {
    const next = Settings.parse({ ...this.settings, ...patch });
    const changed: Record<string, unknown> = {};
    for (const key of Object.keys(patch) as (keyof Settings)[]) {
      if (patch[key] !== undefined && JSON.stringify(next[key]) !== JSON.stringify(this.settings[key])) changed[key] = next[key];
    }
    if (Object.keys(changed).length > 0) this.store.set(changed);
    this.settings = next;
    return next;
  }

  /** Removes the library index an older version kept in the settings file, once it is in its own file. */
  forgetLegacyLibraryIndex(): void {
    if (this.legacyLibraryIndex === undefined) return;
    this.store.delete(LEGACY_LIBRARY_INDEX_KEY);
    this.legacyLibraryIndex = undefined;
  }
}
