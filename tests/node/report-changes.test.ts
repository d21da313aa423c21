import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/core/assessment-schema';
import { startRound } from '../../src/core/rounds';
import { modelOf, reportAssessment } from '../unit/report-fixtures';
import { readPdf, renderModel } from './report-helpers';

const HEADING = 'Changes since the last round';

/** Round 2 of the report fixture: single sign-on now answered "Yes", the subprocessor notice 60 days, a hop gone. */
function secondRound(): Assessment {
  const first = reportAssessment((input) => {
    const checks = input.template.checks as { id: string; shortTitle?: string }[];
    for (const c of checks) if (c.id === 'identity-01') c.shortTitle = 'Single sign-on';
    for (const c of checks) if (c.id === 'region-02') c.shortTitle = 'Notice of new subprocessors';
  });
  const next = startRound(first, undefined, { at: '2027-03-01T09:00:00.000Z', by: 'Aline Dupont' });
  next.answers['identity-01'] = { notes: [], evidence: [], response: { kind: 'option', option: 'good' } };
  next.answers['region-02'] = { ...next.answers['region-02'], value: 60 };
  next.dataPath = next.dataPath.filter((h) => h.id !== 'hop-3');
  return next;
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('the report of a later round', () => {
  it('has a "Changes since the last round" section in plain words, with short titles and no check ids', async () => {
    const pdf = await readPdf(await renderModel(modelOf(secondRound())));
    const start = pdf.pages.findIndex((p) => p.items.some((i) => i.str === HEADING && i.size >= 16));
    expect(start).toBeGreaterThan(0);
    // The section follows on from the summary and may run over to the next page.
    const section = flat(
      pdf.pages
        .slice(start, start + 2)
        .map((p) => p.text)
        .join(' '),
    );
    const last = 'Removed: Abuse monitoring (Acme Models GmbH).';
    const body = section.slice(section.indexOf(HEADING), section.indexOf(last) + last.length);
    expect(body).toContain('This is round 2 of the assessment. It is compared here with round 1, which closed on 1 March 2027.');
    expect(body).toContain('Single sign-on (Identity and access): was “No”, now “Yes, in the contract”.');
    expect(body).toContain('Notice of new subprocessors (Service region): was 30 days, now 60 days.');
    expect(body).toContain(last);
    expect(body).toMatch(/Rating: was Critical.*, now/);
    expect(body).not.toMatch(/identity-01|region-02|hop-3/);
    expect(pdf.outline.map((o) => o.title)).toContain(HEADING);
  });

  it('says so when nothing changed, and has no such section in a first round', async () => {
    const first = reportAssessment();
    const unchanged = await readPdf(await renderModel(modelOf(startRound(first, undefined, { at: '2027-03-01T09:00:00.000Z', by: '' }))));
    expect(flat(unchanged.pages.map((p) => p.text).join(' '))).toContain('Nothing has changed since the last round');
    const only = await readPdf(await renderModel(modelOf(first)));
    expect(only.pages.some((p) => p.text.includes(HEADING))).toBe(false);
    expect(modelOf(first)).not.toHaveProperty('changes');
  });
});
