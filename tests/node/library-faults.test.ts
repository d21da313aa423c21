import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/core/assessment-schema';
import type { TemplateInfo } from '../../src/core/ipc-contract';
import { MAX_DOCUMENT_BYTES } from '../../src/core/json-input';
import { toStored } from '../../src/core/stored-assessment';
import { AssessmentLibrary } from '../../src/node/library/assessment-library';
import { testApp } from '../support/app-services';
import { miniTemplate } from '../support/builders';
import { memoryIndex } from '../support/memory-index';
import { tempDir } from '../support/temp';

const profile = { vendor: 'Example Vendor', service: 'Example Copilot', data: ['public'], actions: 'none' };

async function started(dir = tempDir(), index = memoryIndex()) {
  const lib = await AssessmentLibrary.open(dir, { index });
  const created = await lib.create(miniTemplate(), profile);
  const { templateRef } = await lib.get(created.id);
  const file = join(lib.paths.assessments, `${created.id}.fineprint`);
  return { dir, lib, created, templateRef, file, index };
}

const noted = (a: Assessment, text: string, at = '2026-11-26T10:00:00.000Z'): Assessment => ({
  ...a,
  updatedAt: at,
  answers: {
    'region-01': {
      response: { kind: 'option', option: 'bad' },
      notes: [{ id: 'n-1', text, visibility: 'shared', createdAt: at }],
      evidence: [],
    },
  },
});

describe('saves never produce a file the reader refuses', () => {
  it('refuses a save larger than the read limit with a clear message, keeping the file as it was', async () => {
    const { lib, created, templateRef, file } = await started();
    const before = readFileSync(file);
    // About 28 MB of history, as the attack's 28.7 MB save.
    const history = Array.from({ length: 7000 }, (_, i) => ({
      at: '2026-11-26T10:00:00.000Z',
      by: '',
      event: { kind: 'note' as const, text: `${i} ${'x'.repeat(3990)}` },
    }));
    const big = { ...created, history: [...created.history, ...history], updatedAt: '2026-11-26T10:00:00.000Z' };
    const error = await lib.save(toStored(big, templateRef)).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'invalid',
      message: expect.stringMatching(/not saved: it would be \d+\.\d MB, over the 25\.0 MB/) as unknown,
    });
    expect(readFileSync(file)).toEqual(before);
    expect(MAX_DOCUMENT_BYTES).toBe(25 * 1024 * 1024);
    // The next open still reads the last good save.
    expect(
      (await (await AssessmentLibrary.open(lib.paths.root.replace(/[\\/]library$/, ''), { index: memoryIndex() })).get(created.id))
        .assessment,
    ).toEqual(created);
  });
  it('refuses a save the reader would refuse (a reserved key), even from a caller that skipped validation', async () => {
    const { dir, lib, created, templateRef, file } = await started();
    const before = readFileSync(file);
    const hostile = JSON.parse('{"vendor":"Example Vendor","service":"Example Copilot","constructor":"x"}') as Assessment['profile'];
    const error = await lib.save(toStored({ ...created, profile: hostile }, templateRef)).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'invalid',
      message: expect.stringMatching(/not saved: FinePrint could not read it back .*constructor/) as unknown,
    });
    expect(readFileSync(file)).toEqual(before);
    expect((await AssessmentLibrary.open(dir, { index: memoryIndex() })).notices).toEqual([]);
  });
});

describe('recovery at start', () => {
  it('keeps the unreadable newest version in unreadable/ before restoring the backup, and says so', async () => {
    const { dir, lib, created, templateRef, file } = await started();
    await lib.save(toStored(noted(created, 'first'), templateRef));
    writeFileSync(file, '{"format":"fineprint/assess'); // the newest version, damaged
    const again = await AssessmentLibrary.open(dir, { index: memoryIndex() });
    const kept = readdirSync(again.paths.quarantine);
    expect(kept).toEqual([expect.stringMatching(new RegExp(`^${created.id}\\.fineprint\\.\\d+$`)) as unknown]);
    expect(readFileSync(join(again.paths.quarantine, kept[0] ?? ''), 'utf8')).toBe('{"format":"fineprint/assess');
    expect(again.notices[0]?.message).toMatch(
      /kept as “.*” in the “unreadable” folder of your library, and the previous version was restored from the backup/,
    );
    expect((await again.get(created.id)).assessment.profile.service).toBe('Example Copilot');
  });

  it('reading an assessment never writes: a file damaged while running is reported, not restored over', async () => {
    const { lib, created, templateRef, file } = await started();
    await lib.save(toStored(noted(created, 'first'), templateRef));
    writeFileSync(file, 'damaged while running');
    const mtime = statSync(file).mtimeMs;
    await expect(lib.get(created.id)).rejects.toMatchObject({
      code: 'io',
      message: expect.stringMatching(/could not be read.*Restart FinePrint/) as unknown,
    });
    expect(readFileSync(file, 'utf8')).toBe('damaged while running');
    expect(statSync(file).mtimeMs).toBe(mtime);
  });

  it('listing the templates never writes: a snapshot is stored only when an assessment uses it', async () => {
    const dir = tempDir();
    const app = await testApp(dir);
    const templates = app.services.library.paths.templates;
    const listed = await app.call<TemplateInfo[]>('templates:list');
    expect(listed.map((t) => t.id)).toContain('ai-vendor-risk');
    expect(readdirSync(templates)).toEqual([]);
    await app.call('assessment:create', { templateRef: listed[0]?.ref, profile: { vendor: 'Initech', service: 'Initech Router' } });
    expect(readdirSync(templates)).toHaveLength(1);
  });
});

