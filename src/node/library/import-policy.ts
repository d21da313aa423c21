import { randomBytes } from 'node:crypto';
import type { Assessment } from '../../core/assessment-schema';
import { payloadDigest } from '../../core/digest';
import type { ImportOutcome } from '../../core/ipc-contract';
import { summarize } from '../../core/library-summary';
import type { AssessmentLibrary } from './assessment-library';

const MAX_PENDING = 8;
const MAX_AGE_MS = 30 * 60 * 1000;

/**
 * Imports waiting for the user's choice (replace, keep both, cancel), by token. Bounded: an entry
 * leaves when it is resolved, when it is older than half an hour, and the oldest leaves beyond eight,
 * so re-opening a large file again and again does not grow memory.
 */
export class PendingImports {
  private readonly items = new Map<string, { assessment: Assessment; at: number }>();

  constructor(private readonly clock: () => number = Date.now) {}

  /** Keeps an assessment until the user decides; returns the token to decide with. */
  add(assessment: Assessment): string {
    this.evict();
    while (this.items.size >= MAX_PENDING) {
      const oldest = this.items.keys().next().value;
      if (oldest === undefined) break;
      this.items.delete(oldest);
    }
    const token = randomBytes(12).toString('hex');
    this.items.set(token, { assessment, at: this.clock() });
    return token;
  }

  /** Takes (and forgets) the assessment of a token, if it is still pending. */
  take(token: string): Assessment | undefined {
    this.evict();
    const item = this.items.get(token);
    this.items.delete(token);
    return item?.assessment;
  }

  /** How many imports are waiting. */
  get size(): number {
    return this.items.size;
  }

  private evict(): void {
    const now = this.clock();
    for (const [token, item] of this.items) if (now - item.at > MAX_AGE_MS) this.items.delete(token);
  }
}

/**
 * The one import policy, whether the file came through the Import dialog or from the operating system:
 * a new assessment is added; one already in the library with the same content is reported as such (the
 * window says so and offers to open it); a different version of it waits for the user's choice.
 */
export async function importAssessment(
  library: AssessmentLibrary,
  pending: PendingImports,
  incoming: Assessment,
  warnings: string[],
): Promise<ImportOutcome> {
  if (!library.has(incoming.id)) return { status: 'imported', summary: await library.import(incoming), warnings };
  const { assessment: current } = await library.get(incoming.id);
  if (payloadDigest(current) === payloadDigest(incoming)) return { status: 'already-in-library', summary: summarize(current) };
  return { status: 'conflict', token: pending.add(incoming), service: incoming.profile.service, existingService: current.profile.service };
}
