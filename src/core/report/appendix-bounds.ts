import type { CheckGroup, NoteView } from './model-types';

/**
 * How much of the notes and evidence the appendix prints. A 24 MB assessment of notes made an 11,039-page
 * PDF in 25 s; the board needs the gist, and the .fineprint file keeps every word. The figures leave
 * ordinary assessments untouched (a long note is a few hundred characters).
 */
export const APPENDIX_LIMITS = {
  /** Characters of one note. */
  noteChars: 1500,
  /** Notes of one check. */
  notesPerCheck: 20,
  /** Evidence items of one check. */
  evidencePerCheck: 20,
  /** Characters of all notes together. */
  totalNoteChars: 150_000,
} as const;

const MIN_CUT = 200;

/** Ends a note that was cut short. */
export const TRUNCATION_MARKER = '…(truncated; full text in the .fineprint file)';

/** The appendix's checks as printed, and how much was cut to fit the limits. */
export interface BoundedChecks {
  groups: CheckGroup[];
  /** Notes printed in part. */
  shortened: number;
  /** Notes and evidence items not printed at all. */
  omittedNotes: number;
  omittedEvidence: number;
}

/** The first `max` characters of a text, cut at a word where one is near, never inside a surrogate pair. */
function cut(text: string, max: number): string {
  let end = max;
  const space = text.lastIndexOf(' ', end);
  if (space > max * 0.8) end = space;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return text.slice(0, end).trimEnd();
}

const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/**
 * Applies {@link APPENDIX_LIMITS} to the appendix's checks: long notes end in {@link TRUNCATION_MARKER}, and a
 * check with more notes or evidence than the limits (or past the overall note budget) says how many more
 * the file holds. Pure; the counts feed the sentence the report prints about it.
 */
export function boundAppendixChecks(groups: readonly CheckGroup[]): BoundedChecks {
  let budget: number = APPENDIX_LIMITS.totalNoteChars;
  let shortened = 0;
  let omittedNotes = 0;
  let omittedEvidence = 0;
  const bounded = groups.map((group) => ({
    ...group,
    entries: group.entries.map((entry) => {
      const notes: NoteView[] = [];
      let left = 0;
      for (const note of entry.notes) {
        const room = Math.min(APPENDIX_LIMITS.noteChars, budget);
        // Past the budget, a note is left out rather than cut to a stub.
        if (notes.length >= APPENDIX_LIMITS.notesPerCheck || (note.text.length > room && room < MIN_CUT)) {
          left++;
          if (note.text.length > room) budget = 0;
          continue;
        }
        if (note.text.length > room) {
          notes.push({ ...note, text: `${cut(note.text, room)}${TRUNCATION_MARKER}` });
          shortened++;
          budget -= room;
        } else {
          notes.push(note);
          budget -= note.text.length;
        }
      }
      omittedNotes += left;
      if (left > 0)
        notes.push({ text: `…and ${plural(left, 'more note')}, in the .fineprint file.`, internal: false, date: 'Not printed' });
      const extraEvidence = Math.max(0, entry.evidence.length - APPENDIX_LIMITS.evidencePerCheck);
      omittedEvidence += extraEvidence;
      const evidence =
        extraEvidence > 0
          ? [
              ...entry.evidence.slice(0, APPENDIX_LIMITS.evidencePerCheck),
              `…and ${plural(extraEvidence, 'more item')}, in the .fineprint file.`,
            ]
          : entry.evidence;
      return { ...entry, notes, evidence };
    }),
  }));
  return { groups: bounded, shortened, omittedNotes, omittedEvidence };
}

/** The sentence the appendix prints when it cut anything, or undefined when everything is printed in full. */
export function appendixBoundsNotice(b: BoundedChecks): string | undefined {
  if (b.shortened + b.omittedNotes + b.omittedEvidence === 0) return undefined;
  const parts = [
    b.shortened > 0 ? `${plural(b.shortened, 'note')} shortened` : '',
    b.omittedNotes > 0 ? `${plural(b.omittedNotes, 'note')} left out` : '',
    b.omittedEvidence > 0 ? `${plural(b.omittedEvidence, 'evidence item')} left out` : '',
  ].filter((p) => p !== '');
  const l = APPENDIX_LIMITS;
  return (
    `To keep this report readable it prints each note up to ${l.noteChars.toLocaleString('en-US')} characters, ` +
    `at most ${l.notesPerCheck} notes and ${l.evidencePerCheck} evidence items a check, and ` +
    `${l.totalNoteChars.toLocaleString('en-US')} characters of notes in all: ${parts.join(', ')}. ` +
    'The .fineprint file holds the full text.'
  );
}
