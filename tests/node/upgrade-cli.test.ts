import { linkSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeFineprint, encodeFineprint } from '../../src/core/file-format';
import { miniTemplateInput } from '../support/builders';
import { runFineprint } from '../support/cli';
import { makeTempDir, removeTempDir } from '../support/temp-dir';
import { ANSWERED_UPGRADE_PLAN, answeredForUpgrade, miniTemplateV2Input } from '../support/upgrade-builders';

let dir: string;
const cli = (...argv: string[]) => runFineprint(dir, ...argv);
const read = (name: string) => readFileSync(join(dir, name), 'utf8');

beforeAll(() => {
  dir = makeTempDir('upgrade-cli');
  writeFileSync(join(dir, 'old.fineprint'), encodeFineprint(answeredForUpgrade(), new Date('2026-11-02T09:00:00.000Z')));
  writeFileSync(join(dir, 'mini-1.1.json'), JSON.stringify(miniTemplateV2Input()));
  writeFileSync(join(dir, 'mini-1.0.json'), JSON.stringify(miniTemplateInput()));
  writeFileSync(join(dir, 'other.json'), JSON.stringify({ ...miniTemplateV2Input(), id: 'other' }));
  writeFileSync(join(dir, 'broken.json'), JSON.stringify({ ...miniTemplateV2Input(), checks: [] }));
  writeFileSync(join(dir, 'notjson.fineprint'), 'this is not json');
  symlinkSync(join(dir, 'old.fineprint'), join(dir, 'link.fineprint'));
  linkSync(join(dir, 'old.fineprint'), join(dir, 'hard.fineprint'));
});
afterAll(() => removeTempDir(dir));

describe('fineprint upgrade', () => {
  it('writes the upgraded assessment to a new file and prints what it kept, added and flagged', async () => {
    const before = read('old.fineprint');
    const r = await cli('upgrade', 'old.fineprint', '-o', 'new.fineprint', '--template', 'mini-1.1.json');
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout.split('\n')).toEqual([
      'new.fineprint: upgraded Example Copilot (Example Vendor) from mini 1.0.0 to 1.1.0',
      'Kept:    1 answer: region-01',
      'Added:   1 new check, unanswered: region-03',
      'Flagged: 2 answers to review',
      '  region-02: a chosen option is no longer offered; new options may fit better (response cleared, kept under "retired")',
      '  identity-01: the chosen option was reworded or re-rated',
      'Retired: 1 answer of checks no longer in the template, kept in the file: identity-02',
    ]);
    expect(read('old.fineprint')).toBe(before);
    const decoded = decodeFineprint(readFileSync(join(dir, 'new.fineprint')));
    if (!decoded.ok) throw new Error(decoded.problems.map((p) => p.message).join('; '));
    expect(decoded.warnings).toEqual([]);
    const a = decoded.value.assessment;
    expect(a.template.version).toBe('1.1.0');
    expect(a.answers['region-02']?.notes.map((n) => n.text)).toEqual(['Asked twice, no date given.', 'Legal thinks they will not move.']);
    expect(a.retired?.find((x) => x.checkId === 'identity-02')).toMatchObject({ value: 12, evidence: [{ id: 'e2', title: 'SCIM guide' }] });
    expect(a.history.at(-1)?.event).toMatchObject({ kind: 'template-upgraded', from: '1.0.0', to: '1.1.0', kept: 1, added: 1, flagged: 2 });
  });

  it('prints exactly one JSON object with --json', async () => {
    const r = await cli('upgrade', 'old.fineprint', '-o', 'json.fineprint', '--template', 'mini-1.1.json', '--json');
    expect(r.code).toBe(0);
    const { templateId, ...plan } = ANSWERED_UPGRADE_PLAN;
    expect(JSON.parse(r.stdout)).toEqual({ output: 'json.fineprint', template: templateId, ...plan });
  });

  it('never overwrites its input, by the same name, a symlink or a hard link', async () => {
    const before = read('old.fineprint');
    for (const out of ['old.fineprint', './old.fineprint', 'link.fineprint', 'hard.fineprint']) {
      const r = await cli('upgrade', 'old.fineprint', '-o', out, '--template', 'mini-1.1.json');
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/is the input file; the upgrade never overwrites its input/);
    }
    const viaLink = await cli('upgrade', 'link.fineprint', '-o', 'old.fineprint', '--template', 'mini-1.1.json');
    expect(viaLink.code).toBe(2);
    expect(read('old.fineprint')).toBe(before);
  });

  it('exits 1 when the input is not a valid assessment or the template is not valid', async () => {
    const notJson = await cli('upgrade', 'notjson.fineprint', '-o', 'x.fineprint', '--template', 'mini-1.1.json');
    expect(notJson.code).toBe(1);
    expect(notJson.stdout).toMatch(/^notjson\.fineprint: /);
    const broken = await cli('upgrade', 'old.fineprint', '-o', 'x.fineprint', '--template', 'broken.json');
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/^broken\.json: /);
  });

  it('exits 2 on usage errors, unreadable files, and a template of another id or no newer version', async () => {
    expect((await cli('upgrade', 'old.fineprint')).stderr).toMatch(/missing -o <out\.fineprint>/);
    expect((await cli('upgrade', 'old.fineprint')).code).toBe(2);
    expect((await cli('upgrade', 'missing.fineprint', '-o', 'x.fineprint')).code).toBe(2);
    expect((await cli('upgrade', 'old.fineprint', '-o', 'x.fineprint', '--template', 'missing.json')).code).toBe(2);
    const other = await cli('upgrade', 'old.fineprint', '-o', 'x.fineprint', '--template', 'other.json');
    expect(other).toMatchObject({
      code: 2,
      stderr: 'fineprint upgrade: old.fineprint: cannot upgrade: the assessment uses template "mini", not "other"',
    });
    const same = await cli('upgrade', 'old.fineprint', '-o', 'x.fineprint', '--template', 'mini-1.0.json');
    expect(same).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/version 1\.0\.0 is not newer than the assessment's 1\.0\.0/) as unknown,
    });
    const noFolder = await cli('upgrade', 'old.fineprint', '-o', 'no-such-folder/x.fineprint', '--template', 'mini-1.1.json');
    expect(noFolder.code).toBe(2);
    expect(noFolder.stderr).toMatch(/^fineprint upgrade: cannot write no-such-folder\/x\.fineprint: /);
  });

  it('uses the bundled template by default, and refuses it for an assessment of another template', async () => {
    const r = await cli('upgrade', 'old.fineprint', '-o', 'bundled.fineprint');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/uses template "mini", not "ai-vendor-risk"/);
  });
});
