import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, lstatSync, mkdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeFineprint } from '../../src/core/file-format';
import type { OpenedAssessment, TemplateInfo } from '../../src/core/ipc-contract';
import { importFromPath } from '../../src/node/ipc/handlers';
import { readDocumentBytes } from '../../src/node/read-document';
import { testApp } from '../support/app-services';
import { miniAssessment } from '../support/builders';
import { runFineprint } from '../support/cli';
import { tempDir } from '../support/temp';

const root = join(import.meta.dirname, '../..');
const sample = join(root, 'templates/samples/model-api-zero-retention-eu.fineprint');
const posix = process.platform !== 'win32';
const linux = process.platform === 'linux';

/** The CLI's exit code and everything it printed, as a terminal shows it. */
async function cli(dir: string, ...args: string[]) {
  const r = await runFineprint(dir, ...args);
  return { code: r.code, output: [r.stdout, r.stderr].filter((t) => t !== '').join('\n') };
}

const fifo = (path: string) => execFileSync('mkfifo', [path]);

describe.runIf(posix)('files that are not ordinary files', () => {
  it('refuses a .fineprint that links to /dev/zero at once, by every way in', async () => {
    const dir = tempDir();
    const zero = join(dir, 'zero.fineprint');
    symlinkSync('/dev/zero', zero);
    const app = await testApp(dir);
    app.dialogs.answers.push(zero);
    expect(await app.raw('assessment:import')).toMatchObject({
      ok: false,
      error: { code: 'io', message: 'zero.fineprint is a device, not a file; FinePrint reads only ordinary files.' },
    });
    expect(await importFromPath(app.services, zero)).toMatchObject({
      status: 'invalid',
      message: expect.stringMatching(/zero\.fineprint is a device/) as unknown,
    });
    expect(await cli(dir, 'validate', 'zero.fineprint')).toEqual({
      code: 2,
      output: 'zero.fineprint: $: is a device, not a file; FinePrint reads only ordinary files',
    });
  });

  it('never opens a FIFO: the dialog, the operating system and the CLI refuse it, and saves still complete afterwards', async () => {
    const dir = tempDir();
    const app = await testApp(dir);
    // More pipes than libuv has threads: each blocked open() used to hold one for good.
    for (let i = 0; i < 6; i++) {
      const pipe = join(dir, `pipe-${i}.fineprint`);
      fifo(pipe);
      app.dialogs.answers.push(pipe);
      expect(await app.raw('assessment:import')).toMatchObject({
        ok: false,
        error: { message: `pipe-${i}.fineprint is a named pipe, not a file; FinePrint reads only ordinary files.` },
      });
      expect(await importFromPath(app.services, pipe)).toMatchObject({ status: 'invalid' });
      expect(await cli(dir, 'validate', `pipe-${i}.fineprint`)).toMatchObject({
        code: 2,
        output: expect.stringMatching(/named pipe/) as unknown,
      });
      app.dialogs.answers.push(pipe);
      expect(await app.raw('evidence:hash-document')).toMatchObject({
        ok: false,
        error: { message: expect.stringMatching(/named pipe/) as unknown },
      });
    }
    const templateRef = (await app.call<TemplateInfo[]>('templates:list'))[0]?.ref;
    const opened = await app.call<OpenedAssessment>('assessment:create', {
      templateRef,
      profile: { vendor: 'V', service: 'After the pipes' },
    });
    expect(await app.call('assessment:save', { assessment: { ...opened.assessment, updatedAt: new Date().toISOString() } })).toMatchObject({
      savedAt: expect.any(String) as unknown,
    });
  });

  it('reads a symbolic link to an ordinary file the user chose', async () => {
    const dir = tempDir();
    copyFileSync(sample, join(dir, 'real.fineprint'));
    symlinkSync(join(dir, 'real.fineprint'), join(dir, 'link.fineprint'));
    const app = await testApp(dir);
    expect(await importFromPath(app.services, join(dir, 'link.fineprint'))).toMatchObject({ status: 'imported' });
  });

  it('skips pipes and devices in custom-templates/ and the library folder at start, with a notice', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'custom-templates'), { recursive: true });
    mkdirSync(join(dir, 'library/assessments'), { recursive: true });
    symlinkSync('/dev/zero', join(dir, 'custom-templates/zero.json'));
    fifo(join(dir, 'custom-templates/pipe.json'));
    symlinkSync('/dev/zero', join(dir, 'library/assessments/0f3c2b1a-1111-4222-8333-944455556666.fineprint'));
    fifo(join(dir, 'library/assessments/1f3c2b1a-1111-4222-8333-944455556666.fineprint'));
    const app = await testApp(dir);
    const messages = app.services.notices.map((n) => n.message).join('\n');
    expect(messages).toMatch(/zero\.json is a device/);
    expect(messages).toMatch(/pipe\.json is a named pipe/);
    expect(messages).toMatch(/could not be read \(the file is a device/);
    expect(messages).toMatch(/could not be read \(the file is a named pipe/);
    expect(await app.call('library:list')).toEqual([]);
  });

  it.runIf(linux)('stops reading at the limit whatever the size claims', async () => {
    // /proc files claim a size of 0 and hold more.
    expect(statSync('/proc/self/status').size).toBe(0);
    expect(await readDocumentBytes('/proc/self/status', 100)).toEqual({
      ok: false,
      kind: 'too-large',
      message: 'is larger than the limit of 0.0 MB',
    });
    const whole = await readDocumentBytes('/proc/self/status');
    expect(whole.ok && whole.bytes.length).toBeGreaterThan(100);
  });
});

