import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Answer, Profile } from '../../src/core/assessment-schema';
import { conditionLeaves, type Condition } from '../../src/core/condition';
import { frameworkName, referenceIdFits } from '../../src/core/frameworks';
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
const RANK = { none: 0, low: 1, medium: 2, high: 3, critical: 4 } as const;
const refusal = (c: Check) => c.options.find((o) => o.id === 'will-not-say');
const worstAnswer = (c: Check) => c.options.filter((o) => o.id !== 'will-not-say').reduce((a, b) => (RANK[b.risk] > RANK[a.risk] ? b : a));
/** The figures a clause asks for ("[24] hours", "30 days"), as "24 hour" so singular and plural match. */
const figures = (clause: string) =>
  [...clause.matchAll(/\[?(\d+(?:\.\d+)?)\]?\s*(hour|day|month|year|minute)s?\b/g)].map((m) => `${m[1]} ${m[2]}`);
/** Every bracketed placeholder in a text: "[30]", "[region or data zone: the EEA]". */
const placeholders = (text: string) => [...text.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1]);
/** A placeholder has a default when it is a figure ("30") or names one after a colon ("jurisdiction: the EEA"). */
const hasDefault = (p: string) => /^\d[\d.,]*$/.test(p) || /^[^:]+:\s*\S.*$/.test(p);
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

  it('rates "vendor will not say" like the worst answer, and lets it fire the knock-out the worst answer fires', () => {
    for (const c of template.checks) {
      const worst = worstAnswer(c);
      expect(refusal(c)?.risk, c.id).toBe(worst.risk);
      if (c.knockout?.options.includes(worst.id)) expect(c.knockout.options, c.id).toContain('will-not-say');
    }
  });

  it('fires the knock-outs a reviewer expects: DORA terms refused, no transfer mechanism, an unlogged autonomous agent', () => {
    const fires = (checkId: string, optionId: string) =>
      template.checks.find((c) => c.id === checkId)?.knockout?.options.includes(optionId);
    expect(fires('commercial-16', 'refused')).toBe(true);
    expect(fires('region-06', 'none-stated')).toBe(true);
    expect(fires('region-07', 'none-stated')).toBe(true);
    expect(fires('data-path-02', 'no-dpa')).toBe(true);
    const agentLog = template.checks.find((c) => c.knockout?.id === 'ko-autonomous-agent-no-log');
    expect(agentLog?.knockout?.minRating).toBe('critical');
    const autonomous = visibleChecks(template, { vendor: 'V', service: 'S', actions: 'autonomous' }, {}).map((c) => c.id);
    const drafts = visibleChecks(template, { vendor: 'V', service: 'S', actions: 'drafts' }, {}).map((c) => c.id);
    expect(autonomous).toContain(agentLog?.id);
    expect(drafts).not.toContain(agentLog?.id);
  });

  it('asks for GDPR processor terms only where GDPR can apply: personal data with an EU, UK or Swiss link', () => {
    const shown = (profile: Profile) => visibleChecks(template, profile, {}).some((c) => c.id === 'data-path-02');
    expect(shown({ vendor: 'V', service: 'S', data: ['personal'], jurisdictions: ['eu'] })).toBe(true);
    expect(shown({ vendor: 'V', service: 'S', data: ['special-category'], jurisdictions: ['us', 'uk'] })).toBe(true);
    expect(shown({ vendor: 'V', service: 'S', data: ['personal'], jurisdictions: ['us'] })).toBe(false);
    expect(shown({ vendor: 'V', service: 'S', data: ['internal'], jurisdictions: ['eu'] })).toBe(false);
  });

  it('leaves the AI Act risk class to the triage: the log-keeping check appears for a high-risk use, not for a minimal one', () => {
    const shown = (cls: string) =>
      visibleChecks(template, { vendor: 'V', service: 'S', jurisdictions: ['eu'], 'ai-act-class': cls }, {}).some(
        (c) => c.id === 'identity-10',
      );
    expect(shown('high-risk')).toBe(true);
    expect(shown('minimal')).toBe(false);
    const logs = template.checks.find((c) => c.id === 'identity-10');
    expect(logs?.options.map((o) => o.label).join(' ')).not.toMatch(/not high-risk/i);
  });

  it('gives every clause placeholder a default: a figure, or a label and its default after a colon', () => {
    const missing: string[] = [];
    for (const c of template.checks)
      for (const o of c.options)
        for (const text of [o.recommendation?.clause ?? '', o.recommendation?.mitigation ?? ''])
          for (const p of placeholders(text)) if (!hasDefault(p)) missing.push(`${c.id}/${o.id}: [${p}]`);
    expect(missing).toEqual([]);
    // The rule itself: a bare placeholder is refused, a figure or a named default passes.
    expect(['X', 'jurisdiction', 'region/data zone'].filter(hasDefault)).toEqual([]);
    expect(['30', '99.9', 'jurisdiction: the EEA'].every(hasDefault)).toBe(true);
  });

  it('keeps graded scales in order: riskier options later, and never a weaker ask in a riskier clause', () => {
    const graded = template.checks.filter((c) => c.graded === true);
    expect(graded.length).toBeGreaterThanOrEqual(template.checks.length / 2);
    for (const c of graded) {
      expect(c.options.at(-1)?.id, c.id).toBe('will-not-say');
      const plain = c.options.filter((o) => o.id !== 'will-not-say');
      for (let i = 1; i < plain.length; i++)
        expect(RANK[plain[i].risk], `${c.id}: ${plain[i].id} after ${plain[i - 1].id}`).toBeGreaterThanOrEqual(RANK[plain[i - 1].risk]);
      const asks = c.options.filter((o) => o.recommendation);
      for (let j = 1; j < asks.length; j++)
        for (let i = 0; i < j; i++) {
          const riskier = figures(asks[j].recommendation?.clause ?? '');
          for (const f of figures(asks[i].recommendation?.clause ?? ''))
            expect(riskier, `${c.id}: ${asks[j].id} drops "${f}" that the milder ${asks[i].id} asks for`).toContain(f);
        }
    }
  });

  it('defines the terms its clauses use, once, with Customer Data covering prompts, outputs, embeddings, logs and telemetry', () => {
    const terms = (template.definitions ?? []).map((d) => d.term);
    expect(terms).toEqual(expect.arrayContaining(['Customer Data', 'Model Provider', 'Subprocessor']));
    expect(duplicates(terms)).toEqual([]);
    const data = template.definitions?.find((d) => d.term === 'Customer Data')?.meaning ?? '';
    for (const word of ['prompts', 'files', 'outputs', 'embeddings', 'logs', 'telemetry']) expect(data).toContain(word);
    const clauses = template.checks.flatMap((c) => c.options.map((o) => o.recommendation?.clause ?? '')).join(' ');
    for (const term of terms) expect(clauses, term).toContain(term);
  });

  it('covers the AI-specific topics a security reviewer looks for first, citing OWASP entries with their version', () => {
    const refs = template.checks.flatMap((c) => c.references.map((r) => `${r.framework} ${r.id}`));
    for (const ref of [
      'OWASP LLM01:2025',
      'OWASP LLM03:2025',
      'OWASP LLM05:2025',
      'OWASP LLM08:2025',
      'OWASP LLM09:2025',
      'AIA Art. 50',
      'AIA Art. 27',
    ])
      expect(refs, ref).toContain(ref);
    for (const ref of refs.filter((r) => r.startsWith('OWASP '))) expect(ref).toMatch(/^OWASP LLM\d{2}:20\d{2}$/);
  });

  it('cites every reference by an id of the form its framework uses, from a framework the report can name', () => {
    const refs = template.checks.flatMap((c) => c.references.map((r) => ({ check: c.id, ...r })));
    expect(refs.filter((r) => frameworkName(r.framework) === undefined).map((r) => `${r.check}: ${r.framework}`)).toEqual([]);
    expect(refs.filter((r) => !referenceIdFits(r)).map((r) => `${r.check}: ${r.framework} ${r.id}`)).toEqual([]);
  });

  it('cites the sources as they stand after the 2025-2026 changes: UK Chapter V as rewritten, AICM control ids, DORA technical standards', () => {
    const cited = (id: string) => template.checks.find((c) => c.id === id)?.references.map((r) => `${r.framework} ${r.id}`) ?? [];
    const uk = template.checks.find((c) => c.id === 'region-07');
    // The Data (Use and Access) Act 2025 replaced UK GDPR Art. 44 and 45 with Art. 44A and 45A.
    expect(cited('region-07')).toEqual(expect.arrayContaining(['UK GDPR Art. 44A', 'UK GDPR Art. 45A', 'UK GDPR Art. 46']));
    expect(cited('region-07')).not.toContain('UK GDPR Art. 45');
    expect(uk?.help.why).toMatch(/data protection test/);
    expect(uk?.help.why).toMatch(/5 February 2026/);
    // The AI Controls Matrix is cited by control id, never by a control's name.
    const aicm = template.checks.flatMap((c) => c.references.filter((r) => r.framework === 'AICM').map((r) => r.id));
    expect(aicm.length).toBeGreaterThan(0);
    for (const id of aicm) expect(id).toMatch(/^[A-Z&]{3}-\d{2}$/);
    expect(cited('concentration-11')).toContain('DORA ITS (EU) 2024/2956');
    expect(cited('concentration-12')).toContain('DORA RTS (EU) 2025/532');
  });

  it('names the source of every date a help text gives', () => {
    const date = /\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) 20\d{2}\b/;
    const source = /\b(Art\. \d+|Regulation \(EU\) \d{4}\/\d+|SI \d{4}\/\d+|ICO guidance|Data Act|AI Act)\b/;
    const dated = template.checks.flatMap((c) =>
      helpTexts(c)
        .filter((t) => date.test(t))
        .map((t) => ({ check: c.id, text: t })),
    );
    expect(dated.length).toBeGreaterThan(0);
    for (const { check, text } of dated) expect(text, check).toMatch(source);
  });

  it('asks about bias only where outputs inform decisions about people, and about AI notices only for customer-facing use', () => {
    const shown = (answers: Record<string, string>) =>
      visibleChecks(template, { vendor: 'V', service: 'S', ...answers }, {}).map((c) => c.shortTitle);
    expect(shown({ 'people-decisions': 'yes' })).toContain('Bias testing and explanations');
    expect(shown({ 'people-decisions': 'no' })).not.toContain('Bias testing and explanations');
    expect(shown({ 'customer-facing': 'yes' })).toContain('Telling people they deal with AI');
    expect(shown({ 'customer-facing': 'no' })).not.toContain('Telling people they deal with AI');
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

  it("keeps the README's checklist figures equal to `template stats`: checks and knock-outs per area and in all", () => {
    const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
    const stats = templateStats(template);
    const rows = new Map(
      [...readme.matchAll(/^\| ([A-Z][^|]+?) +\| (\d+) +\| (\d+) +\|$/gm)].map((m) => [m[1], [Number(m[2]), Number(m[3])]]),
    );
    expect(Object.fromEntries(rows)).toEqual(Object.fromEntries(stats.areas.map((a) => [a.title, [a.checks, a.knockouts]])));
    expect(readme).toContain(`(AI vendor risk checklist ${template.version}), has ${stats.checks} checks`);
    expect(readme).toContain(`in five areas, ${stats.knockouts} knock-outs`);
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
