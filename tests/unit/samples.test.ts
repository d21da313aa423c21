import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/core/assessment-schema';
import { evaluate } from '../../src/core/engine/evaluate';
import { decodeFineprint } from '../../src/core/file-format';
import type { Rating } from '../../src/core/risk';
import { Template } from '../../src/core/template-schema';
import { SAMPLES_DIR, buildSamples } from '../../src/node/tools/samples/index';

const root = join(import.meta.dirname, '../..');
const currentTemplate = Template.parse(JSON.parse(readFileSync(join(root, 'templates/ai-vendor-risk.json'), 'utf8')));

/** What each sample was designed to show: its rating and the knock-outs it fires. */
const EXPECTED: Record<string, { rating: Rating; knockouts: string[] }> = {
  'suite-copilot-second-model-maker.fineprint': { rating: 'high', knockouts: ['ko-region-not-committed'] },
  'powered-by-startup-global-routing.fineprint': {
    rating: 'critical',
    knockouts: [
      'ko-region-not-committed',
      'ko-no-processor-terms',
      'ko-no-subprocessor-notice',
      'ko-training-on-data',
      'ko-no-sso',
      'ko-no-transfer-mechanism',
    ],
  },
  'model-api-zero-retention-eu.fineprint': { rating: 'low', knockouts: [] },
  'agent-platform-tenant-wide.fineprint': {
    rating: 'critical',
    knockouts: [
      'ko-training-on-data',
      'ko-agent-tenant-wide',
      'ko-no-export-deletion',
      'ko-autonomous-agent-no-log',
      'ko-dora-provisions-refused',
    ],
  },
};

/** Options under which the vendor gives no figure to capture (no cap, no deadline, no expiry, no fixed period). */
const NO_FIGURE: Record<string, string[]> = {
  'commercial-01': ['uncapped'],
  'commercial-07': ['undue-delay', 'no-commitment'],
  'concentration-04': ['silent-swaps'],
  'data-path-05': ['open-ended'],
  'data-path-12': ['indefinite'],
  'identity-04': ['no-api', 'org-wide'],
};

const names = Object.keys(EXPECTED);

function load(name: string): Assessment {
  const decoded = decodeFineprint(readFileSync(join(root, SAMPLES_DIR, name)));
  if (!decoded.ok) throw new Error(decoded.problems.map((p) => `${p.location}: ${p.message}`).join('\n'));
  return decoded.value.assessment;
}

