import { z } from 'zod';
import { LibrarySummary } from '../../core/library-summary';
import { describeWriteError } from '../fs-errors';

/** One cached line of the library index: the file's size and time, and its summary. */
const IndexEntry = z.object({ size: z.number(), mtimeMs: z.number(), summary: LibrarySummary });
/** The library index, kept in its own file, so start-up parses only the assessment files that changed. */
export const LibraryIndex = z.record(z.string(), IndexEntry);
export type LibraryIndex = z.infer<typeof LibraryIndex>;

/** Where the library index is kept (its own file in the app, see library-index-file.ts; memory in some tests). */
export interface LibraryIndexPort {
  read(): unknown;
  write(index: LibraryIndex): void;
}

/**
 * Writes the index at most once a second, from a timer. The index is a cache: when it cannot be
 * written (a read-only or full disk) it stays in memory, the app goes on, and the user is told once.
 */
export class IndexWriter {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private told = false;

  constructor(
    private readonly port: LibraryIndexPort,
    private readonly build: () => LibraryIndex,
    private readonly tell: (message: string) => void,
  ) {}

  /** Schedules a write. */
  schedule(): void {
    this.timer ??= setTimeout(() => this.flush(), 1000);
    this.timer.unref?.();
  }

  /** Writes now; never throws. Returns whether the index was written. */
  flush(): boolean {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    try {
      this.port.write(this.build());
      return true;
    } catch (error) {
      if (!this.told) {
        this.told = true;
        this.tell(
          `FinePrint could not update its list of your assessments (${describeWriteError(error)}). Your assessments are saved as usual; the next start will take a little longer while the list is rebuilt.`,
        );
      }
      return false;
    }
  }
}
