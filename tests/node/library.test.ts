import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeFineprint, encodeEnvelope } from '../../src/core/file-format';
import { startRound } from '../../src/core/rounds';
import { toStored } from '../../src/core/stored-assessment';
import { AssessmentLibrary, LibraryError } from '../../src/node/library/assessment-library';
import { miniAssessment, miniTemplate } from '../support/builders';
import { memoryIndex } from '../support/memory-index';
import { tempDir } from '../support/temp';

const profile = { vendor: 'Example Vendor', service: 'Example Copilot', data: ['public'], actions: 'none' };

async function openLibrary(dir: string, index = memoryIndex()) {
  return AssessmentLibrary.open(dir, { index });
}

describe('assessment library', () => {
  it('keeps one file per assessment and each template snapshot once', async () => {
    const dir = tempDir();
    const lib = await openLibrary(dir);
    const a = await lib.create(miniTemplate(), profile);
    const b = await lib.create(miniTemplate(), { ...profile, service: 'Second Service' });
    expect(readdirSync(lib.paths.assessments).sort()).toEqual([`${a.id}.fineprint`, `${b.id}.fineprint`].sort());
    expect(readdirSync(lib.paths.templates)).toHaveLength(1);
    const onDisk = JSON.parse(readFileSync(join(lib.paths.assessments, `${a.id}.fineprint`), 'utf8')) as { payload: { template: unknown } };
    expect(onDisk.payload.template).toEqual({ $ref: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) as unknown });
    expect(
      lib
        .list()
        .map((s) => s.service)
        .sort(),
    ).toEqual(['Example Copilot', 'Second Service']);
  });

  it('opens an entry an earlier FinePrint wrote (format 1), reading it forward without losing it', async () => {
    const dir = tempDir();
    const lib = await openLibrary(dir);
    const a = await lib.create(miniTemplate(), profile);
    lib.flush();
    const file = join(lib.paths.assessments, `${a.id}.fineprint`);
    const current = JSON.parse(readFileSync(file, 'utf8')) as { payload: Record<string, unknown> };
    // The entry as format 1 wrote it: history as sentences, hop jurisdictions as free text.
    const payload = {
      ...current.payload,
      history: [{ at: '2026-11-01T09:00:00.000Z', by: 'Ana', summary: 'Assessment started.' }],
      dataPath: [
        {
          id: 'hop-1',
          component: 'Inference',
          operator: 'Lab',
          region: 'US East',
          jurisdiction: 'United States',
          dataKinds: [],
          retention: '',
        },
      ],
    };
    writeFileSync(file, encodeEnvelope(payload, new Date('2026-11-01T09:00:00Z')).replace(/"formatVersion": \d+/, '"formatVersion": 1'));
    const again = await openLibrary(dir);
    expect(again.notices).toEqual([]);
    const { assessment } = await again.get(a.id);
    expect(assessment.history).toEqual([
      { at: '2026-11-01T09:00:00.000Z', by: 'Ana', event: { kind: 'note', text: 'Assessment started.' } },
    ]);
    expect(assessment.dataPath[0]).toMatchObject({ jurisdictions: [{ code: 'us' }], jurisdictionNote: 'United States' });
  });

  it('reads back exactly what was saved, after a restart', async () => {
    const dir = tempDir();
    const index = memoryIndex();
    const lib = await openLibrary(dir, index);
    const created = await lib.create(miniTemplate(), profile);
    const { templateRef } = await lib.get(created.id);
    const changed = { ...created, answers: miniAssessment({ 'region-01': 'bad' }).answers, updatedAt: '2026-11-26T10:00:00.000Z' };
    await lib.save(toStored(changed, templateRef));
    expect(lib.list()[0]).toMatchObject({ id: created.id, answered: 1, score: 65, rating: 'critical', openQuestions: 1 });
    lib.flush();
    const again = await openLibrary(dir, index);
    expect((await again.get(created.id)).assessment).toEqual(changed);
  });

  it('keeps the previous version as a backup on every save', async () => {
    const dir = tempDir();
    const lib = await openLibrary(dir);
    const a = await lib.create(miniTemplate(), profile);
    const { templateRef } = await lib.get(a.id);
    await lib.save(
      toStored({ ...a, updatedAt: '2026-11-26T10:00:00.000Z', answers: miniAssessment({ 'region-01': 'partial' }).answers }, templateRef),
    );
    const backup = join(lib.paths.assessments, `${a.id}.fineprint.bak`);
    expect(readFileSync(backup, 'utf8')).toMatch(/"answers":\{\}/);
  });

  it('restores a damaged file from its backup at start and tells the user', async () => {
    const dir = tempDir();
    const lib = await openLibrary(dir);
    const a = await lib.create(miniTemplate(), profile);
    const { templateRef } = await lib.get(a.id);
    await lib.save(toStored({ ...a, updatedAt: '2026-11-26T10:00:00.000Z' }, templateRef));
    const file = join(lib.paths.assessments, `${a.id}.fineprint`);
    writeFileSync(file, '{"format":"fineprint/assess'); // torn write
    const again = await openLibrary(dir);
    expect(again.notices).toEqual([
      expect.objectContaining({
        kind: 'restored-from-backup',
        message: expect.stringMatching(/Example Copilot.*restored from the backup/) as unknown,
      }),
    ]);
    expect((await again.get(a.id)).assessment.profile.service).toBe('Example Copilot');
  });

  it('moves an unreadable file without backup aside, never deleting it, and still opens', async () => {
    const dir = tempDir();
    const lib = await openLibrary(dir);
    const good = await lib.create(miniTemplate(), profile);
    const bad = '0f3c2b1a-1111-4222-8333-944455556666';
    writeFileSync(join(lib.paths.assessments, `${bad}.fineprint`), 'garbage');
    const again = await openLibrary(dir);
    expect(again.list().map((s) => s.id)).toEqual([good.id]);
    expect(again.notices[0]).toMatchObject({ kind: 'unreadable' });
    expect(readdirSync(again.paths.quarantine)[0]).toMatch(new RegExp(`^${bad}\\.fineprint\\.\\d+$`));
  });

  it('removes temporary files a crash left behind', async () => {
    const dir = tempDir();
    const lib = await openLibrary(dir);
    const a = await lib.create(miniTemplate(), profile);
    const stale = join(lib.paths.assessments, `${a.id}.fineprint.tmp-123-abcd`);
    writeFileSync(stale, '{"half":');
    await openLibrary(dir);
    expect(existsSync(stale)).toBe(false);
  });

  it('uses the index for unchanged files and re-reads files that changed', async () => {
    const dir = tempDir();
    const index = memoryIndex();
    const lib = await openLibrary(dir, index);
    const a = await lib.create(miniTemplate(), profile);
    // Someone else (another FinePrint window, a sync tool) changes the file: size and time differ.
    const other = await openLibrary(dir, memoryIndex());
    const { templateRef } = await other.get(a.id);
    await other.save(toStored({ ...a, profile: { ...a.profile, service: 'Renamed Service' } }, templateRef));
    utimesSync(join(lib.paths.assessments, `${a.id}.fineprint`), new Date(), new Date(Date.now() + 5000));
    expect((await openLibrary(dir, index)).list()[0]?.service).toBe('Renamed Service');
  });

  it('deletes to a recoverable trash', async () => {
    const dir = tempDir();
    const lib = await openLibrary(dir);
    const a = await lib.create(miniTemplate(), profile);
    const item = await lib.delete(a.id);
    expect(lib.list()).toEqual([]);
    expect((await openLibrary(dir)).list()).toEqual([]);
    await lib.restore(item.trashId);
    expect(lib.list().map((s) => s.id)).toEqual([a.id]);
    await expect(lib.restore(item.trashId)).rejects.toThrow(LibraryError);
  });

  it('asks before replacing on import, and can keep both', async () => {
    const dir = tempDir();
    const lib = await openLibrary(dir);
    const a = miniAssessment({ 'region-01': 'bad' });
    await lib.import(a);
    await expect(lib.import(a)).rejects.toMatchObject({ code: 'conflict' });
    const copy = await lib.import(a, 'keep-both');
    expect(copy.id).not.toBe(a.id);
    await lib.import({ ...a, profile: { ...a.profile, service: 'Replaced' } }, 'replace');
    expect(
      lib
        .list()
        .map((s) => s.service)
        .sort(),
    ).toEqual(['Example Copilot', 'Replaced']);
  });

  it('exports a self-contained .fineprint, leaving internal notes out unless asked', async () => {
    const dir = tempDir();
    const lib = await openLibrary(dir);
    const a = miniAssessment({ 'region-01': 'bad' });
    a.answers['region-01'] = {
      ...a.answers['region-01'],
      notes: [
        { id: 'n-1', text: 'Shared with the vendor', visibility: 'shared', createdAt: '2026-11-03T10:00:00.000Z' },
        { id: 'n-2', text: 'Our walk-away price', visibility: 'internal', createdAt: '2026-11-03T10:00:00.000Z' },
      ],
    };
    await lib.import(a);
    const shared = decodeFineprint(new TextEncoder().encode(await lib.export(a.id, { internalNotes: false })));
    expect(shared.ok && shared.value.integrityOk).toBe(true);
    expect(shared.ok && shared.value.assessment.answers['region-01']?.notes.map((n) => n.text)).toEqual(['Shared with the vendor']);
    expect(shared.ok && shared.value.assessment.template).toEqual(a.template);
    const full = decodeFineprint(new TextEncoder().encode(await lib.export(a.id, { internalNotes: true })));
    expect(full.ok && full.value.assessment.answers['region-01']?.notes).toHaveLength(2);
  });

  it('refuses a save whose answers do not fit the template, changing nothing', async () => {
    const dir = tempDir();
    const lib = await openLibrary(dir);
    const a = await lib.create(miniTemplate(), profile);
    const { templateRef } = await lib.get(a.id);
    const before = readFileSync(join(lib.paths.assessments, `${a.id}.fineprint`));
    const bad = { ...a, answers: { 'region-01': { response: { kind: 'option' as const, option: 'nonsense' }, notes: [], evidence: [] } } };
    await expect(lib.save(toStored(bad, templateRef))).rejects.toMatchObject({ code: 'invalid' });
    expect(readFileSync(join(lib.paths.assessments, `${a.id}.fineprint`))).toEqual(before);
  });
});

