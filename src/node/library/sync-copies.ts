import { randomUUID } from 'node:crypto';
import type { StoredAssessment } from '../../core/stored-assessment';

const LIBRARY_NAME = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.fineprint$/;

/**
 * Whether a file name is one FinePrint gives (`<id>.fineprint`). Anything else in the folder, such as
 * "Copy of <id>.fineprint" or "<id> (conflicted copy 2026-12-01).fineprint" from a sync tool, is a copy.
 */
export const isLibraryFileName = (name: string): boolean => LIBRARY_NAME.test(name);

/** Where the saves of an assessment go after another writer changed or deleted it: a copy of its own. */
export interface Redirect {
  copyId: string;
  service: string;
  /** The assessment as it is saved to the copy. */
  apply(stored: StoredAssessment): StoredAssessment;
}

const MAX_SERVICE = 300;
const stamp = (at: Date) => at.toISOString().slice(0, 16).replace('T', ' ');

/** A conflict copy of an assessment: a new id, a name that tells it apart, and a history line saying why. */
export function conflictCopy(original: StoredAssessment, at: Date): Redirect {
  const copyId = randomUUID();
  const suffix = ` (conflict copy ${stamp(at)})`;
  const service = original.profile.service.slice(0, MAX_SERVICE - suffix.length) + suffix;
  const event = { at: at.toISOString(), by: '', event: { kind: 'kept-as-conflict-copy' as const, of: original.id } };
  return {
    copyId,
    service,
    apply: (stored) => ({
      ...stored,
      id: copyId,
      profile: { ...stored.profile, service },
      history: [...stored.history, event],
    }),
  };
}
