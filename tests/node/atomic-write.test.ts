import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeAtomicFs, writeFileAtomic, type AtomicFs } from '../../src/node/atomic-write';
import { tempDir } from '../support/temp';

/** The real file system, recording each call that matters for durability, in order. */
function recordingFs(dir: string, failRename: string[] = []): AtomicFs & { calls: string[] } {
  const calls: string[] = [];
  const name = (p: string) => (p === dir ? '<folder>' : basename(p).replace(/\.tmp-.*$/, '.tmp'));
  const fs: AtomicFs & { calls: string[] } = {
    ...nodeAtomicFs,
    calls,
    open: async (path, flags, mode) => {
      const handle = await nodeAtomicFs.open(path, flags, mode);
      return {
        writeFile: (data) => (calls.push(`write ${name(path)}`), handle.writeFile(data)),
        sync: () => (calls.push(`fsync ${name(path)}`), handle.sync()),
        close: () => handle.close(),
        chmod: (m) => handle.chmod(m),
      };
    },
    rename: async (from, to) => {
      const code = failRename.shift();
      calls.push(`rename ${name(from)} -> ${name(to)}${code ? ` (${code})` : ''}`);
      if (code) throw Object.assign(new Error(`${code}: operation not permitted, rename`), { code });
      return nodeAtomicFs.rename(from, to);
    },
    link: (a, b) => (calls.push(`link ${name(a)} -> ${name(b)}`), nodeAtomicFs.link(a, b)),
  };
  return fs;
}

describe('atomic write', () => {
  it('fsyncs the new file before the rename, and the folder after it', async () => {
    const dir = tempDir();
    const fs = recordingFs(dir);
    await writeFileAtomic(join(dir, 'a.fineprint'), 'hello', { fs });
    expect(fs.calls).toEqual(['write a.fineprint.tmp', 'fsync a.fineprint.tmp', 'rename a.fineprint.tmp -> a.fineprint', 'fsync <folder>']);
    expect(readFileSync(join(dir, 'a.fineprint'), 'utf8')).toBe('hello');
  });

  it('keeps the backup before replacing, still between the two fsyncs', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.fineprint'), 'old');
    const fs = recordingFs(dir);
    await writeFileAtomic(join(dir, 'a.fineprint'), 'new', { fs, backup: true });
    expect(fs.calls).toEqual([
      'write a.fineprint.tmp',
      'fsync a.fineprint.tmp',
      'link a.fineprint -> a.fineprint.bak.tmp',
      'rename a.fineprint.bak.tmp -> a.fineprint.bak',
      'rename a.fineprint.tmp -> a.fineprint',
      'fsync <folder>',
    ]);
    expect(readFileSync(join(dir, 'a.fineprint.bak'), 'utf8')).toBe('old');
  });

  it('retries a rename that a scanner blocks for a moment (EPERM, EBUSY), with growing waits', async () => {
    const dir = tempDir();
    const fs = recordingFs(dir, ['EPERM', 'EBUSY', 'EPERM']);
    const waits: number[] = [];
    await writeFileAtomic(join(dir, 'a.fineprint'), 'hello', { fs, sleep: (ms) => (waits.push(ms), Promise.resolve()) });
    expect(waits).toEqual([10, 20, 40]);
    expect(readFileSync(join(dir, 'a.fineprint'), 'utf8')).toBe('hello');
  });

  it('gives up after a bounded number of attempts, leaving no temporary file', async () => {
    const dir = tempDir();
    const fs = recordingFs(dir, Array<string>(10).fill('EBUSY'));
    const waits: number[] = [];
    await expect(
      writeFileAtomic(join(dir, 'a.fineprint'), 'hello', { fs, sleep: (ms) => (waits.push(ms), Promise.resolve()) }),
    ).rejects.toMatchObject({
      code: 'EBUSY',
    });
    expect(waits).toEqual([10, 20, 40, 80, 160]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('does not retry an error that will not go away', async () => {
    const dir = tempDir();
    const fs = recordingFs(dir, ['EXDEV']);
    const waits: number[] = [];
    await expect(
      writeFileAtomic(join(dir, 'a.fineprint'), 'x', { fs, sleep: (ms) => (waits.push(ms), Promise.resolve()) }),
    ).rejects.toMatchObject({ code: 'EXDEV' });
    expect(waits).toEqual([]);
  });
});
