import { Assessment } from '../../src/core/assessment-schema';
import { stressAssessment } from './stress';

const WORDS = 'the vendor states that customer data stays in the region named in the order form unless support staff need access'.split(
  ' ',
);

/** `length` characters of plausible prose, so the report wraps it as it would a real note. */
function prose(length: number, seed: number): string {
  const out: string[] = [];
  let n = 0;
  for (let i = seed; n < length; i++) {
    const word = WORDS[i % WORDS.length];
    out.push(word);
    n += word.length + 1;
  }
  return out.join(' ').slice(0, length);
}

/**
 * The 1,000-check stress assessment with `notesPerCheck` shared notes of `noteChars` characters on every
 * answer: two of 12,000 give about 24 MB, the size that made an 11,039-page report.
 */
export function hugeNotesAssessment(notesPerCheck = 2, noteChars = 12_000): Assessment {
  const base = stressAssessment(1000);
  const answers = Object.fromEntries(
    Object.entries(base.answers).map(([id, answer], i) => [
      id,
      {
        ...answer,
        notes: Array.from({ length: notesPerCheck }, (_, j) => ({
          id: `n-${j}`,
          text: prose(noteChars, i + j),
          visibility: 'shared' as const,
          createdAt: '2026-11-03T10:00:00.000Z',
        })),
      },
    ]),
  );
  return Assessment.parse({ ...base, answers });
}
