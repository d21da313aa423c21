import { describe, expect, it } from 'vitest';
import type { OpenedAssessment, TemplateInfo } from '../../src/core/ipc-contract';
import type { LibrarySummary } from '../../src/core/library-summary';
import { testApp } from '../support/app-services';
import { tempDir } from '../support/temp';

describe('rounds:start', () => {
  it('starts round 2 of a library assessment, keeps round 1 in the file and lists the service once as round 2', async () => {
    const app = await testApp(tempDir());
    const s = await app.call<LibrarySummary>('library:open-sample', { fileName: 'model-api-zero-retention-eu.fineprint' });
    const before = await app.call<OpenedAssessment>('assessment:open', { id: s.id });
    const started = await app.call<OpenedAssessment>('rounds:start', { id: s.id });
    expect(started.assessment.round).toBe(before.assessment.round + 1);
    expect(started.assessment.rounds.at(-1)).toMatchObject({ round: before.assessment.round, answers: before.assessment.answers });
    expect(started.assessment.decision.outcome).toBe('pending');
    const carried = Object.values(started.assessment.answers).filter((a) => a.reconfirm === true);
    expect(carried.length).toBeGreaterThan(0);
    expect(started.assessment.history.at(-1)?.event).toMatchObject({ kind: 'round-started', from: before.assessment.round });
    // What the window reopens is what was written.
    const reopened = await app.call<OpenedAssessment>('assessment:open', { id: s.id });
    expect(reopened.assessment).toEqual(started.assessment);
    const listed = (await app.call<LibrarySummary[]>('library:list')).filter((x) => x.id === s.id);
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ round: before.assessment.round + 1 });
  });

  it('answers a missing assessment with a typed error', async () => {
    const app = await testApp(tempDir());
    const [template] = await app.call<TemplateInfo[]>('templates:list');
    expect(template).toBeDefined();
    const r = await app.raw('rounds:start', { id: '7d4f0c2e-5b1a-4c3e-9f6a-2b8d1e0a3c51' });
    expect(r).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
