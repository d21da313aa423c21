import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Answer, Profile } from '../../src/core/assessment-schema';
import { conditionLeaves, type Condition } from '../../src/core/condition';
import { visibleChecks } from '../../src/core/engine/visibility';
import { isRisky } from '../../src/core/risk';
import { decodeTemplate, templateStats } from '../../src/core/template-file';
import type { Check, Template } from '../../src/core/template-schema';
import { miniTemplate } from '../support/builders';

const file = join(import.meta.dirname, '../../templates/ai-vendor-risk.json');

function loadTemplate(): Template {
  const decoded = decodeTemplate(readFileSync(file));
  if (!decoded.ok) throw new Error(decoded.problems.map((p) => `${p.location}: ${p.message}`).join('\n'));
  return decoded.value;
}

const template = loadTemplate();
const helpTexts = (c: Check) => [c.help.why, c.help.good, c.help.redFlag, c.help.evidence];
const words = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;
const duplicates = (ids: string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);
const knockoutIds = () => [...new Set(template.checks.flatMap((c) => (c.knockout ? [c.knockout.id] : [])))];

/** Every condition of the template with where it sits: the index of its question or check in the combined order. */
function conditions(): { owner: string; position: number; condition: Condition }[] {
  const order = [...template.triage, ...template.checks];
  return order.flatMap((q, position) => (q.visibleWhen ? [{ owner: q.id, position, condition: q.visibleWhen }] : []));
}

/** All subsets of a list, the empty one included. */
function subsets<T>(items: T[]): T[][] {
  return items.reduce<T[][]>((acc, item) => [...acc, ...acc.map((s) => [...s, item])], [[]]);
}

/**
 * Profiles and earlier answers worth trying: for each question a condition names, every value the
 * conditions compare it with, plus "none of them" (a single choice) or every combination (a multi choice).
 */
function candidateWorlds(): { profile: Profile; answers: Record<string, Answer> }[] {
  const used = new Map<string, Set<string | number | boolean>>();
  for (const { condition } of conditions())
    for (const leaf of conditionLeaves(condition)) {
      const values = used.get(leaf.question) ?? new Set();
      values.add('equals' in leaf ? leaf.equals : leaf.includes);
      used.set(leaf.question, values);
    }
  const triage = new Map(template.triage.map((q) => [q.id, q]));
  const checks = new Map(template.checks.map((c) => [c.id, c]));
  const axes = [...used].map(([id, values]) => {
    const multi = triage.get(id)?.kind === 'multi' || checks.get(id)?.select === 'multi';
    const choices: unknown[] = multi ? subsets([...values]) : [undefined, ...values];
    return { id, isCheck: checks.has(id), multi, choices };
  });
  let worlds: { profile: Profile; answers: Record<string, Answer> }[] = [{ profile: { vendor: 'V', service: 'S' }, answers: {} }];
  for (const axis of axes) {
    worlds = worlds.flatMap((w) =>
      axis.choices.map((choice) => {
        if (choice === undefined) return w;
        if (!axis.isCheck) return { ...w, profile: { ...w.profile, [axis.id]: choice as Profile[string] } };
        const response = axis.multi
          ? { kind: 'options' as const, options: choice as string[] }
          : { kind: 'option' as const, option: choice as string };
        return { ...w, answers: { ...w.answers, [axis.id]: { response, notes: [], evidence: [] } } };
      }),
    );
    expect(worlds.length).toBeLessThan(200_000);
  }
  return worlds;
}