describe('an assessment with earlier rounds in the library', () => {
  it('keeps every round’s template as a snapshot reference, reads the rounds back whole, and saves without re-sending templates', async () => {
    const dir = tempDir();
    const lib = await openLibrary(dir);
    const created = await lib.create(miniTemplate(), profile);
    const at = { at: '2026-12-01T09:00:00.000Z', by: 'Ana Lima' };
    const round3 = startRound(startRound(created, undefined, at), undefined, { ...at, at: '2026-12-02T09:00:00.000Z' });
    await lib.write(round3);

    const file = join(lib.paths.assessments, `${created.id}.fineprint`);
    const onDisk = JSON.parse(readFileSync(file, 'utf8')) as { payload: { template: unknown; rounds: { template: unknown }[] } };
    expect(onDisk.payload.rounds).toHaveLength(2);
    const ref = { $ref: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) as unknown };
    for (const r of onDisk.payload.rounds) expect(r.template).toEqual(ref);
    expect(readdirSync(lib.paths.templates)).toHaveLength(1);

    const { assessment, templateRef } = await lib.get(created.id);
    expect(assessment.rounds.map((r) => [r.round, r.template.version])).toEqual([
      [1, '1.0.0'],
      [2, '1.0.0'],
    ]);
    const stored = toStored(assessment, templateRef);
    for (const r of stored.rounds) expect(r.template).toEqual(ref);
    await lib.save({ ...stored, updatedAt: '2026-12-03T09:00:00.000Z' });

    // A fresh start reads the entry from the file, every round's template resolved from its snapshot.
    const again = await openLibrary(dir);
    const back = await again.get(created.id);
    expect(back.assessment.round).toBe(3);
    expect(back.assessment.rounds.map((r) => r.template.checks.length)).toEqual([4, 4]);
    // Sharing the file embeds every template again, so it stands alone.
    const shared = decodeFineprint(new TextEncoder().encode(await again.export(created.id, { internalNotes: false })));
    expect(shared.ok && shared.value.assessment.rounds.map((r) => r.template.id)).toEqual(['mini', 'mini']);
  });

  it('refuses a save whose earlier round names a template snapshot the library does not have', async () => {
    const dir = tempDir();
    const lib = await openLibrary(dir);
    const created = await lib.create(miniTemplate(), profile);
    await lib.write(startRound(created, undefined, { at: '2026-12-01T09:00:00.000Z', by: '' }));
    const { assessment, templateRef } = await lib.get(created.id);
    const stored = toStored(assessment, templateRef);
    const missing = { ...stored, rounds: stored.rounds.map((r) => ({ ...r, template: { $ref: `sha256:${'0'.repeat(64)}` } })) };
    await expect(lib.save(missing)).rejects.toMatchObject({ code: 'invalid', message: expect.stringMatching(/earlier round/) as unknown });
  });
});
