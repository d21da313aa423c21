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
        { id: 'region', title: 'Region', checks: 2, knockouts: 0 },
        { id: 'identity', title: 'Identity', checks: 2, knockouts: 1 },
      ],
      checks: 4,
      knockouts: 1,
      withReferences: 4,
      withRecommendations: 4,
      withHelp: 4,
      checkList: [
        { id: 'region-01', area: 'region', title: 'Does the vendor handle region-01 well?' },
        { id: 'region-02', area: 'region', title: 'Does the vendor handle region-02 well?' },
        { id: 'identity-01', area: 'identity', title: 'Does the vendor handle identity-01 well?', knockout: 'ko-no-sso' },
        { id: 'identity-02', area: 'identity', title: 'Does the vendor handle identity-02 well?' },
      ],
    });
  });
});

describe('fineprint template stats on the bundled checklist', () => {
  it('lists the checks of checklist 1.1 by short title, the AI-specific ones included, with the figures of the README', async () => {
    const r = await cli('template', 'stats', join(root, 'templates/ai-vendor-risk.json'), '--json');
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as {
      version: string;
      checks: number;
      knockouts: number;
      checkList: { id: string; title: string; knockout?: string }[];
    };
    expect(s).toMatchObject({ version: '1.2.0', checks: 80, knockouts: 10, withReferences: 80, withHelp: 80, withRecommendations: 80 });
    expect(s.checkList).toHaveLength(80);
    const titles = s.checkList.map((c) => c.title);
    // The twelve checks 1.1 added, one per topic of the issue, by the names the window and report use.
    for (const title of [
      'Independent testing against prompt injection',
      'Outputs treated as untrusted',
      'Accuracy evidence and pilot acceptance',
      'Model routing and fallback',
      'Third-party models, plug-ins and MCP servers',
      'Where agent memory lives and who can purge it',
      'Help with our impact assessments',
      'Bias testing and explanations',
      'Telling people they deal with AI',
      "Model maker's terms that bind us",
      'Same quality on every provider',
      'Events that reopen this assessment',
    ])
      expect(titles, title).toContain(title);
    // The knock-outs 1.1 added, on the checks a reviewer expects them.
    const knockoutOf = new Map(s.checkList.map((c) => [c.id, c.knockout]));
    expect(knockoutOf.get('commercial-16')).toBe('ko-dora-provisions-refused');
    expect(new Set(s.checkList.flatMap((c) => (c.knockout ? [c.knockout] : []))).size).toBe(10);
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