describe('the default template, templates/ai-vendor-risk.json', () => {
  it('validates against the template schema', () => {
    const decoded = decodeTemplate(readFileSync(file));
    expect(decoded.ok ? [] : decoded.problems).toEqual([]);
  });

  it('has unique ids: checks and triage questions together, options within each question', () => {
    expect(duplicates([...template.triage.map((q) => q.id), ...template.checks.map((c) => c.id)])).toEqual([]);
    for (const q of template.triage) expect(duplicates((q.options ?? []).map((o) => o.id)), q.id).toEqual([]);
    for (const c of template.checks) expect(duplicates(c.options.map((o) => o.id)), c.id).toEqual([]);
    expect(duplicates(template.areas.map((a) => a.id))).toEqual([]);
  });

  it('lets every condition refer only to an earlier question or check, and only to its options', () => {
    const order = [...template.triage, ...template.checks];
    const options = new Map<string, string[]>([
      ...template.triage.map((q) => [q.id, (q.options ?? []).map((o) => o.id)] as [string, string[]]),
      ...template.checks.map((c) => [c.id, c.options.map((o) => o.id)] as [string, string[]]),
    ]);
    const all = conditions();
    expect(all.length).toBeGreaterThan(0);
    for (const { owner, position, condition } of all)
      for (const leaf of conditionLeaves(condition)) {
        const at = order.findIndex((q) => q.id === leaf.question);
        expect(at, `${owner} refers to ${leaf.question}`).toBeGreaterThanOrEqual(0);
        expect(at, `${owner} refers to ${leaf.question}, which comes later`).toBeLessThan(position);
        const allowed = options.get(leaf.question) ?? [];
        if (allowed.length > 0)
          expect(allowed, `${owner} compares ${leaf.question}`).toContain('equals' in leaf ? leaf.equals : leaf.includes);
      }
  });

  it('has no unreachable check: some profile makes each one visible', () => {
    const reachable = new Set<string>();
    for (const { profile, answers } of candidateWorlds()) for (const c of visibleChecks(template, profile, answers)) reachable.add(c.id);
    expect(template.checks.map((c) => c.id).filter((id) => !reachable.has(id))).toEqual([]);
  });

  it('gives every check the four help texts, a reference, and a recommendation for every risky option', () => {
    for (const c of template.checks) {
      for (const text of helpTexts(c)) expect(text.trim(), c.id).not.toBe('');
      expect(c.references.length, c.id).toBeGreaterThan(0);
      for (const o of c.options) if (isRisky(o.risk)) expect(o.recommendation, `${c.id} / ${o.id}`).toBeDefined();
    }
  });

  it('writes substantive help: real sentences, no stubs, no text shared between checks', () => {
    const owner = new Map<string, string>();
    for (const c of template.checks)
      for (const text of helpTexts(c)) {
        const t = text.trim();
        expect(words(t), `${c.id}: "${t}"`).toBeGreaterThanOrEqual(8);
        expect(t.length, `${c.id}: "${t}"`).toBeGreaterThanOrEqual(40);
        expect(t, c.id).toMatch(/[.?]$/);
        expect(t, c.id).toMatch(/^[A-Z"'(]/);
        expect(t, c.id).not.toMatch(/\b(tbd|todo|fixme|lorem|ipsum|xxx|placeholder)\b/i);
        const other = owner.get(t);
        expect(other === undefined || other === c.id, `${c.id} shares a help text with ${other ?? ''}`).toBe(true);
        owner.set(t, c.id);
      }
    for (const c of template.checks) expect(words(c.prompt), c.id).toBeGreaterThanOrEqual(8);
  });

  it('covers exactly the five areas, with at least 8 checks each and at least 50 in all', () => {
    expect(template.areas.map((a) => a.id)).toEqual(['region', 'data-path', 'identity', 'concentration', 'commercial']);
    for (const a of template.areas) expect(template.checks.filter((c) => c.area === a.id).length, a.id).toBeGreaterThanOrEqual(8);
    expect(template.checks.length).toBeGreaterThanOrEqual(50);
  });

  it('declares at least 6 knock-outs, each explained in at least 12 words', () => {
    expect(knockoutIds().length).toBeGreaterThanOrEqual(6);
    for (const c of template.checks) if (c.knockout) expect(words(c.knockout.why), c.knockout.id).toBeGreaterThanOrEqual(12);
  });

  it('captures a figure on at least 8 checks', () => {
    expect(template.checks.filter((c) => c.capture?.kind === 'number').length).toBeGreaterThanOrEqual(8);
  });

  it('gives every check a short title a board member understands: a few plain words, no id, none shared', () => {
    for (const c of template.checks) {
      expect(c.shortTitle, c.id).toBeDefined();
      const title = c.shortTitle ?? '';
      expect(words(title), `${c.id}: "${title}"`).toBeGreaterThanOrEqual(2);
      expect(words(title), `${c.id}: "${title}"`).toBeLessThanOrEqual(9);
      expect(title, c.id).toMatch(/^[A-Z]/);
      expect(title, c.id).not.toMatch(/[.?]$|\b[a-z]+-\d{2}\b/);
    }
    expect(duplicates(template.checks.map((c) => c.shortTitle ?? ''))).toEqual([]);
  });

  it('offers "vendor will not say" on every check', () => {
    expect(template.checks.filter((c) => !c.options.some((o) => o.id === 'will-not-say')).map((c) => c.id)).toEqual([]);
  });

  it('reports its figures in `template stats` as a reader counts them in the file, with complete guidance on every check', () => {
    // Counted in the JSON text itself, not through the template code: one "prompt" per check, one
    // "area" reference per check, one "ko-…" id per knock-out (a knock-out may guard several checks).
    const text = readFileSync(file, 'utf8');
    const count = (re: RegExp) => text.match(re)?.length ?? 0;
    const areaIds = [...text.matchAll(/"area":\s*"([a-z-]+)"/g)].map((m) => m[1]);
    const stats = templateStats(template);
    expect(stats.id).toBe('ai-vendor-risk');
    expect(stats.checks).toBe(count(/"prompt":/g));
    expect(stats.knockouts).toBe(new Set(text.match(/"id":\s*"ko-[a-z0-9-]+"/g)).size);
    expect(Object.fromEntries(stats.areas.map((a) => [a.id, a.checks]))).toEqual(
      Object.fromEntries([...new Set(areaIds)].map((id) => [id, areaIds.filter((x) => x === id).length])),
    );
    // Every check of the shipped template has its help, references and recommendations.
    expect([stats.withHelp, stats.withReferences, stats.withRecommendations]).toEqual([stats.checks, stats.checks, stats.checks]);
  });

  it('counts what a small template lacks: references, and a recommendation for a risky option', () => {
    // The complete figures of this template are pinned, as hand counts, by the CLI test of `template stats`.
    expect(templateStats(miniTemplate())).toMatchObject({ checks: 4, withReferences: 4, withRecommendations: 4 });
    // A risky option without its recommendation, a check without references: no longer complete.
    const partial = miniTemplate();
    partial.checks[0] = { ...partial.checks[0], references: [] };
    partial.checks[1] = {
      ...partial.checks[1],
      options: partial.checks[1].options.map((o) => (o.risk === 'high' ? { ...o, recommendation: undefined } : o)),
    };
    expect(templateStats(partial)).toMatchObject({ checks: 4, withReferences: 3, withRecommendations: 3, withHelp: 4 });
  });
});