describe('templates with unusual ids', () => {
  it('lists a template whose id ends in ".schema" instead of leaving an orphan file', async () => {
    const dir = tempDir();
    const app = await testApp(dir);
    const custom = JSON.parse(readFileSync(join(root, 'templates/ai-vendor-risk.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(dir, 'x.json'), JSON.stringify({ ...custom, id: 'x.schema', title: 'X' }));
    app.dialogs.answers.push(join(dir, 'x.json'));
    expect(await app.call('templates:import')).toMatchObject({ status: 'imported', template: { id: 'x.schema' } });
    const again = await testApp(dir);
    expect((await again.call<TemplateInfo[]>('templates:list')).map((t) => t.id)).toContain('x.schema');
  });
});

describe('the CLI and hostile text', () => {
  it('shows bidirectional overrides and controls in names as visible escapes', async () => {
    const dir = tempDir();
    const a = miniAssessment({}, { service: 'Safe\u202Eexe.fdp\u202C Copilot', vendor: 'Vendor\u2066x\u2069' });
    writeFileSync(join(dir, 'bidi.fineprint'), encodeFineprint(a));
    const r = await cli(dir, 'validate', 'bidi.fineprint');
    expect(r.output).toBe(
      'bidi.fineprint: valid assessment of Safe\\u202Eexe.fdp\\u202C Copilot (Vendor\\u2066x\\u2069), template mini 1.0.0',
    );
    expect(r.output).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });
});

describe.runIf(posix)('exporting over an existing file', () => {
  it('keeps the target’s permissions and writes through a symbolic link the user chose', async () => {
    const dir = tempDir();
    const app = await testApp(dir);
    const summary = await app.call<{ id: string }>('library:open-sample', { fileName: 'model-api-zero-retention-eu.fineprint' });
    const target = join(dir, 'shared.fineprint');
    writeFileSync(target, 'old');
    chmodSync(target, 0o644);
    app.dialogs.answers.push(target);
    await app.call('assessment:export', { id: summary.id, internalNotes: false });
    expect(statSync(target).mode & 0o777).toBe(0o644);
    expect(readFileSync(target, 'utf8')).toMatch(/"format"/);
    mkdirSync(join(dir, 'real'));
    writeFileSync(join(dir, 'real/out.fineprint'), 'old');
    symlinkSync(join(dir, 'real/out.fineprint'), join(dir, 'link.fineprint'));
    app.dialogs.answers.push(join(dir, 'link.fineprint'));
    await app.call('assessment:export', { id: summary.id, internalNotes: false });
    expect(lstatSync(join(dir, 'link.fineprint')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.fineprint'))).toBe(join(dir, 'real/out.fineprint'));
    expect(readFileSync(join(dir, 'real/out.fineprint'), 'utf8')).toMatch(/"format"/);
  });
});
