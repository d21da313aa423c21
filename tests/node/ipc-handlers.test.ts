import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeFineprint } from '../../src/core/file-format';
import { IPC_CHANNELS, type OpenedAssessment, type TemplateInfo, type UpgradeOffer, type VendorReview } from '../../src/core/ipc-contract';
import { SHEET, columnNumber, optionWords } from '../../src/node/questionnaire/layout';
import { readWorkbook } from '../support/workbook';
import type { Template } from '../../src/core/template-schema';
import { createHandlers, importFromPath, type HandlerTable } from '../../src/node/ipc/handlers';
import { dispatchCheckingReplies, replyProblems } from '../../src/node/ipc/reply-check';
import type { LibrarySummary } from '../../src/core/library-summary';
import { checkedReplies, testApp } from '../support/app-services';
import { miniTemplateInput } from '../support/builders';
import { pngImage } from '../support/images';
import { miniTemplateV2Input } from '../support/upgrade-builders';
import { tempDir } from '../support/temp';

const root = join(import.meta.dirname, '../..');
const sample = join(root, 'templates/samples/model-api-zero-retention-eu.fineprint');
const profile = { vendor: 'Fabrikam AI', service: 'Fabrikam Assistant', data: ['personal'], jurisdictions: ['eu'] };

/** A payload that is wrong for every channel that takes one, and one for those that take none. */
const malformed: Record<string, unknown[]> = {
  'settings:update': [{ paperSize: 'a5' }, { organisation: 42 }, 'x'],
  'library:open-sample': [{ fileName: '../../etc/passwd' }, {}],
  'templates:get': [{ ref: 'sha256:xyz' }, { ref: 1 }],
  'templates:remove': [{ id: 'Not An Id' }],
  'assessment:create': [{ templateRef: 'sha256:00', profile }, { templateRef: `sha256:${'0'.repeat(64)}` }],
  'assessment:open': [{ id: 'not-a-uuid' }, { id: 1 }, null],
  'assessment:save': [{ assessment: { id: 'x' } }, {}],
  'assessment:delete': [{ id: '../x' }],
  'assessment:restore': [{ trashId: 'x'.repeat(500) }],
  'assessment:resolve-import': [{ token: 't', choice: 'merge' }],
  'assessment:export': [{ id: '7d4f0c2e-5b1a-4c3e-9f6a-2b8d1e0a3c51', internalNotes: 'yes' }],
  'report:export-pdf': [{ id: '7d4f0c2e-5b1a-4c3e-9f6a-2b8d1e0a3c51', options: { paper: 'a3' } }],
  'shell:open-saved': [{ token: 5 }, { path: '/etc/passwd' }],
};

