import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/core/canonical-json';
import { SHA256_BACKEND, payloadDigest, pureSha256Hex, sha256Hex } from '../../src/core/digest';
import { decodeFineprint, encodeFineprint } from '../../src/core/file-format';
import { MAX_DOCUMENT_BYTES, parseJsonText } from '../../src/core/json-input';
import { CURRENT_FORMAT_VERSION } from '../../src/core/migrations';
import { APP_LABEL } from '../../src/core/version';
import { miniAssessment } from '../support/builders';

const enc = new TextEncoder();
const bytes = (s: string) => enc.encode(s);
const fixture = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, '../fixtures', name)));

function problems(input: Uint8Array): string[] {
  const r = decodeFineprint(input);
  if (r.ok) throw new Error('expected the file to be refused');
  return r.problems.map((p) => `${p.location}: ${p.message}`);
}

function envelopeOf(): Record<string, unknown> {
  return JSON.parse(encodeFineprint(miniAssessment({ 'region-01': 'bad' }))) as Record<string, unknown>;
}

describe('digest', () => {
  it('hashes with SHA-256', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('uses Node’s native SHA-256 under Node without being told, and it agrees with the pure-JS one the window uses', () => {
    // Every caller in the CLI, Electron main and the tests gets the fast hash: nothing to pass, nothing to forget.
    expect(SHA256_BACKEND).toBe('node');
    const big = new Uint8Array(3 * 1024 * 1024 + 7).map((_, i) => (i * 2654435761) >>> 24);
    for (const input of [new Uint8Array(0), bytes('abc'), bytes('é'.repeat(1000)), big])
      expect(sha256Hex(input)).toBe(pureSha256Hex(input));
  });

  it('serialises canonically: sorted keys, no whitespace, undefined dropped', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'é'], c: undefined, A: { z: 0, y: -1.5 } })).toBe(
      '{"A":{"y":-1.5,"z":0},"a":[true,null,"é"],"b":1}',
    );
  });

  it('gives the same digest whatever the key order', () => {
    expect(payloadDigest({ a: 1, b: { c: 2, d: 3 } })).toBe(payloadDigest({ b: { d: 3, c: 2 }, a: 1 }));
  });
});

