import { describe, expect, it } from 'vitest';
import { Assessment } from '../../src/core/assessment-schema';
import { decodeFineprint, encodeFineprint } from '../../src/core/file-format';
import { wordHistoryEvent } from '../../src/core/history';
import { HISTORY_WORDING } from '../../src/core/report/format';
import { withoutInternalNotes } from '../../src/core/sharing';
import { Template } from '../../src/core/template-schema';
import { applyUpgrade, compareTemplateVersions, newerTemplate, planUpgrade } from '../../src/core/upgrade';
import { miniAssessment, miniTemplateInput } from '../support/builders';
import { ANSWERED_UPGRADE_PLAN, answeredForUpgrade, miniTemplateV2, UPGRADE_AT as AT } from '../support/upgrade-builders';

describe('planUpgrade', () => {
  it('sorts every answer into kept, flagged or removed, and lists the new checks', () => {
    const result = planUpgrade(answeredForUpgrade(), miniTemplateV2());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan).toEqual(ANSWERED_UPGRADE_PLAN);
  });

  it('keeps unknown and not-applicable answers as they are, whatever happened to the options', () => {
    const result = planUpgrade(miniAssessment({ 'region-02': 'unknown', 'identity-01': 'na:No staff use it' }), miniTemplateV2());
    expect(result.ok && result.plan.kept).toEqual(['region-02', 'identity-01']);
    expect(result.ok && result.plan.flagged).toEqual([]);
  });

  it('refuses another template and a version that is not newer', () => {
    const other = Template.parse({ ...miniTemplateInput(), id: 'other', version: '2.0.0' });
    expect(planUpgrade(miniAssessment(), other)).toEqual({
      ok: false,
      refusal: { code: 'different-template', assessmentTemplate: 'mini', template: 'other' },
    });
    const same = Template.parse(miniTemplateInput());
    expect(planUpgrade(miniAssessment(), same)).toEqual({ ok: false, refusal: { code: 'not-newer', from: '1.0.0', to: '1.0.0' } });
  });
});

describe('applyUpgrade', () => {
  it('loses nothing: notes, evidence, cleared responses and removed checks all stay in the assessment', () => {
    const before = answeredForUpgrade();
    const result = applyUpgrade(before, miniTemplateV2(), { at: AT, by: 'Ana' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const a = result.assessment;
    expect(a.template.version).toBe('1.1.0');
    expect(a.answers['region-01']?.response).toEqual({ kind: 'option', option: 'good' });
    expect(a.answers['identity-01']?.response).toEqual({ kind: 'option', option: 'bad' });
    // The response whose option is gone is cleared; its notes and evidence stay on the check.
    expect(a.answers['region-02']?.response).toBeUndefined();
    expect(a.answers['region-02']?.notes.map((n) => n.id)).toEqual(['n1', 'n2']);
    expect(a.answers['region-02']?.evidence.map((e) => e.id)).toEqual(['e1']);
    expect(a.answers['region-03']).toBeUndefined();
    expect(a.answers['identity-02']).toBeUndefined();
    expect(a.retired).toEqual([
      {
        checkId: 'region-02',
        reason: 'answer-cleared',
        templateVersion: '1.0.0',
        prompt: 'Does the vendor handle region-02 well?',
        optionLabels: ['Partly'],
        response: { kind: 'option', option: 'partial' },
        notes: [],
        evidence: [],
        retiredAt: AT,
      },
      {
        checkId: 'identity-02',
        reason: 'check-removed',
        templateVersion: '1.0.0',
        prompt: 'Does the vendor handle identity-02 well?',
        optionLabels: ['Yes, in the contract'],
        response: { kind: 'option', option: 'good' },
        value: 12,
        notes: before.answers['identity-02']?.notes,
        evidence: before.answers['identity-02']?.evidence,
        retiredAt: AT,
      },
    ]);
    expect(a.history.at(-1)).toEqual({
      at: AT,
      by: 'Ana',
      event: { kind: 'template-upgraded', template: 'mini', from: '1.0.0', to: '1.1.0', kept: 1, added: 1, flagged: 2, retired: 1 },
    });
    expect(wordHistoryEvent(a.history.at(-1)!.event, HISTORY_WORDING)).toBe(
      'Checklist upgraded from mini 1.0.0 to 1.1.0: 1 answer kept, 2 answers flagged for review, 1 new check added, 1 answer of retired checks kept aside.',
    );
    // The input is untouched: the old version stays readable.
    expect(before.template.version).toBe('1.0.0');
    expect(before.answers['identity-02']?.value).toBe(12);
  });

  it('writes a file that decodes again, retired answers and history included, and shares no internal note', () => {
    const result = applyUpgrade(answeredForUpgrade(), miniTemplateV2(), { at: AT, by: '' });
    if (!result.ok) throw new Error('upgrade refused');
    const decoded = decodeFineprint(new TextEncoder().encode(encodeFineprint(result.assessment, new Date(AT))));
    expect(decoded.ok && decoded.value.assessment).toEqual(result.assessment);
    const withRetiredInternal = {
      ...result.assessment,
      retired: (result.assessment.retired ?? []).map((r) => ({
        ...r,
        notes: [{ id: 'secret', text: 'Internal only.', visibility: 'internal' as const, createdAt: AT }, ...r.notes],
      })),
    };
    expect((withoutInternalNotes(withRetiredInternal).retired ?? []).flatMap((r) => r.notes.map((n) => n.id))).toEqual(['n3']);
  });

  it('keeps the surviving options of a multi-choice answer and retires the rest', () => {
    const v1 = miniTemplateInput();
    v1.checks[0] = { ...v1.checks[0], select: 'multi' };
    const v2 = {
      ...v1,
      version: '2.0.0',
      checks: v1.checks.map((c) => (c.id === 'region-01' ? { ...c, options: c.options.filter((o) => o.id !== 'bad') } : c)),
    };
    const a = Assessment.parse({
      ...miniAssessment(),
      template: v1,
      answers: { 'region-01': { response: { kind: 'options', options: ['good', 'bad'] } } },
    });
    const result = applyUpgrade(a, Template.parse(v2), { at: AT, by: '' });
    if (!result.ok) throw new Error('upgrade refused');
    expect(result.plan.flagged).toEqual([{ checkId: 'region-01', reasons: ['option-removed'], cleared: false }]);
    expect(result.assessment.answers['region-01']?.response).toEqual({ kind: 'options', options: ['good'] });
    expect(result.assessment.retired?.[0]?.response).toEqual({ kind: 'options', options: ['good', 'bad'] });
  });
});

describe('template versions', () => {
  it('compares by number, not by text, and offers only the newest newer version of the same id', () => {
    expect(compareTemplateVersions('1.10.0', '1.9.0')).toBeGreaterThan(0);
    expect(compareTemplateVersions('1.0.0', '1.0.0')).toBe(0);
    const offered = [
      { id: 'mini', version: '1.0.0' },
      { id: 'mini', version: '1.2.0' },
      { id: 'mini', version: '1.10.0' },
      { id: 'other', version: '9.0.0' },
    ];
    expect(newerTemplate({ id: 'mini', version: '1.1.0' }, offered)).toEqual({ id: 'mini', version: '1.10.0' });
    expect(newerTemplate({ id: 'mini', version: '1.10.0' }, offered)).toBeUndefined();
  });
});
