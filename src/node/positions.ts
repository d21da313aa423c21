import { readFile, rename } from 'node:fs/promises';
import { SessionPositions, type SessionPosition } from '../core/settings-schema';
import { writeFileAtomic } from './atomic-write';

/** Where the user left off in each assessment: what the IPC handlers need, whatever keeps it. */
export interface PositionsPort {
  /** Every resume point, by assessment id. */
  list(): SessionPositions;
  /** Sets (or, with null, forgets) one assessment's resume point; persisted soon after, off the caller's path. */
  set(id: string, position: SessionPosition | null): void;
  /** Resolves once every change so far is on disk. */
  flush(): Promise<void>;
}

/** The valid entries of a parsed positions file; anything else is dropped (it only costs a click). */
function validEntries(value: unknown): Map<string, SessionPosition> {
  const out = new Map<string, SessionPosition>();
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return out;
  for (const [id, raw] of Object.entries(value as Record<string, unknown>)) {
    const position = SessionPositions.safeParse({ [id]: raw });
    if (position.success && position.data[id]) out.set(id, position.data[id]);
  }
  return out;
}

/**
 * Resume points in their own small JSON file beside the library, so a move between checks writes a
 * few hundred bytes once, asynchronously, instead of the whole settings file (logo included).
 */
export class PositionStore implements PositionsPort {
  private dirty = false;
  private writing: Promise<void> | undefined;

  private constructor(
    private readonly path: string,
    private readonly positions: Map<string, SessionPosition>,
  ) {}

  /**
   * Reads the file; an unreadable one is kept aside as `<file>.corrupt-<time>` and the store starts
   * empty. `legacy` holds the positions an older version kept in the settings file, taken over once.
   */
  static async open(path: string, legacy?: unknown, now: () => Date = () => new Date()): Promise<PositionStore> {
    let text: string | undefined;
    try {
      text = await readFile(path, 'utf8');
    } catch {
      text = undefined; // no file yet
    }
    let positions = new Map<string, SessionPosition>();
    if (text !== undefined) {
      try {
        positions = validEntries(JSON.parse(text));
      } catch {
        await rename(path, `${path}.corrupt-${now().getTime()}`).catch(() => undefined);
      }
    }
    const store = new PositionStore(path, positions);
    const taken = validEntries(legacy);
    for (const [id, position] of taken) if (!positions.has(id)) positions.set(id, position);
    if (taken.size > 0) store.schedule();
    return store;
  }

  list(): SessionPositions {
    return Object.fromEntries(this.positions);
  }

  set(id: string, position: SessionPosition | null): void {
    const current = this.positions.get(id);
    if (position === null) {
      if (!current) return;
      this.positions.delete(id);
    } else {
      if (current?.screen === position.screen && current.checkId === position.checkId) return;
      this.positions.set(id, position);
    }
    this.schedule();
  }

  async flush(): Promise<void> {
    while (this.writing) await this.writing;
  }

  /** One write at a time; changes made meanwhile are written together by the next one. */
  private schedule(): void {
    this.dirty = true;
    if (this.writing) return;
    this.writing = (async () => {
      while (this.dirty) {
        this.dirty = false;
        // A lost resume point costs the user a click; a failed write must never interrupt their work.
        await writeFileAtomic(this.path, JSON.stringify(this.list())).catch(() => undefined);
      }
      this.writing = undefined;
    })();
  }
}
