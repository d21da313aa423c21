import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OpenedAssessment, WhatIfReply } from '../../src/core/ipc-contract';
import type { LibrarySummary } from '../../src/core/library-summary';
import { testApp } from '../support/app-services';
import { tempDir } from '../support/temp';

type App = Awaited<ReturnType<typeof testApp>>;

/** Opens a bundled sample into the library and records its providers. */
async function sampleWithProviders(app: App, fileName: string, providers: { name: string; role: string; scope: string }[]) {
  const s = await app.call<LibrarySummary>('library:open-sample', { fileName });
  const opened = await app.call<OpenedAssessment>('assessment:open', { id: s.id });
  await app.call('assessment:save', {
    assessment: { ...opened.assessment, providers: providers.map((p, i) => ({ id: `p${i}`, jurisdictions: [], ...p })) },
  });
  return s;
}

describe('the portfolio handlers', () => {
  it('answers a what-if from the affected assessments: reopened checks by short title, and exit answers', async () => {
    const app = await testApp(tempDir());
    const api = await sampleWithProviders(app, 'model-api-zero-retention-eu.fineprint', [
      { name: 'Cirrusline Cloud', role: 'cloud', scope: 'EU West' },
    ]);
    const agents = await sampleWithProviders(app, 'agent-platform-tenant-wide.fineprint', [
      { name: 'cirrusline cloud', role: 'cloud', scope: 'EU' },
      { name: 'Lumenfold Labs', role: 'model-maker', scope: 'agent models' },
    ]);
    await sampleWithProviders(app, 'suite-copilot-second-model-maker.fineprint', [{ name: 'Northwind Cloud', role: 'cloud', scope: '' }]);

    const w = await app.call<WhatIfReply>('portfolio:what-if', { providerKey: 'cirrusline cloud', event: 'provider-leaves' });
    expect(w.provider.name).toBe('Cirrusline Cloud');
    expect(w.services.map((s) => s.id).sort()).toEqual([api.id, agents.id].sort());
    for (const s of w.services) {
      expect(s.reopened.map((c) => c.title)).toContain('A tested exit plan');
      expect(s.reopened.map((c) => c.title)).toContain('Model routing and fallback');
      expect(s.exitAnswers.find((c) => c.title === 'A tested exit plan')?.answer).toEqual(expect.any(String));
    }
    const region = await app.call<WhatIfReply>('portfolio:what-if', { providerKey: 'cirrusline cloud', event: 'provider-moves-region' });
    expect(region.services[0]?.reopened.map((c) => c.title)).toContain('Storage and inference region in the contract');
    expect(region.services[0]?.reopened.map((c) => c.title)).not.toContain('A tested exit plan');
  });

  it('says so when no assessment names the provider', async () => {
    const app = await testApp(tempDir());
    const r = await app.raw('portfolio:what-if', { providerKey: 'nobody', event: 'provider-leaves' });
    expect(r).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('exports the portfolio as a PDF with the what-if, as a workbook, and as CSV, where the user chose', async () => {
    const dir = tempDir();
    const app = await testApp(dir);
    await sampleWithProviders(app, 'model-api-zero-retention-eu.fineprint', [
      { name: 'Cirrusline Cloud', role: 'cloud', scope: 'EU West' },
    ]);
    app.dialogs.answers.push(join(dir, 'p.pdf'), join(dir, 'p.xlsx'), join(dir, 'p.csv'));
    const scenario = { providerKey: 'cirrusline cloud', event: 'provider-leaves' };
    expect(await app.call('portfolio:export', { format: 'pdf', scenario })).toMatchObject({
      status: 'saved',
      filePath: join(dir, 'p.pdf'),
    });
    expect(await app.call('portfolio:export', { format: 'xlsx' })).toMatchObject({ status: 'saved' });
    expect(await app.call('portfolio:export', { format: 'csv' })).toMatchObject({ status: 'saved' });
    expect(readFileSync(join(dir, 'p.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readFileSync(join(dir, 'p.xlsx')).subarray(0, 2).toString()).toBe('PK');
    expect(readFileSync(join(dir, 'p.csv'), 'utf8')).toContain('Cirrusline Cloud,Cloud,EU West,Tessellate Model API (Enterprise)');
    expect(await app.call('portfolio:export', { format: 'csv' })).toEqual({ status: 'canceled' });
  });
});