describe('two writers', () => {
  it('queues saves of one assessment, so the last one sent is the one on disk', async () => {
    const { dir, lib, created, templateRef } = await started();
    const saves = Array.from({ length: 20 }, (_, i) => lib.save(toStored(noted(created, `version ${i}`), templateRef)));
    await Promise.all(saves);
    const again = await AssessmentLibrary.open(dir, { index: memoryIndex() });
    expect((await again.get(created.id)).assessment.answers['region-01']?.notes[0]?.text).toBe('version 19');
  });

  it('keeps both versions when another writer changed the file, and says what to do', async () => {
    const { dir, lib, created, templateRef, file } = await started();
    const other = await AssessmentLibrary.open(dir, { index: memoryIndex() });
    await other.get(created.id);
    await other.save(toStored(noted(created, 'theirs'), templateRef));
    const error = await lib.save(toStored(noted(created, 'mine'), templateRef)).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(
        /Another FinePrint or a sync tool changed “Example Copilot”.*Nothing was overwritten.*“Example Copilot \(conflict copy .*\)”/,
      ) as unknown,
    });
    const texts = () =>
      readdirSync(lib.paths.assessments)
        .filter((n) => n.endsWith('.fineprint'))
        .map((n) => (/"text":"(\w+)"/.exec(readFileSync(join(lib.paths.assessments, n), 'utf8')) ?? [])[1])
        .sort();
    expect(texts()).toEqual(['mine', 'theirs']);
    expect(readFileSync(file, 'utf8')).toMatch(/"text":"theirs"/);
    // The next change goes to the copy, not over the other writer's version.
    await lib.save(toStored(noted(created, 'later'), templateRef));
    expect(texts()).toEqual(['later', 'theirs']);
    expect(
      lib
        .list()
        .map((s) => s.service)
        .sort(),
    ).toEqual(['Example Copilot', expect.stringMatching(/^Example Copilot \(conflict copy/) as unknown]);
  });

  it('says "deleted elsewhere" when another instance deleted the assessment, and keeps the change', async () => {
    const { lib, created, templateRef, file } = await started();
    rmSync(file);
    const error = await lib.save(toStored(noted(created, 'mine'), templateRef)).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'not-found',
      message: expect.stringMatching(/“Example Copilot” was deleted elsewhere.*kept as a new assessment/) as unknown,
    });
    expect((error as Error).message).not.toMatch(/ENOENT|\//);
    expect(lib.list().map((s) => s.service)).toEqual([expect.stringMatching(/conflict copy/) as unknown]);
  });

  it('says "deleted elsewhere" on open when the file is gone', async () => {
    const { lib, created, file } = await started();
    rmSync(file);
    await expect(lib.get(created.id)).rejects.toMatchObject({
      code: 'not-found',
      message: expect.stringMatching(/was deleted elsewhere/) as unknown,
    });
  });

  it('lists a sync tool’s conflict copy as its own assessment, not a second row of the original', async () => {
    const { dir, created, file } = await started();
    writeFileSync(join(dir, 'library/assessments', `${created.id} (conflicted copy 2026-12-01).fineprint`), readFileSync(file));
    renameSync(file, join(dir, 'library/assessments', `Copy of ${created.id}.fineprint`));
    writeFileSync(file, readFileSync(join(dir, 'library/assessments', `Copy of ${created.id}.fineprint`)));
    const again = await AssessmentLibrary.open(dir, { index: memoryIndex() });
    const ids = again.list().map((s) => s.id);
    expect(new Set(ids).size).toBe(3);
    expect(ids).toContain(created.id);
    for (const id of ids) expect((await again.get(id)).assessment.id).toBe(id);
    expect(again.notices.filter((n) => n.kind === 'sync-copy')).toHaveLength(2);
    expect(existsSync(join(dir, 'library/assessments', `Copy of ${created.id}.fineprint`))).toBe(false);
  });
});

describe('the index written from a timer', () => {
  it('keeps working when the index cannot be written, and tells the user once', async () => {
    const index = memoryIndex();
    const told: string[] = [];
    const lib = await AssessmentLibrary.open(tempDir(), { index, onNotice: (n) => told.push(n.message) });
    index.write = () => {
      throw Object.assign(new Error('EROFS: read-only file system, open /home/u/.config/FinePrint/config.json'), { code: 'EROFS' });
    };
    const a = await lib.create(miniTemplate(), profile);
    expect(lib.flush()).toBe(false);
    expect(lib.flush()).toBe(false);
    expect(told).toEqual([
      expect.stringMatching(/could not update its list of your assessments \(the disk or folder is read-only\)/) as unknown,
    ]);
    expect(lib.list().map((s) => s.id)).toEqual([a.id]);
  });
});
