import { describe, expect, it } from 'vitest';
import { APPENDIX_LIMITS, TRUNCATION_MARKER, appendixBoundsNotice, boundAppendixChecks } from '../../src/core/report/appendix-bounds';
import type { CheckEntry, CheckGroup } from '../../src/core/report/model-types';

const entry = (notes: string[], evidence: string[] = []): CheckEntry => ({
  checkId: 'c-1',
  prompt: 'Where is the data?',
  answer: 'EU only',
  notes: notes.map((text) => ({ text, internal: false, date: '3 Nov 2026' })),
  evidence,
  references: '',
});
const groups = (...entries: CheckEntry[]): CheckGroup[] => [{ areaId: 'region', areaTitle: 'Region', entries }];
const words = (n: number) => 'data stays in the region '.repeat(Math.ceil(n / 25)).slice(0, n);

describe('appendix bounds', () => {
  it('prints ordinary notes and evidence in full, and says nothing about limits', () => {
    const input = groups(entry(['Confirmed in the DPA, clause 4.2.', words(1400)], ['DPA v3; clause 4.2']));
    const b = boundAppendixChecks(input);
    expect(b.groups).toEqual(input);
    expect(appendixBoundsNotice(b)).toBeUndefined();
  });

  it('cuts a long note at a word, ends it with the marker, and never splits a character', () => {
    const b = boundAppendixChecks(groups(entry([words(5000)])));
    const text = b.groups[0]?.entries[0]?.notes[0]?.text ?? '';
    expect(text.endsWith(TRUNCATION_MARKER)).toBe(true);
    expect(text.length).toBeLessThanOrEqual(APPENDIX_LIMITS.noteChars + TRUNCATION_MARKER.length);
    expect(text).toMatch(/\w…\(truncated/);
    const emoji = boundAppendixChecks(groups(entry(['😀'.repeat(2000)])));
    expect(emoji.groups[0]?.entries[0]?.notes[0]?.text.isWellFormed?.()).toBe(true);
  });

  it('prints at most the per-check number of notes and evidence items, and says how many more the file holds', () => {
    const b = boundAppendixChecks(
      groups(
        entry(
          Array.from({ length: 25 }, (_, i) => `note ${i}`),
          Array.from({ length: 23 }, (_, i) => `doc ${i}`),
        ),
      ),
    );
    const e = b.groups[0]?.entries[0];
    expect(e?.notes).toHaveLength(APPENDIX_LIMITS.notesPerCheck + 1);
    expect(e?.notes.at(-1)?.text).toBe('…and 5 more notes, in the .fineprint file.');
    expect(e?.evidence.at(-1)).toBe('…and 3 more items, in the .fineprint file.');
    expect(appendixBoundsNotice(b)).toBe(
      'To keep this report readable it prints each note up to 1,500 characters, at most 20 notes and 20 evidence items a check, ' +
        'and 150,000 characters of notes in all: 5 notes left out, 3 evidence items left out. The .fineprint file holds the full text.',
    );
  });

  it('stops printing notes once the appendix has used its budget', () => {
    const many = Array.from({ length: 300 }, () => entry([words(1500)]));
    const b = boundAppendixChecks(groups(...many));
    const printed = b.groups[0]?.entries.flatMap((e) => e.notes).filter((n) => n.date !== 'Not printed') ?? [];
    expect(printed.reduce((sum, n) => sum + n.text.length, 0)).toBeLessThanOrEqual(APPENDIX_LIMITS.totalNoteChars);
    expect(b.omittedNotes).toBe(200);
    expect(b.groups[0]?.entries.at(-1)?.notes).toEqual([
      { text: '…and 1 more note, in the .fineprint file.', internal: false, date: 'Not printed' },
    ]);
  });
});
