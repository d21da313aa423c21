import { describe, expect, it } from 'vitest';
import { describeUnexpectedFsError, describeWriteError, fsFault, stripPaths } from '../../src/node/fs-errors';
import { createHandlers, dispatch } from '../../src/node/ipc/handlers';
import { PendingImports } from '../../src/node/library/import-policy';
import { testApp } from '../support/app-services';
import { miniAssessment } from '../support/builders';
import { tempDir } from '../support/temp';

const errno = (code: string, syscall: string, path: string) =>
  Object.assign(new Error(`${code}: something, ${syscall} '${path}'`), { code, syscall, path, errno: -1 });

describe('file-system errors in words', () => {
  it('maps each errno code to a fault the window can word', () => {
    expect(['ENOSPC', 'EROFS', 'EACCES', 'ENOENT', 'EBUSY', 'EMFILE', 'EIO'].map((c) => fsFault(errno(c, 'open', '/x')))).toEqual([
      'disk-full',
      'read-only',
      'permission',
      'not-found',
      'busy',
      'too-many-open-files',
      'other',
    ]);
    expect(fsFault(new Error('not a file-system error'))).toBeUndefined();
    expect(describeWriteError(errno('ENOSPC', 'write', '/x'))).toBe('the disk is full');
    expect(describeWriteError(errno('EROFS', 'open', '/x'))).toBe('the disk or folder is read-only');
  });

  it('shortens paths to the file name, or to what the user knows', () => {
    expect(stripPaths("EACCES: permission denied, open '/home/ann/.config/FinePrint/library/assessments/x.fineprint'")).toBe(
      'EACCES: permission denied, open “x.fineprint”',
    );
    expect(
      describeUnexpectedFsError(errno('ENOSPC', 'write', '/home/ann/.config/FinePrint/library/assessments/x.fineprint'), [
        { path: '/home/ann/.config/FinePrint/library', label: 'your library folder' },
      ]),
    ).toBe('FinePrint could not write your library folder: the disk is full.');
  });

  it('reaches the window as a sentence without the raw message or the path', async () => {
    const app = await testApp(tempDir());
    const handlers = createHandlers(app.services);
    const failing = {
      ...handlers,
      'library:list': () => Promise.reject(errno('ENOSPC', 'write', '/home/ann/.config/FinePrint/settings.json')),
    };
    const r = await dispatch(failing, 'library:list', undefined);
    expect(r).toEqual({ ok: false, error: { code: 'io', message: 'FinePrint could not write “settings.json”: the disk is full.' } });
  });
});

describe('pending imports', () => {
  it('forget an import once it is resolved, after half an hour, and beyond eight', () => {
    let now = 0;
    const pending = new PendingImports(() => now);
    const a = miniAssessment();
    const first = pending.add(a);
    expect(pending.take(first)).toBe(a);
    expect(pending.take(first)).toBeUndefined();
    const old = pending.add(a);
    now += 31 * 60 * 1000;
    expect(pending.take(old)).toBeUndefined();
    const tokens = Array.from({ length: 12 }, () => pending.add(a));
    expect(pending.size).toBe(8);
    expect(pending.take(tokens[0] ?? '')).toBeUndefined();
    expect(pending.take(tokens[11] ?? '')).toBe(a);
  });
});