describe('every IPC channel validates its request', () => {
  it.each(Object.keys(IPC_CHANNELS))('%s refuses malformed payloads with a typed error', async (channel) => {
    const app = await testApp(tempDir());
    const payloads = malformed[channel] ?? [{ unexpected: true }, 'text', 42];
    for (const payload of payloads) {
      const r = await app.raw(channel, payload);
      expect(r).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringContaining(channel) as unknown } });
    }
  });

  it('refuses an unknown channel', async () => {
    const app = await testApp(tempDir());
    expect(await app.raw('fs:read', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});

describe('the handlers, as the window uses them', () => {
  it('creates, saves and reopens an assessment; the library lists it', async () => {
    const dir = tempDir();
    const app = await testApp(dir);
    const [template] = await app.call<TemplateInfo[]>('templates:list');
    expect(template).toMatchObject({ id: 'ai-vendor-risk', source: 'bundled' });
    const created = await app.call<OpenedAssessment>('assessment:create', { templateRef: template?.ref, profile });
    const a = created.assessment;
    const firstCheck = 'region-01';
    await app.call('assessment:save', {
      assessment: { ...a, answers: { [firstCheck]: { response: { kind: 'option', option: 'both-named' }, notes: [], evidence: [] } } },
    });
    expect((await app.call<LibrarySummary[]>('library:list'))[0]?.answered).toBe(1);
    app.services.library.flush();
    const again = await testApp(dir);
    const reopened = await again.call<OpenedAssessment>('assessment:open', { id: a.id });
    expect(reopened.assessment.answers[firstCheck]?.response).toEqual({ kind: 'option', option: 'both-named' });
    expect((await again.call<LibrarySummary[]>('library:list')).map((s) => s.service)).toEqual(['Fabrikam Assistant']);
  });

  it('opens a bundled sample into the library', async () => {
    const app = await testApp(tempDir());
    const samples = await app.call<{ fileName: string }[]>('library:list-samples');
    expect(samples).toHaveLength(4);
    const summary = await app.call<LibrarySummary>('library:open-sample', { fileName: 'model-api-zero-retention-eu.fineprint' });
    expect(summary.rating).toBe('low');
  });

  it('imports a .fineprint chosen in the dialog, asks on a conflict, and can keep both', async () => {
    const dir = tempDir();
    const app = await testApp(dir);
    app.dialogs.answers.push(sample);
    expect(await app.call('assessment:import')).toMatchObject({ status: 'imported' });
    const changed = JSON.parse(readFileSync(sample, 'utf8')) as { payload: { profile: { service: string } } };
    changed.payload.profile.service = 'Renamed by a colleague';
    writeFileSync(join(dir, 'changed.fineprint'), JSON.stringify(changed));
    app.dialogs.answers.push(join(dir, 'changed.fineprint'));
    const conflict = await app.call<{ status: string; token: string }>('assessment:import');
    expect(conflict).toMatchObject({ status: 'conflict' });
    expect(await app.call('assessment:resolve-import', { token: conflict.token, choice: 'keep-both' })).toMatchObject({
      status: 'imported',
    });
    expect(await app.call<LibrarySummary[]>('library:list')).toHaveLength(2);
  });

  it('refuses each kind of bad file with a clear error naming it, and changes nothing in the library', async () => {
    const dir = tempDir();
    const app = await testApp(dir);
    await app.call('library:open-sample', { fileName: 'model-api-zero-retention-eu.fineprint' });
    const before = readdirSync(join(dir, 'library/assessments')).sort();
    const bad: [string, string | Uint8Array, RegExp][] = [
      ['empty.fineprint', '', /empty\.fineprint could not be imported: is empty/],
      ['notjson.fineprint', 'hello', /notjson\.fineprint could not be imported: is not valid JSON/],
      ['truncated.fineprint', readFileSync(sample, 'utf8').slice(0, 5000), /truncated\.fineprint could not be imported: .*truncated/],
      [
        'newer.fineprint',
        JSON.stringify({ format: 'fineprint/assessment', formatVersion: 7, app: 'FinePrint 7.1.0' }),
        /update to FinePrint 7\.1\.0 or later/,
      ],
      ['binary.fineprint', new Uint8Array([0, 1, 2, 3, 255]), /binary file/],
    ];
    for (const [name, content, message] of bad) {
      const path = join(dir, name);
      writeFileSync(path, content);
      app.dialogs.answers.push(path);
      const r = await app.raw('assessment:import');
      expect(r).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringMatching(message) as unknown } });
    }
    expect(readdirSync(join(dir, 'library/assessments')).sort()).toEqual(before);
  });

  it('imports a file changed outside FinePrint with a visible warning', async () => {
    const dir = tempDir();
    const app = await testApp(dir);
    const edited = JSON.parse(readFileSync(sample, 'utf8')) as { payload: { profile: { vendor: string } } };
    edited.payload.profile.vendor = 'Edited by hand';
    writeFileSync(join(dir, 'edited.fineprint'), JSON.stringify(edited));
    app.dialogs.answers.push(join(dir, 'edited.fineprint'));
    const r = await app.call<{ warnings: string[] }>('assessment:import');
    expect(r.warnings.join()).toMatch(/edited\.fineprint: .*changed outside FinePrint/);
  });

  it('exports a .fineprint where the user chose, without internal notes unless asked, and can open it', async () => {
    const dir = tempDir();
    const app = await testApp(dir);
    const s = await app.call<LibrarySummary>('library:open-sample', { fileName: 'suite-copilot-second-model-maker.fineprint' });
    app.dialogs.answers.push(join(dir, 'shared.fineprint'));
    const out = await app.call<{ status: string; filePath: string; token: string }>('assessment:export', {
      id: s.id,
      internalNotes: false,
    });
    expect(out).toMatchObject({ status: 'saved', filePath: join(dir, 'shared.fineprint') });
    const decoded = decodeFineprint(readFileSync(out.filePath));
    const notes = decoded.ok ? Object.values(decoded.value.assessment.answers).flatMap((a) => a.notes) : [];
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.every((n) => n.visibility === 'shared')).toBe(true);
    expect(await app.call('shell:open-saved', { token: out.token })).toEqual({ opened: true });
    expect(app.shell.opened).toEqual([out.filePath]);
    expect(await app.call('shell:open-saved', { token: 'forged' })).toEqual({ opened: false });
  });

  it('reports a canceled dialog as canceled, not as an error', async () => {
    const app = await testApp(tempDir());
    app.dialogs.answers.push(undefined);
    expect(await app.call('assessment:import')).toEqual({ status: 'canceled' });
  });

  it('imports a custom template with readable errors, lists it and removes it', async () => {
    const dir = tempDir();
    const app = await testApp(dir);
    const custom = JSON.parse(readFileSync(join(root, 'templates/ai-vendor-risk.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...custom, id: 'my-checklist', checks: [] }));
    app.dialogs.answers.push(join(dir, 'bad.json'));
    expect(await app.raw('templates:import')).toMatchObject({
      ok: false,
      error: { code: 'invalid', message: expect.stringMatching(/bad\.json is not a valid checklist template: \$\.checks/) as unknown },
    });
    writeFileSync(join(dir, 'good.json'), JSON.stringify({ ...custom, id: 'my-checklist', title: 'My checklist' }));
    app.dialogs.answers.push(join(dir, 'good.json'));
    expect(await app.call('templates:import')).toMatchObject({ status: 'imported', template: { id: 'my-checklist', source: 'custom' } });
    expect((await app.call<TemplateInfo[]>('templates:list')).map((t) => t.id)).toEqual(['ai-vendor-risk', 'my-checklist']);
    expect((await app.call<TemplateInfo[]>('templates:remove', { id: 'my-checklist' })).map((t) => t.id)).toEqual(['ai-vendor-risk']);
    expect(await app.raw('templates:remove', { id: 'ai-vendor-risk' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('fingerprints an evidence document chosen in the dialog', async () => {
    const dir = tempDir();
    const app = await testApp(dir);
    writeFileSync(join(dir, 'dpa.pdf'), 'abc');
    app.dialogs.answers.push(join(dir, 'dpa.pdf'));
    expect(await app.call('evidence:hash-document')).toEqual({
      status: 'hashed',
      fileName: 'dpa.pdf',
      sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    });
  });

  it('deletes with undo', async () => {
    const app = await testApp(tempDir());
    const s = await app.call<LibrarySummary>('library:open-sample', { fileName: 'model-api-zero-retention-eu.fineprint' });
    const { trashId } = await app.call<{ trashId: string }>('assessment:delete', { id: s.id });
    expect(await app.call('library:list')).toEqual([]);
    await app.call('assessment:restore', { trashId });
    expect(await app.call<LibrarySummary[]>('library:list')).toHaveLength(1);
  });

  it('stores settings, including a logo chosen in the dialog, and refuses a non-image', async () => {
    const dir = tempDir();
    const app = await testApp(dir);
    await app.call('settings:update', { organisation: 'Contoso', assessor: 'Ana Lima' });
    const png = pngImage(2, 1);
    writeFileSync(join(dir, 'logo.png'), png);
    app.dialogs.answers.push(join(dir, 'logo.png'));
    expect(await app.call('settings:choose-logo')).toMatchObject({
      organisation: 'Contoso',
      logo: { mediaType: 'image/png', fileName: 'logo.png' },
    });
    writeFileSync(join(dir, 'logo.txt.png'), 'not an image');
    app.dialogs.answers.push(join(dir, 'logo.txt.png'));
    expect(await app.raw('settings:choose-logo')).toMatchObject({
      ok: false,
      error: { message: 'logo.txt.png is not a PNG or JPEG image.' },
    });
  });
});

describe('import errors read as sentences', () => {
  it('keep file locations out of the message and in the details', async () => {
    const dir = tempDir();
    const app = await testApp(dir);
    writeFileSync(
      join(dir, 'newer.fineprint'),
      JSON.stringify({ format: 'fineprint/assessment', formatVersion: 7, app: 'FinePrint 7.1.0' }),
    );
    app.dialogs.answers.push(join(dir, 'newer.fineprint'));
    const r = await app.raw('assessment:import');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message).not.toMatch(/\$\.|\(at /);
    expect(r.error.details?.[0]).toMatch(/^\$\.formatVersion: /);
  });
});

describe('one import policy, whichever way the file arrives', () => {
  it('opens an identical copy with the same words from the dialog and from the operating system, and asks the same question for a changed one', async () => {
    const dir = tempDir();
    const app = await testApp(dir);
    await importFromPath(app.services, sample);
    app.dialogs.answers.push(sample);
    const viaDialog = await app.call('assessment:import');
    const viaOs = await importFromPath(app.services, sample);
    expect(viaDialog).toEqual(viaOs);
    expect(viaOs).toMatchObject({ status: 'already-in-library', summary: { rating: 'low' } });
    const changed = JSON.parse(readFileSync(sample, 'utf8')) as { payload: { profile: { service: string } } };
    changed.payload.profile.service = 'Renamed by a colleague';
    writeFileSync(join(dir, 'changed.fineprint'), JSON.stringify(changed));
    app.dialogs.answers.push(join(dir, 'changed.fineprint'));
    const askDialog = await app.call<{ token: string }>('assessment:import');
    const askOs = await importFromPath(app.services, join(dir, 'changed.fineprint'));
    expect({ ...askDialog, token: '' }).toEqual({ ...askOs, token: '' });
    expect(askOs).toMatchObject({ status: 'conflict', service: 'Renamed by a colleague' });
  });
});

describe('a .fineprint opened from the operating system', () => {
  it('is imported and reported for the window to show; a bad one is refused with its problems', async () => {
    const dir = tempDir();
    const app = await testApp(dir);
    const ok = await importFromPath(app.services, sample);
    expect(ok).toMatchObject({ status: 'imported', summary: { rating: 'low' } });
    // Opening the same file again (a double-click twice) shows the one already there.
    expect(await importFromPath(app.services, sample)).toMatchObject({ status: 'already-in-library' });
    expect(await app.call<LibrarySummary[]>('library:list')).toHaveLength(1);
    // A colleague's newer version of the same assessment asks first, as Import does.
    const changed = JSON.parse(readFileSync(sample, 'utf8')) as { payload: { profile: { service: string } } };
    changed.payload.profile.service = 'Renamed by a colleague';
    writeFileSync(join(dir, 'changed.fineprint'), JSON.stringify(changed));
    const conflict = await importFromPath(app.services, join(dir, 'changed.fineprint'));
    expect(conflict).toMatchObject({ status: 'conflict', service: 'Renamed by a colleague' });
    if (conflict.status !== 'conflict') return;
    expect(await app.call('assessment:resolve-import', { token: conflict.token, choice: 'replace' })).toMatchObject({ status: 'imported' });
    expect((await app.call<LibrarySummary[]>('library:list')).map((s) => s.service)).toEqual(['Renamed by a colleague']);
    writeFileSync(join(dir, 'broken.fineprint'), '{"format":');
    expect(await importFromPath(app.services, join(dir, 'broken.fineprint'))).toMatchObject({
      status: 'invalid',
      message: 'broken.fineprint could not be imported.',
      details: [expect.stringMatching(/truncated/) as unknown],
    });
    expect(await importFromPath(app.services, join(dir, 'missing.fineprint'))).toMatchObject({
      status: 'invalid',
      message: 'missing.fineprint does not exist.',
    });
  });
});

describe('upgrading an assessment to a newer version of its checklist', () => {
  it('offers the newer imported version, applies it keeping notes, and then offers nothing', async () => {
    const dir = tempDir();
    const app = await testApp(dir);
    writeFileSync(join(dir, 'mini-1.0.json'), JSON.stringify(miniTemplateInput()));
    writeFileSync(join(dir, 'mini-1.1.json'), JSON.stringify(miniTemplateV2Input()));
    app.dialogs.answers.push(join(dir, 'mini-1.0.json'));
    const first = await app.call<{ template: TemplateInfo }>('templates:import');
    const created = await app.call<OpenedAssessment>('assessment:create', {
      templateRef: first.template.ref,
      profile: { vendor: 'Initech', service: 'Initech Router' },
    });
    const note = { id: 'n1', text: 'Asked for the SSO clause.', visibility: 'shared', createdAt: '2026-12-01T10:00:00.000Z' };
    await app.call('assessment:save', {
      assessment: {
        ...created.assessment,
        answers: {
          'region-01': { response: { kind: 'option', option: 'good' }, notes: [], evidence: [] },
          'identity-01': { response: { kind: 'option', option: 'bad' }, notes: [note], evidence: [] },
        },
      },
    });
    const id = created.assessment.id;
    expect(await app.call('assessment:plan-upgrade', { id })).toEqual({ offer: null });

    app.dialogs.answers.push(join(dir, 'mini-1.1.json'));
    await app.call('templates:import');
    const { offer } = await app.call<UpgradeOffer>('assessment:plan-upgrade', { id });
    expect(offer).toMatchObject({
      title: 'Mini checklist',
      from: '1.0.0',
      to: '1.1.0',
      kept: [{ id: 'region-01', prompt: 'Does the vendor handle region-01 well?' }],
      added: [{ id: 'region-03' }],
      flagged: [{ id: 'identity-01', reasons: ['option-changed'], cleared: false }],
      removed: [],
    });
    if (!offer) return;
    const upgraded = await app.call<OpenedAssessment>('assessment:upgrade', { id, templateRef: offer.templateRef });
    expect(upgraded.assessment.answers['identity-01']).toMatchObject({ response: { kind: 'option', option: 'bad' }, notes: [note] });
    expect(upgraded.assessment.history.at(-1)?.event).toMatchObject({ kind: 'template-upgraded', from: '1.0.0', to: '1.1.0' });
    expect(await app.call<Template>('templates:get', { ref: upgraded.assessment.template.$ref })).toMatchObject({ version: '1.1.0' });
    expect(await app.call('assessment:plan-upgrade', { id })).toEqual({ offer: null });
    // Back to the older version: refused with a sentence, not a crash.
    expect(await app.raw('assessment:upgrade', { id, templateRef: first.template.ref })).toMatchObject({
      ok: false,
      error: { code: 'invalid', message: "Checklist version 1.0.0 is not newer than the assessment's 1.1.0." },
    });
  });
});

// Every reply above went through the contract's reply schema (testApp checks each one). These fill in
// the channels the scenarios above do not reach, then check that none was left out.
describe('every IPC reply matches the reply schema the contract declares', () => {
  it('the channels not covered above answer as declared', async () => {
    const dir = tempDir();
    const app = await testApp(dir);
    expect(await app.call('app:get-info')).toMatchObject({ version: expect.any(String) as unknown });
    expect(await app.call('settings:get')).toMatchObject({ paperSize: expect.any(String) as unknown });
    const [template] = await app.call<TemplateInfo[]>('templates:list');
    expect(await app.call('templates:get', { ref: template?.ref })).toMatchObject({ id: 'ai-vendor-risk' });
    writeFileSync(join(dir, 'logo.png'), pngImage(2, 1));
    app.dialogs.answers.push(join(dir, 'logo.png'));
    await app.call('settings:choose-logo');
    expect(await app.call('settings:clear-logo')).toMatchObject({ logo: null });
    expect(await app.call('positions:list')).toEqual({});
    const s = await app.call<LibrarySummary>('library:open-sample', { fileName: 'model-api-zero-retention-eu.fineprint' });
    app.dialogs.answers.push(join(dir, 'report.pdf'));
    expect(await app.call('report:export-pdf', { id: s.id, options: {} })).toMatchObject({ status: 'saved' });
    await app.call('positions:set', { id: s.id, position: { screen: 'review' } });
    expect(await app.call('positions:list')).toEqual({ [s.id]: { screen: 'review' } });
    expect(await app.call<OpenedAssessment>('rounds:start', { id: s.id })).toMatchObject({ assessment: { round: 2 } });
    const opened = await app.call<OpenedAssessment>('assessment:open', { id: s.id });
    const providers = [{ id: 'p1', name: 'Cirrusline Cloud', role: 'cloud', scope: 'EU West', jurisdictions: [] }];
    await app.call('assessment:save', { assessment: { ...opened.assessment, providers } });
    expect(await app.call('portfolio:what-if', { providerKey: 'cirrusline cloud', event: 'provider-leaves' })).toMatchObject({
      services: [{ id: s.id }],
    });
    app.dialogs.answers.push(join(dir, 'portfolio.csv'));
    expect(await app.call('portfolio:export', { format: 'csv' })).toMatchObject({ status: 'saved' });
  });

  it('the vendor round trip: questionnaire out, review, apply a chosen set, trackers and the whole-assessment CSV', async () => {
    const dir = tempDir();
    const app = await testApp(dir);
    const [template] = await app.call<TemplateInfo[]>('templates:list');
    const created = await app.call<OpenedAssessment>('assessment:create', { templateRef: template?.ref, profile });
    const id = created.assessment.id;
    // The buyer has answered region-01 already; the vendor will answer it differently (a conflict).
    await app.call('assessment:save', {
      assessment: {
        ...created.assessment,
        answers: { 'region-01': { response: { kind: 'option', option: 'both-named' }, notes: [], evidence: [] } },
      },
    });

    app.dialogs.answers.push(join(dir, 'sent.xlsx'));
    expect(await app.call('questionnaire:export', { id })).toMatchObject({ status: 'saved', filePath: join(dir, 'sent.xlsx') });
    const wb = await readWorkbook(readFileSync(join(dir, 'sent.xlsx')));
    const sheet = wb.getWorksheet(SHEET.questions);
    if (!sheet) throw new Error('no questionnaire sheet');
    const rowOf = (check: string) => {
      for (let r = 2; r <= sheet.rowCount; r++) if (sheet.getRow(r).getCell(1).value === check) return sheet.getRow(r);
      throw new Error(check);
    };
    const templateChecks = (await app.call<Template>('templates:get', { ref: template?.ref })).checks;
    const words = (check: string, index: number) => {
      const c = templateChecks.find((x) => x.id === check);
      const o = c?.options[index];
      if (!o) throw new Error(check);
      return optionWords(o);
    };
    rowOf('region-01').getCell(columnNumber('answer')).value = words('region-01', 1);
    rowOf('region-02').getCell(columnNumber('answer')).value = words('region-02', 0);
    rowOf('region-03').getCell(columnNumber('answer')).value = words('region-03', 0);
    writeFileSync(join(dir, 'returned.xlsx'), new Uint8Array(await wb.xlsx.writeBuffer()));

    app.dialogs.answers.push(join(dir, 'returned.xlsx'));
    const review = await app.call<VendorReview>('questionnaire:review', { id });
    if (review.status !== 'review') throw new Error('no review');
    const status = new Map(review.rows.map((r) => [r.check, r.status]));
    expect([status.get('region-01'), status.get('region-02'), status.get('region-03')]).toEqual(['conflict', 'new', 'new']);
    expect(review.rows.filter((r) => r.status === 'blank').length).toBe(review.rows.length - 3);
    expect(review.preselected).toEqual(['region-02', 'region-03']);
    // Nothing has changed yet.
    expect((await app.call<OpenedAssessment>('assessment:open', { id })).assessment.answers['region-02']).toBeUndefined();

    const applied = await app.call<{ opened: OpenedAssessment; accepted: number }>('questionnaire:apply', {
      id,
      token: review.token,
      checks: ['region-02'],
    });
    expect(applied.accepted).toBe(1);
    const after = applied.opened.assessment;
    expect(after.answers['region-02']?.provenance).toMatchObject({
      source: 'vendor-workbook',
      fileName: 'returned.xlsx',
      sha256: review.sha256,
    });
    expect(after.answers['region-03']).toBeUndefined();
    expect(after.answers['region-01']?.response).toEqual({ kind: 'option', option: 'both-named' });
    expect(after.history.at(-1)?.event).toEqual({
      kind: 'vendor-answers-imported',
      fileName: 'returned.xlsx',
      sha256: review.sha256,
      accepted: 1,
      rejected: 2,
    });
    // A review is applied once.
    const again = await app.raw('questionnaire:apply', { id, token: review.token, checks: [] });
    expect(again).toMatchObject({ ok: false, error: { code: 'not-found' } });

    // Hostile workbooks: one sentence naming the file, and nothing changes.
    writeFileSync(join(dir, 'notes.xlsx'), 'this is not a workbook');
    app.dialogs.answers.push(join(dir, 'notes.xlsx'));
    expect(await app.raw('questionnaire:review', { id })).toMatchObject({
      ok: false,
      error: { code: 'invalid', message: 'notes.xlsx is not an Excel workbook (.xlsx).' },
    });
    writeFileSync(join(dir, 'macro.xlsm'), readFileSync(join(dir, 'returned.xlsx')));
    app.dialogs.answers.push(join(dir, 'macro.xlsm'));
    expect(await app.raw('questionnaire:review', { id })).toMatchObject({
      ok: false,
      error: { code: 'invalid', message: expect.stringMatching(/^macro\.xlsm is a macro-enabled workbook/) as unknown },
    });
    app.dialogs.answers.push(undefined);
    expect(await app.call('questionnaire:review', { id })).toEqual({ status: 'canceled' });
    expect((await app.call<OpenedAssessment>('assessment:open', { id })).assessment.answers).toEqual(after.answers);

    for (const [channel, payload, file] of [
      ['tracker:export', { id, format: 'xlsx' }, 'findings.xlsx'],
      ['tracker:export', { id, format: 'csv' }, 'findings.csv'],
      ['assessment:export-csv', { id }, 'all.csv'],
    ] as const) {
      app.dialogs.answers.push(join(dir, file));
      expect(await app.call(channel, payload)).toMatchObject({ status: 'saved' });
    }
    expect(readFileSync(join(dir, 'findings.xlsx')).subarray(0, 2).toString()).toBe('PK');
    const csv = readFileSync(join(dir, 'all.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFArea,Check,Question,Answer')).toBe(true);
    expect(csv).toContain('Stated by the vendor in returned.xlsx');
  });

  it('no channel of the contract is left unchecked', () => {
    expect([...checkedReplies].sort()).toEqual(Object.keys(IPC_CHANNELS).sort());
  });

  it('a reply that drifts from its schema is caught at the boundary and becomes an internal error', async () => {
    const app = await testApp(tempDir());
    // A handler whose reply has drifted from the contract (its type is forced here on purpose).
    const driftedInfo = (() => Promise.resolve({ version: 1, notices: [] })) as unknown as HandlerTable['app:get-info'];
    const drifted: HandlerTable = { ...createHandlers(app.services), 'app:get-info': driftedInfo };
    expect(replyProblems('app:get-info', { ok: true, value: { version: '0.1.0', notices: [] } })).toEqual([]);
    const reported: string[] = [];
    const r = await dispatchCheckingReplies(drifted, 'app:get-info', undefined, (m) => reported.push(m));
    expect(r).toMatchObject({ ok: false, error: { code: 'internal', details: [expect.stringMatching(/^version: /) as unknown] } });
    expect(reported).toEqual([expect.stringContaining('The reply on app:get-info does not match the IPC contract')]);
    // A typed error reply is checked too: an unknown code is a drift.
    expect(replyProblems('app:get-info', { ok: false, error: { code: 'oops', message: 'x' } as never })).not.toEqual([]);
  });
});
