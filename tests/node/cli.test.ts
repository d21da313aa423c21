import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeFineprint } from '../../src/core/file-format';
import { miniAssessment, miniTemplateInput } from '../support/builders';
import { runFineprint } from '../support/cli';
import { makeTempDir, removeTempDir } from '../support/temp-dir';

const root = join(import.meta.dirname, '../..');
let dir: string;

const cli = (...argv: string[]) => runFineprint(dir, ...argv);

beforeAll(() => {
  // One folder of fixture files shared by the whole file (read-only for the tests).
  dir = makeTempDir('cli');
  writeFileSync(join(dir, 'good.fineprint'), encodeFineprint(miniAssessment({ 'region-01': 'partial', 'identity-01': 'bad' })));
  const tampered = JSON.parse(encodeFineprint(miniAssessment({ 'region-01': 'good' }))) as { payload: { profile: { vendor: string } } };
  tampered.payload.profile.vendor = 'Changed by hand';
  writeFileSync(join(dir, 'tampered.fineprint'), JSON.stringify(tampered));
  writeFileSync(join(dir, 'mini.json'), JSON.stringify(miniTemplateInput()));
  writeFileSync(join(dir, 'broken.json'), JSON.stringify({ ...miniTemplateInput(), checks: [] }));
  writeFileSync(join(dir, 'notjson.fineprint'), 'this is not json');
  writeFileSync(
    join(dir, 'newer.fineprint'),
    JSON.stringify({
      format: 'fineprint/assessment',
      formatVersion: 9,
      app: 'FinePrint 9.0.0',
      savedAt: '2030-01-01T00:00:00Z',
      integrity: 'x',
      payload: {},
    }),
  );
  mkdirSync(join(dir, 'folder.fineprint'));
});
afterAll(() => removeTempDir(dir));

describe('fineprint validate', () => {
  it('accepts a valid assessment and template with exit 0', async () => {
    expect(await cli('validate', 'good.fineprint')).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/valid assessment of Example Copilot/) as unknown,
    });
    expect(await cli('validate', 'mini.json')).toMatchObject({
      code: 0,
      stdout: 'mini.json: valid template mini 1.0.0: 4 checks in 2 areas',
    });
  });

  it('opens a tampered file with a warning on stderr and exit 0', async () => {
    const r = await cli('validate', 'tampered.fineprint');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^tampered\.fineprint: warning: .*changed outside FinePrint/);
  });

  it('prints one problem per line as <file>: <location>: <message> and exits 1 for invalid files', async () => {
    const r = await cli('validate', 'broken.json');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^broken\.json: \$\.checks: /);
    expect(await cli('validate', 'notjson.fineprint')).toMatchObject({
      code: 1,
      stdout: 'notjson.fineprint: line 1, column 1: is not valid JSON: unexpected text "this"',
    });
    expect((await cli('validate', 'newer.fineprint')).stdout).toMatch(/update to FinePrint 9\.0\.0 or later/);
  });

  it('exits 2 for a missing file, a folder, or a usage error', async () => {
    expect(await cli('validate', 'missing.fineprint')).toMatchObject({ code: 2, stdout: 'missing.fineprint: $: does not exist' });
    expect(await cli('validate', 'folder.fineprint')).toMatchObject({ code: 2, stdout: 'folder.fineprint: $: is a folder, not a file' });
    expect((await cli('validate')).code).toBe(2);
    expect((await cli('validate', 'a', 'b')).code).toBe(2);
    expect((await cli('validate', '--bogus', 'good.fineprint')).code).toBe(2);
    expect((await cli('frobnicate')).code).toBe(2);
  });
});

describe('fineprint score', () => {
  it('prints exactly one JSON object with --json', async () => {
    const r = await cli('score', 'good.fineprint', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      overall: { score: 50, rating: 'critical', provisional: false },
      openQuestions: 0,
      blockingQuestions: 0,
      inherentRisk: { tier: 'low', sources: [] },
      areas: [
        { id: 'region', title: 'Region', score: 35, rating: 'medium' },
        { id: 'identity', title: 'Identity', score: 65, rating: 'critical' },
      ],
      knockouts: ['ko-no-sso'],
      findings: 2,
      progress: { answered: 2, visible: 2 },
    });
  });

  it('reads well at a glance without --json', async () => {
    const r = await cli('score', 'good.fineprint');
    expect(r.stdout).toMatch(/Overall\s+50\.0 \/ 100\s+CRITICAL\s+0 open questions/);
    expect(r.stdout).toMatch(/set by: Knock-out: Does the vendor handle identity-01 well\? “No”/);
    expect(r.stdout).toMatch(/Knock-outs: ko-no-sso \(at least critical\)/);
  });

  it('says "not rated yet" (null) for an assessment with nothing answered, with its open questions', async () => {
    writeFileSync(join(dir, 'fresh.fineprint'), encodeFineprint(miniAssessment({ 'region-01': 'unknown' })));
    const json = JSON.parse((await cli('score', 'fresh.fineprint', '--json')).stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ overall: { score: null, rating: null, provisional: true }, openQuestions: 2, blockingQuestions: 0 });
    expect((await cli('score', 'fresh.fineprint')).stdout).toMatch(/NOT RATED YET\s+2 open questions/);
  });

  it('uses the same exit codes as validate', async () => {
    expect((await cli('score', 'notjson.fineprint')).code).toBe(1);
    expect((await cli('score', 'missing.fineprint')).code).toBe(2);
  });
});

describe('fineprint template stats', () => {
  it('counts checks per area, knock-outs and guidance', async () => {
    const r = await cli('template', 'stats', 'mini.json', '--json');
    expect(JSON.parse(r.stdout)).toEqual({
      id: 'mini',
      version: '1.0.0',
      areas: [
        { id: 'region', title: 'Region', checks: 2 },
        { id: 'identity', title: 'Identity', checks: 2 },
      ],
      checks: 4,
      knockouts: 1,
      withReferences: 4,
      withRecommendations: 4,
      withHelp: 4,
    });
  });
});

describe('help and the report command', () => {
  it('has --help on every command', async () => {
    for (const words of [['validate'], ['score'], ['template', 'stats'], ['report']]) {
      const r = await cli(...words, '--help');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Usage: fineprint /);
    }
    expect((await cli('--help')).stdout).toMatch(/Commands:/);
  });

  it('report writes a PDF with exit 0, and uses the same exit codes as validate', async () => {
    const r = await cli('report', 'good.fineprint', '-o', 'out.pdf');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^out\.pdf: wrote the report of Example Copilot/);
    expect(readFileSync(join(dir, 'out.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await cli('report', 'notjson.fineprint', '-o', 'bad.pdf')).code).toBe(1);
    expect((await cli('report', 'missing.fineprint', '-o', 'bad.pdf')).code).toBe(2);
    expect((await cli('report', 'good.fineprint')).code).toBe(2);
  });
});

describe('npm run fineprint, as a user runs it', () => {
  const exec = promisify(execFile);
  it('runs without a build step and returns the real exit code', async () => {
    const ok = await exec('npm', ['run', '--silent', 'fineprint', '--', 'score', join(dir, 'good.fineprint'), '--json'], { cwd: root });
    expect(JSON.parse(ok.stdout)).toMatchObject({ overall: { rating: 'critical' } });
    const failed = await exec('node', [join(root, 'src/node/cli/fineprint.js'), 'validate', join(dir, 'notjson.fineprint')], {
      cwd: root,
    }).catch((e: unknown) => e as { code: number; stdout: string });
    expect(failed).toMatchObject({ code: 1 });
  });
});
