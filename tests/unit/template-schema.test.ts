import { describe, expect, it } from 'vitest';
import { Template, type TemplateInput } from '../../src/core/template-schema';
import { gradedCheck, miniTemplateInput } from '../support/builders';

function problemsOf(t: TemplateInput): string[] {
  const r = Template.safeParse(t);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('template schema', () => {
  it('accepts a well-formed template and fills in defaults', () => {
    const t = Template.parse(miniTemplateInput());
    expect(t.checks[0]?.weight).toBe(1);
    expect(t.scoring.unknownRisk).toBe('high');
    expect(t.scoring.thresholds).toEqual({ medium: 20, high: 40, critical: 60 });
  });

  it('allows a $schema key so editors can validate', () => {
    expect(problemsOf({ ...miniTemplateInput(), $schema: './template.schema.json' })).toEqual([]);
  });

  it('rejects unknown keys, so typos in a template do not pass silently', () => {
    expect(problemsOf({ ...miniTemplateInput(), titel: 'x' } as TemplateInput).join()).toMatch(/titel/);
  });

  it('rejects duplicate check ids', () => {
    const t = miniTemplateInput();
    t.checks.push(gradedCheck('region-01', 'region'));
    expect(problemsOf(t).join()).toMatch(/duplicate id "region-01"/);
  });

  it('rejects a check in an unknown area', () => {
    const t = miniTemplateInput();
    t.checks.push(gradedCheck('x-01', 'nowhere'));
    expect(problemsOf(t).join()).toMatch(/unknown area "nowhere"/);
  });

  it('rejects a condition on a later check or an unknown question', () => {
    const t = miniTemplateInput();
    t.checks[0] = gradedCheck('region-01', 'region', { visibleWhen: { question: 'identity-01', equals: 'good' } });
    expect(problemsOf(t).join()).toMatch(/refers to "identity-01", which is not an earlier question or check/);
  });

  it('rejects a condition comparing with a value that is not an option', () => {
    const t = miniTemplateInput();
    t.checks[0] = gradedCheck('region-01', 'region', { visibleWhen: { question: 'data', includes: 'secret' } });
    expect(problemsOf(t).join()).toMatch(/"secret", which is not one of its options/);
  });

  it('requires a recommendation on every risky option', () => {
    const t = miniTemplateInput();
    const c = gradedCheck('region-09', 'region');
    c.options = c.options.map((o) => ({ id: o.id, label: o.label, risk: o.risk }));
    t.checks.push(c);
    expect(problemsOf(t).join()).toMatch(/option "partial" is medium risk and needs a recommendation/);
  });

  it('rejects a knock-out on an option the check does not have', () => {
    const t = miniTemplateInput();
    t.checks.push(gradedCheck('region-09', 'region', { knockout: { id: 'ko-x', options: ['nope'], minRating: 'high', why: 'Because.' } }));
    expect(problemsOf(t).join()).toMatch(/knock-out names option "nope"/);
  });

  it('requires vendor and service text questions in the triage', () => {
    const t = miniTemplateInput();
    t.triage = t.triage.filter((q) => q.id !== 'service');
    expect(problemsOf(t).join()).toMatch(/needs a text question with id "service"/);
  });

  it('rejects control characters and lone surrogates in texts', () => {
    const t = miniTemplateInput();
    t.title = 'Bad\u0007title';
    expect(problemsOf(t).join()).toMatch(/control character \(U\+0007\)/);
    t.title = 'Bad \uD800 title';
    expect(problemsOf(t).join()).toMatch(/lone surrogate/);
  });

  it('rejects thresholds that do not rise', () => {
    const t = {
      ...miniTemplateInput(),
      scoring: { unknownRisk: 'high' as const, thresholds: { medium: 50, high: 40, critical: 60 }, maxImpact: 2 },
    };
    expect(problemsOf(t).join()).toMatch(/thresholds must rise/);
  });
});