describe('.fineprint encode and decode', () => {
  it('round-trips an assessment with its envelope', () => {
    const a = miniAssessment({ 'region-01': 'partial', 'identity-01': 'unknown' });
    const text = encodeFineprint(a, new Date('2026-11-20T12:00:00Z'));
    const env = JSON.parse(text) as Record<string, unknown>;
    expect(env).toMatchObject({
      format: 'fineprint/assessment',
      formatVersion: CURRENT_FORMAT_VERSION,
      app: APP_LABEL,
      savedAt: '2026-11-20T12:00:00.000Z',
    });
    expect(env.integrity).toBe(payloadDigest(env.payload));
    const r = decodeFineprint(bytes(text));
    expect(r.ok && r.value.assessment).toEqual(a);
    expect(r.ok && r.value.integrityOk).toBe(true);
    expect(r.ok && r.warnings).toEqual([]);
  });

  it('tolerates a UTF-8 byte-order mark', () => {
    const text = encodeFineprint(miniAssessment());
    expect(decodeFineprint(bytes(`\uFEFF${text}`)).ok).toBe(true);
  });

  it('opens a file changed outside FinePrint, with a warning', () => {
    const env = envelopeOf();
    (env.payload as { profile: { vendor: string } }).profile.vendor = 'Edited by hand';
    const r = decodeFineprint(bytes(JSON.stringify(env)));
    expect(r.ok).toBe(true);
    expect(r.ok && r.value.integrityOk).toBe(false);
    expect(r.ok && r.warnings.join()).toMatch(/changed outside FinePrint/);
  });

  it('refuses a newer format version, naming the app version it needs', () => {
    const env = { ...envelopeOf(), formatVersion: CURRENT_FORMAT_VERSION + 1, app: 'FinePrint 2.3.0' };
    expect(problems(bytes(JSON.stringify(env))).join()).toMatch(
      new RegExp(`format version ${CURRENT_FORMAT_VERSION + 1}.*update to FinePrint 2\\.3\\.0 or later`),
    );
  });

  it('migrates a format-3 file into rounds: it becomes round 1 with no earlier rounds and loses nothing', () => {
    const r = decodeFineprint(fixture('v3-assessment.fineprint'));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.value.formatVersion).toBe(3);
    expect(r.value.integrityOk).toBe(true);
    expect(r.warnings).toContain('it was upgraded from format version 3');
    const a = r.value.assessment;
    expect(a.round).toBe(1);
    expect(a.rounds).toEqual([]);
    expect(a.providers).toEqual([]);
    expect(a.nextReviewOn).toBeUndefined();
    expect(a.decision.outcome).toBe('approve-with-conditions');
    expect(a.dataPath).toHaveLength(5);
    expect(Object.keys(a.answers).length).toBeGreaterThan(0);
    const again = decodeFineprint(bytes(encodeFineprint(a)));
    if (!again.ok) throw new Error(JSON.stringify(again.problems));
    expect(again.value.formatVersion).toBe(CURRENT_FORMAT_VERSION);
    expect(again.value.assessment).toEqual(a);
  });

  it('migrates a format-2 file: hop jurisdictions become data where the text is unambiguous, the text is kept', () => {
    const r = decodeFineprint(fixture('v2-data-path.fineprint'));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.value.formatVersion).toBe(2);
    expect(r.value.integrityOk).toBe(true);
    expect(r.warnings).toContain('it was upgraded from format version 2');
    expect(r.value.assessment.dataPath.map((h) => h.jurisdictions)).toEqual([[], [], [], [{ code: 'us' }], [{ code: 'us' }]]);
    expect(r.value.assessment.dataPath[0]?.jurisdictionNote).toBe('United Kingdom (company); United States (hosting)');
  });

  it('migrates a format-1 file: hop jurisdictions become data where the text is unambiguous, the text is kept', () => {
    const r = decodeFineprint(fixture('v1-data-path.fineprint'));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.value.formatVersion).toBe(1);
    expect(r.value.integrityOk).toBe(true);
    expect(r.warnings).toContain('it was upgraded from format version 1');
    expect(r.value.assessment.dataPath.map((h) => [h.jurisdictions, h.jurisdictionNote])).toEqual([
      [[], 'United Kingdom (company); United States (hosting)'],
      [[], 'Not committed'],
      [[], 'Unknown'],
      [[{ code: 'us' }], 'United States'],
      [[{ code: 'us' }], 'United States'],
    ]);
  });

  it('migrates a pre-release (version 0) file forward', () => {
    const r = decodeFineprint(fixture('v0-assessment.fineprint'));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const a = r.value.assessment;
    expect(r.value.formatVersion).toBe(0);
    expect(a.profile).toMatchObject({ vendor: 'Legacy Vendor', service: 'Legacy Assistant', data: ['personal'] });
    expect(a.answers['region-01']?.response).toEqual({ kind: 'option', option: 'partial' });
    expect(a.answers['region-01']?.notes[0]).toMatchObject({
      text: 'Checked the data processing addendum, section 4.',
      visibility: 'shared',
    });
    expect(a.answers['region-02']?.response).toEqual({ kind: 'unknown' });
    expect(a.answers['identity-01']?.response).toEqual({
      kind: 'not-applicable',
      reason: 'The service is reached only through our gateway.',
    });
    expect(r.warnings.join()).toMatch(/upgraded from format version 0/);
  });

  it('migrates a version-1 file, keeping each history sentence as a note event and the digest valid', () => {
    const r = decodeFineprint(fixture('v1-assessment.fineprint'));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.value.formatVersion).toBe(1);
    expect(r.value.integrityOk).toBe(true);
    expect(r.warnings.join()).toMatch(/upgraded from format version 1/);
    const a = r.value.assessment;
    expect(a.profile.service).toBe('Version One Assistant');
    expect(a.decision.outcome).toBe('approve-with-conditions');
    expect(a.history).toEqual([
      { at: '2026-11-01T09:00:00.000Z', by: 'Ana Lima', event: { kind: 'note', text: 'Assessment started with Mini checklist 1.0.0.' } },
      {
        at: '2026-11-26T10:00:00.000Z',
        by: 'Ana Lima',
        event: { kind: 'note', text: 'Decision changed from Pending to Approved with conditions.' },
      },
      {
        at: '2026-11-27T09:00:00.000Z',
        by: 'Ana Lima',
        event: { kind: 'note', text: 'Signed off for Security by Ben Okafor on 2026-11-27.' },
      },
      {
        at: '2026-11-28T09:00:00.000Z',
        by: '',
        event: { kind: 'note', text: 'Imported as a copy of assessment 0b9c7a51-3f2e-4d8a-9c1b-6e5f4a3d2c10.' },
      },
    ]);
    const again = decodeFineprint(bytes(encodeFineprint(a)));
    expect(again.ok && again.value.assessment.history).toEqual(a.history);
    expect(again.ok && again.value.formatVersion).toBe(CURRENT_FORMAT_VERSION);
  });
});

