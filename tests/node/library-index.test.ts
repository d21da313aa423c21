import * as fs from 'node:fs';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LibraryIndexFile, type IndexFs } from '../../src/node/library/library-index-file';
import { testApp } from '../support/app-services';
import { miniTemplate } from '../support/builders';
import { confStore } from '../support/conf-store';
import { pngImage } from '../support/images';
import { tempDir } from '../support/temp';

const profile = { vendor: 'Example Vendor', service: 'Example Copilot', data: ['public'], actions: 'none' };
const indexFile = (dir: string) => join(dir, 'library-index.json');
const settingsOf = (dir: string) => JSON.parse(readFileSync(confStore(dir).path, 'utf8')) as Record<string, unknown>;

/** A data folder with a logo in the settings and two assessments, its index written. */
async function libraryWithLogo(dir: string) {
  const app = await testApp(dir);
  app.services.settings.update({
    organisation: 'Contoso',
    logo: { mediaType: 'image/png', fileName: 'logo.png', base64: pngImage(64, 64).toString('base64') },
  });
  const a = await app.services.library.create(miniTemplate(), profile);
  const b = await app.services.library.create(miniTemplate(), { ...profile, service: 'Second Service' });
  expect(app.services.library.flush()).toBe(true);
  return { app, ids: [a.id, b.id] };
}

/**
 * A data folder as libraryWithLogo leaves it, and its index with the first assessment's service
 * renamed to `service`: a listing that shows that name was read from the index, not from the file.
 */
async function indexRemembering(dir: string, service: string): Promise<Record<string, { summary: { service: string } }>> {
  const { ids } = await libraryWithLogo(dir);
  const index = JSON.parse(readFileSync(indexFile(dir), 'utf8')) as Record<string, { summary: { service: string } }>;
  const first = index[ids[0] ?? ''];
  if (!first) throw new Error('the index has no entry for the first assessment');
  first.summary.service = service;
  return index;
}

describe('the library index', () => {
  it('is written to its own file: an index flush leaves settings.json (logo and all) untouched', async () => {
    const dir = tempDir();
    const { app } = await libraryWithLogo(dir);
    const settingsBefore = readFileSync(confStore(dir).path, 'utf8');
    const mtimeBefore = statSync(confStore(dir).path).mtimeMs;
    await app.services.library.create(miniTemplate(), { ...profile, service: 'Third Service' });
    expect(app.services.library.flush()).toBe(true);
    expect(readFileSync(confStore(dir).path, 'utf8')).toBe(settingsBefore);
    expect(statSync(confStore(dir).path).mtimeMs).toBe(mtimeBefore);
    expect(settingsBefore).not.toMatch(/libraryIndex|Example Copilot/);
    const onDisk = JSON.parse(readFileSync(indexFile(dir), 'utf8')) as Record<string, { summary: { service: string } }>;
    expect(
      Object.values(onDisk)
        .map((e) => e.summary.service)
        .sort(),
    ).toEqual(['Example Copilot', 'Second Service', 'Third Service']);
  });

  it('is used at the next start: an unchanged file is listed from the index, not parsed again', async () => {
    const dir = tempDir();
    const index = await indexRemembering(dir, 'As the index remembers it');
    writeFileSync(indexFile(dir), JSON.stringify(index));
    const again = await testApp(dir);
    expect(again.services.notices).toEqual([]);
    expect(again.services.library.list().map((s) => s.service)).toContain('As the index remembers it');
  });

  it('moves over from the settings file an older version kept it in, and the old key is removed', async () => {
    const dir = tempDir();
    const index = await indexRemembering(dir, 'As the old index remembers it');
    rmSync(indexFile(dir));
    writeFileSync(confStore(dir).path, JSON.stringify({ ...settingsOf(dir), libraryIndex: index }));

    const again = await testApp(dir);
    expect(again.services.notices).toEqual([]);
    expect(again.services.library.list().map((s) => s.service)).toContain('As the old index remembers it');
    expect(settingsOf(dir)).not.toHaveProperty('libraryIndex');
    expect(settingsOf(dir)).toMatchObject({ organisation: 'Contoso', logo: { fileName: 'logo.png' } });
    expect(JSON.parse(readFileSync(indexFile(dir), 'utf8'))).toEqual(index);
  });

  it('prefers its own file over a stale copy left in the settings file, and removes the copy', async () => {
    const dir = tempDir();
    await libraryWithLogo(dir);
    writeFileSync(confStore(dir).path, JSON.stringify({ ...settingsOf(dir), libraryIndex: { stale: true } }));
    const again = await testApp(dir);
    expect(again.services.notices).toEqual([]);
    expect(again.services.library.list()).toHaveLength(2);
    expect(settingsOf(dir)).not.toHaveProperty('libraryIndex');
  });

  it.each([
    ['not JSON', '{"7d4f'],
    ['empty', ''],
    ['of the wrong shape', JSON.stringify({ a: { size: 'big' } })],
  ])('when its file is %s, is rebuilt from the assessments with nothing lost, and says so', async (_, text) => {
    const dir = tempDir();
    await libraryWithLogo(dir);
    writeFileSync(indexFile(dir), text);
    const again = await testApp(dir);
    expect(
      again.services.library
        .list()
        .map((s) => s.service)
        .sort(),
    ).toEqual(['Example Copilot', 'Second Service']);
    expect(again.services.notices).toEqual([expect.objectContaining({ kind: 'index-rebuilt' })]);
    expect(again.services.library.flush()).toBe(true);
    expect(Object.keys(JSON.parse(readFileSync(indexFile(dir), 'utf8')) as object)).toHaveLength(2);
  });

  it('when its file is missing, is rebuilt from the assessments quietly', async () => {
    const dir = tempDir();
    await libraryWithLogo(dir);
    rmSync(indexFile(dir));
    const again = await testApp(dir);
    expect(again.services.notices).toEqual([]);
    expect(again.services.library.list()).toHaveLength(2);
    again.services.library.flush();
    expect(existsSync(indexFile(dir))).toBe(true);
  });
});

