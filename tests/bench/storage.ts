import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Assessment } from '../../src/core/assessment-schema';
import { decodeFineprint, encodeFineprint } from '../../src/core/file-format';
import { startRound } from '../../src/core/rounds';
import { toStored } from '../../src/core/stored-assessment';
import { AssessmentLibrary } from '../../src/node/library/assessment-library';
import { LibraryIndexFile } from '../../src/node/library/library-index-file';
import { stressAssessment } from '../support/stress';
import { medianMs, report } from './measure';

/** A stress assessment padded with realistic notes until its .fineprint is about `megabytes` MB. */
function sizedAssessment(megabytes: number): { assessment: Assessment; bytes: Uint8Array } {
  const a = stressAssessment(1000);
  const para =
    'The vendor’s data processing addendum, section 4.2, commits to EU processing for the listed models; the sub-processor list dated 2026-10-01 names two hosting regions. ';
  let repeat = 1;
  for (;;) {
    for (const [id, answer] of Object.entries(a.answers)) {
      answer.notes = [0, 1, 2].map((k) => ({
        id: `n-${k}`,
        text: `${id}: ${para.repeat(repeat)}`,
        visibility: k === 2 ? ('internal' as const) : ('shared' as const),
        createdAt: '2026-11-03T10:00:00.000Z',
      }));
    }
    const bytes = new TextEncoder().encode(encodeFineprint(a));
    if (bytes.length >= megabytes * 1024 * 1024) return { assessment: a, bytes };
    repeat++;
  }
}

/** The median time to autosave one changed answer of an assessment imported into the library. */
async function autosaveMs(library: AssessmentLibrary, assessment: Assessment): Promise<number> {
  await library.import(assessment);
  const { assessment: stored0, templateRef } = await library.get(assessment.id);
  let stored = toStored(stored0, templateRef);
  const options = ['good', 'partial', 'bad'];
  const checks = assessment.template.checks;
  let i = 0;
  // The autosave path as the window drives it: one answer changed, the whole entry persisted atomically.
  const value = await medianMs(
    async () => {
      const checkId = checks[i % checks.length]?.id ?? '';
      const previous = stored.answers[checkId];
      stored = {
        ...stored,
        updatedAt: new Date().toISOString(),
        answers: {
          ...stored.answers,
          [checkId]: { ...(previous ?? { notes: [], evidence: [] }), response: { kind: 'option', option: options[i++ % 3] ?? 'good' } },
        },
      };
      await library.save(stored);
    },
    { warmup: 5, runs: 31 },
  );
  library.flush();
  return value;
}

/** open.5mb.ms (decode, validate, migrate a 5 MB .fineprint) and autosave.1000.ms (one changed answer, fsync included). */
export async function benchStorage(): Promise<void> {
  const { bytes } = sizedAssessment(5);
  report({
    name: 'open.5mb.ms',
    value: await medianMs(
      () => {
        const r = decodeFineprint(bytes);
        if (!r.ok) throw new Error('the 5 MB file did not decode');
      },
      { warmup: 3, runs: 15 },
    ),
    unit: 'ms',
    backend: 'node',
  });

  const dir = mkdtempSync(join(tmpdir(), 'fineprint-bench-'));
  try {
    const index = await LibraryIndexFile.open(join(dir, 'library-index.json'));
    const library = await AssessmentLibrary.open(dir, { index });
    report({ name: 'autosave.1000.ms', value: await autosaveMs(library, stressAssessment(1000)), unit: 'ms', backend: 'node' });
    // The same after two re-assessment rounds: the window sends the earlier rounds, templates embedded, on every save.
    let rounds = stressAssessment(1000);
    rounds = { ...rounds, id: '3a1f2b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b' };
    rounds = startRound(rounds, undefined, { at: '2027-01-01T09:00:00.000Z', by: '' });
    rounds = startRound(rounds, undefined, { at: '2027-06-01T09:00:00.000Z', by: '' });
    report({ name: 'autosave.1000.3rounds.ms', value: await autosaveMs(library, rounds), unit: 'ms', backend: 'node' });
    library.flush();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