describe('bad input gets a clear problem, never an exception', () => {
  const cases: [string, () => Uint8Array, RegExp][] = [
    ['empty', () => bytes(''), /is empty/],
    ['whitespace only', () => bytes('  \n '), /is empty/],
    ['not JSON', () => bytes('hello, world'), /not valid JSON/],
    ['truncated', () => bytes(encodeFineprint(miniAssessment()).slice(0, 200)), /truncated/],
    ['binary', () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /binary file/],
    ['UTF-16 with BOM', () => new Uint8Array([0xff, 0xfe, 0x7b, 0, 0x7d, 0]), /UTF-16/],
    ['UTF-16 without BOM', () => new Uint8Array([0x7b, 0, 0x22, 0, 0x61, 0, 0x22, 0]), /UTF-16/],
    ['invalid UTF-8', () => new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]), /not valid UTF-8/],
    ['deeply nested', () => bytes('['.repeat(100_000) + ']'.repeat(100_000)), /nested too deeply/],
    ['a JSON array', () => bytes('[1,2,3]'), /expected a JSON object/],
    ['another format', () => bytes('{"format":"something/else"}'), /not a FinePrint assessment/],
    [
      'prototype pollution',
      () => bytes(JSON.stringify(envelopeOf()).replace('"profile":{', '"profile":{"__proto__":{"polluted":true},')),
      /forbidden key "__proto__"/,
    ],
    ['constructor key', () => bytes('{"format":"fineprint/assessment","constructor":{"prototype":{}}}'), /forbidden key "constructor"/],
    ['raw control character', () => bytes('{"format":"fineprint/\u0001assessment"}'), /control character/],
    [
      'escaped control character',
      () => bytes(JSON.stringify(envelopeOf()).replace('"Example Vendor"', '"Example\\u0007Vendor"')),
      /payload\.profile\.vendor: contains a control character \(U\+0007\)/,
    ],
    ['lone surrogate', () => bytes(JSON.stringify(envelopeOf()).replace('"Example Vendor"', '"Example \\ud800 Vendor"')), /lone surrogate/],
    ['wrong types', () => bytes(JSON.stringify(envelopeOf()).replace('"Example Vendor"', '42')), /payload\.profile\.vendor/],
    [
      'answer to an unknown check',
      () => bytes(JSON.stringify(envelopeOf()).replace('"region-01":{', '"ghost-01":{')),
      /answers check "ghost-01"/,
    ],
    [
      'formatVersion not a number',
      () => bytes('{"format":"fineprint/assessment","formatVersion":"1"}'),
      /formatVersion: must be a whole number/,
    ],
  ];
  for (const [name, make, expected] of cases) {
    it(name, () => {
      const input = make();
      const copy = input.slice();
      expect(problems(input).join('\n')).toMatch(expected);
      expect(Buffer.compare(input, copy)).toBe(0); // nothing mutated
    });
  }

  it('refuses a file over the size limit before parsing it', () => {
    const big = new Uint8Array(MAX_DOCUMENT_BYTES + 1).fill(0x20);
    expect(problems(big).join()).toMatch(/too large \(25\.0 MB; the limit is 25\.0 MB\)/);
  });

  it('reports schema problems with their location, at most twenty and a count', () => {
    const env = envelopeOf();
    const payload = env.payload as { answers: Record<string, unknown> };
    for (let i = 0; i < 30; i++) payload.answers[`x-${i}`] = { response: { kind: 'maybe' } };
    const list = problems(bytes(JSON.stringify(env)));
    expect(list).toHaveLength(21);
    expect(list[0]).toMatch(/^\$\.payload\.answers\.x-0\.response\.kind: /);
    expect(list[20]).toMatch(/and 10 more problems/);
  });
});