describe('the library index file', () => {
  const failing = (code: string, times: number): IndexFs & { renames: number } => {
    const fsCalls = {
      renames: 0,
      writeFileSync: fs.writeFileSync,
      rmSync: fs.rmSync,
      renameSync: (from: string, to: string) => {
        fsCalls.renames += 1;
        if (fsCalls.renames <= times) throw Object.assign(new Error(`${code}: busy`), { code });
        fs.renameSync(from, to);
      },
    };
    return fsCalls;
  };

  it('retries a rename an antivirus or indexer holds up for a moment, then writes', async () => {
    const dir = tempDir();
    const file = await LibraryIndexFile.open(indexFile(dir), undefined, failing('EBUSY', 2));
    file.write({});
    expect(readFileSync(indexFile(dir), 'utf8')).toBe('{}');
    expect(fs.readdirSync(dir)).toEqual(['library-index.json']);
  });

  it('gives up on a write that keeps failing, leaving the old index and no temporary file', async () => {
    const dir = tempDir();
    writeFileSync(indexFile(dir), '{}');
    const calls = failing('EPERM', 99);
    const file = await LibraryIndexFile.open(indexFile(dir), undefined, calls);
    expect(() => file.write({})).toThrow(/EPERM/);
    expect(calls.renames).toBe(4);
    expect(fs.readdirSync(dir)).toEqual(['library-index.json']);
  });

  it('removes the temporary files a crash left beside it', async () => {
    const dir = tempDir();
    writeFileSync(`${indexFile(dir)}.tmp-0a1b2c`, '{"half');
    writeFileSync(join(dir, 'positions.json'), '{}');
    await LibraryIndexFile.open(indexFile(dir));
    expect(fs.readdirSync(dir)).toEqual(['positions.json']);
  });

  it('keeps an older version’s index in the settings file when it cannot be moved yet', async () => {
    const dir = tempDir();
    const { ids } = await libraryWithLogo(dir);
    const index = JSON.parse(readFileSync(indexFile(dir), 'utf8')) as unknown;
    rmSync(indexFile(dir));
    const file = await LibraryIndexFile.open(indexFile(dir), index, failing('EROFS', 99));
    expect(file.onDisk).toBe(false);
    expect(file.read()).toEqual(index);
    expect(Object.keys(index as object).sort()).toEqual([...ids].sort());
  });
});