describe('the sample assessments in templates/samples', () => {
  it('are exactly the four designed samples', () => {
    expect(
      readdirSync(join(root, SAMPLES_DIR))
        .filter((f) => f.endsWith('.fineprint'))
        .sort(),
    ).toEqual([...names].sort());
  });

  it('are exactly what `npm run samples` builds from the current template (run it after changing either)', () => {
    const built = buildSamples();
    expect(built.map((s) => s.fileName)).toEqual(names);
    for (const { fileName, text } of built) expect(readFileSync(join(root, SAMPLES_DIR, fileName), 'utf8'), fileName).toBe(text);
  });

  describe.each(names)('%s', (name) => {
    it('decodes with no warnings and an intact digest', () => {
      const decoded = decodeFineprint(readFileSync(join(root, SAMPLES_DIR, name)));
      expect(decoded.ok ? [] : decoded.problems).toEqual([]);
      if (!decoded.ok) return;
      expect(decoded.warnings).toEqual([]);
      expect(decoded.value.integrityOk).toBe(true);
    });

    it('embeds the current default template', () => {
      expect(load(name).template).toEqual(currentTemplate);
    });

    it('scores to its designed rating and knock-outs', () => {
      const e = evaluate(load(name));
      expect(e.overall.rating).toBe(EXPECTED[name]?.rating);
      expect(e.knockouts.map((k) => k.id).sort()).toEqual([...(EXPECTED[name]?.knockouts ?? [])].sort());
    });

    it('answers every visible check, and gives a reason wherever it says "not applicable"', () => {
      const a = load(name);
      const e = evaluate(a);
      expect(e.progress.unanswered).toBe(0);
      expect(e.progress.missingReason).toBe(0);
      expect(e.flags).toEqual([]);
      expect(Object.keys(a.answers).sort()).toEqual([...e.visibleCheckIds].sort());
      const options = Object.values(a.answers).filter((x) => x.response?.kind === 'option').length;
      expect(options).toBeGreaterThan(e.progress.visible * 0.8);
    });

    it('captures a plausible figure on every numeric check answered with an option that has one', () => {
      const a = load(name);
      for (const check of a.template.checks) {
        const answer = a.answers[check.id];
        if (!answer) continue;
        if (check.capture?.kind !== 'number') {
          expect(answer.value, check.id).toBeUndefined();
          continue;
        }
        const r = answer.response;
        if (r?.kind !== 'option' || NO_FIGURE[check.id]?.includes(r.option)) continue;
        expect(typeof answer.value, check.id).toBe('number');
        const value = answer.value as number;
        expect(Number.isFinite(value) && value >= 0, check.id).toBe(true);
        if (check.capture.unit === 'percent') expect(value, check.id).toBeLessThanOrEqual(100);
        if (check.capture.min !== undefined) expect(value, check.id).toBeGreaterThanOrEqual(check.capture.min);
        if (check.capture.max !== undefined) expect(value, check.id).toBeLessThanOrEqual(check.capture.max);
      }
    });

    it('carries notes, evidence, a 4-6 hop data path, a signed-off decision and a history', () => {
      const a = load(name);
      const answers = Object.values(a.answers);
      const notes = answers.flatMap((x) => x.notes);
      const evidence = answers.flatMap((x) => x.evidence);
      expect(notes.filter((n) => n.visibility === 'shared').length).toBeGreaterThan(answers.length / 2);
      expect(notes.some((n) => n.visibility === 'internal')).toBe(true);
      expect(evidence.length).toBeGreaterThanOrEqual(3);
      expect(evidence.some((x) => x.sha256 !== undefined)).toBe(true);
      for (const x of evidence) {
        expect(x.document ?? x.link, x.id).toBeDefined();
        expect(x.seenOn, x.id).toBeDefined();
        if (x.link) expect(new URL(x.link).hostname, x.id).toMatch(/\.(example|invalid)$|(^|\.)example\.(com|org|net)$/);
      }
      expect(a.dataPath.length).toBeGreaterThanOrEqual(4);
      expect(a.dataPath.length).toBeLessThanOrEqual(6);
      for (const hop of a.dataPath)
        expect(
          [hop.operator, hop.region, hop.retention].every((s) => s !== '') && (hop.jurisdictions.length > 0 || hop.jurisdictionNote !== ''),
          hop.id,
        ).toBe(true);
      expect(a.decision.outcome).not.toBe('pending');
      expect(a.decision.rationale).not.toBe('');
      if (a.decision.outcome === 'approve-with-conditions') {
        expect(a.decision.conditions.length).toBeGreaterThan(0);
        for (const c of a.decision.conditions) expect(c.owner !== '' && c.due !== undefined, c.id).toBe(true);
      }
      expect(a.decision.signOffs.map((s) => s.role).sort()).toEqual(['legal', 'procurement', 'security']);
      for (const s of a.decision.signOffs) expect(s.name !== '' && s.date !== undefined, s.role).toBe(true);
      expect(a.history.length).toBeGreaterThanOrEqual(2);
      expect(a.createdAt <= a.updatedAt).toBe(true);
      for (const x of answers) expect(x.updatedAt !== undefined && x.updatedAt >= a.createdAt && x.updatedAt <= a.updatedAt).toBe(true);
    });
  });

  it('leaves no model-api sample knock-out and rates it low or medium', () => {
    const e = evaluate(load('model-api-zero-retention-eu.fineprint'));
    expect(e.knockouts).toEqual([]);
    expect(['low', 'medium']).toContain(e.overall.rating);
  });

  it('together fire every knock-out the template declares', () => {
    const declared = new Set(currentTemplate.checks.flatMap((c) => (c.knockout ? [c.knockout.id] : [])));
    const fired = new Set(names.flatMap((name) => evaluate(load(name)).knockouts.map((k) => k.id)));
    expect([...declared].filter((id) => !fired.has(id))).toEqual([]);
  });
});