describe('JSON syntax errors say where', () => {
  const at = (text: string) => {
    const r = decodeFineprint(bytes(text));
    return r.ok ? 'ok' : `${r.problems[0]?.location}: ${r.problems[0]?.message}`;
  };
  it('names the line, the column and the problem', () => {
    expect(at('{\n  "a": 1,\n}')).toBe('line 3, column 1: is not valid JSON: a trailing comma before "}"');
    expect(at('{"a": tru}')).toBe('line 1, column 7: is not valid JSON: unexpected text "tru"');
    expect(at('{"a" 1}')).toBe('line 1, column 6: is not valid JSON: expected ":" after a property name, found unexpected character "1"');
    expect(at('{"a": "b\\x"}')).toBe('line 1, column 9: is not valid JSON: an invalid escape sequence');
    expect(at('{"a": 1} x')).toBe(
      'line 1, column 10: is not valid JSON: more content after the end of the JSON value: unexpected character "x"',
    );
    expect(at('{"a": [1, 2')).toBe('$: is not valid JSON: the text ends unexpectedly (the file may be truncated)');
  });
});

describe('the JSON guard', () => {
  it('is not fooled by brackets and escaped quotes inside strings', () => {
    expect(parseJsonText('{"a":"\\"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}').ok).toBe(true);
    const deep = `["\\\\\\"[", ${'['.repeat(70)}${']'.repeat(70)}]`;
    const r = parseJsonText(deep);
    expect(!r.ok && r.problems[0]?.message).toMatch(/nested too deeply/);
  });

  it('handles a large string full of escapes without exhausting the stack', () => {
    expect(parseJsonText(JSON.stringify({ a: 'a\\"b\n'.repeat(200_000) })).ok).toBe(true);
  });

  it('finds a forbidden key even behind \\u escapes', () => {
    const r = parseJsonText('{"x":{"\\u005f_proto__":{"polluted":true}}}');
    expect(!r.ok && `${r.problems[0]?.location}: ${r.problems[0]?.message}`).toBe('$.x: has the forbidden key "__proto__"');
  });
});

describe('the integrity digest', () => {
  it('is taken over the canonical payload, which the file carries verbatim on one line', () => {
    const a = miniAssessment({ 'region-01': 'bad' });
    const text = encodeFineprint(a);
    const line = text.split('\n').find((l) => l.startsWith('  "payload": '));
    expect(line?.slice('  "payload": '.length)).toBe(canonicalJson(a));
    expect((JSON.parse(text) as { integrity: string }).integrity).toBe(`sha256:${sha256Hex(canonicalJson(a))}`);
  });

  it('still matches after an editor re-indents the file or reorders its keys: formatting is not a change', () => {
    const env = JSON.parse(encodeFineprint(miniAssessment({ 'region-01': 'bad' }))) as Record<string, unknown>;
    const reordered = {
      payload: env.payload,
      integrity: env.integrity,
      savedAt: env.savedAt,
      app: env.app,
      formatVersion: env.formatVersion,
      format: env.format,
    };
    const r = decodeFineprint(bytes(JSON.stringify(reordered, null, 4)));
    expect(r.ok && r.value.integrityOk).toBe(true);
  });

  it('does not match when a value in the payload changed, whatever the layout', () => {
    const text = encodeFineprint(miniAssessment({ 'region-01': 'bad' })).replace('"Example Copilot"', '"Example Copilob"');
    const r = decodeFineprint(bytes(text));
    expect(r.ok && r.value.integrityOk).toBe(false);
  });
});
