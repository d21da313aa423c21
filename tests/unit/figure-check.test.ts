import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/core/assessment-schema';
import { figureMismatch, figureMismatchWords, figureMismatches } from '../../src/core/figure-check';
import { decodeFineprint } from '../../src/core/file-format';
import { Template, type Check } from '../../src/core/template-schema';
import { modelOf } from './report-fixtures';

const template = Template.parse(JSON.parse(readFileSync(join(import.meta.dirname, '../../templates/ai-vendor-risk.json'), 'utf8')));

function check(id: string): Check {
  const found = template.checks.find((c) => c.id === id);
  if (!found) throw new Error(`no check ${id}`);
  return found;
}

const answer = (option: string, value?: number | string): Answer => ({
  response: { kind: 'option', option },
  ...(value === undefined ? {} : { value }),
  notes: [],
  evidence: [],
});

describe('a figure that contradicts its answer', () => {
  const notice = check('concentration-05');

  it('flags notice given with the answer "no notice", in words that name the figure and the answer', () => {
    const m = figureMismatch(notice, answer('no-notice', 30));
    expect(m).toMatchObject({ checkId: 'concentration-05', optionId: 'no-notice', value: 30, expects: 'none' });
    expect(figureMismatchWords(notice, m!)).toBe(
      'The figure (30 days) does not fit the answer “No notice: the provider can change at any time”, which says there is none. Check the figure or the answer.',
    );
  });

  it('flags no notice with an answer that promises notice', () => {
    for (const option of ['notice-exit-refund', 'notice-no-exit']) {
      const m = figureMismatch(notice, answer(option, 0));
      expect(m?.expects).toBe('some');
      expect(figureMismatchWords(notice, m!)).toMatch(/^A figure of 0 days does not fit the answer “Advance notice/);
    }
  });

  it('leaves figures that fit alone', () => {
    expect(figureMismatch(notice, answer('no-notice', 0))).toBeUndefined();
    expect(figureMismatch(notice, answer('notice-exit-refund', 90))).toBeUndefined();
    expect(figureMismatch(notice, answer('no-notice'))).toBeUndefined();
    expect(figureMismatch(notice, { response: { kind: 'unknown' }, value: 30, notes: [], evidence: [] })).toBeUndefined();
    expect(figureMismatch(notice, answer('will-not-say', 0))).toBeUndefined();
  });

  it('says nothing where the answer does not speak of the figure', () => {
    // "A list on a web page that changes without direct notice": zero days' notice fits it.
    expect(figureMismatch(check('data-path-03'), answer('web-page-only', 0))).toBeUndefined();
    expect(figureMismatch(check('data-path-03'), answer('list-notice', 0))?.expects).toBe('some');
    // "Failover exists, but the regions are not disclosed": zero regions disclosed fits it.
    expect(figureMismatch(check('region-03'), answer('undisclosed', 0))).toBeUndefined();
    expect(figureMismatch(check('region-03'), answer('no-failover', 2))?.expects).toBe('none');
    // Revoking access within the hour: 0 hours is the best case, not a contradiction.
    expect(figureMismatch(check('identity-02'), answer('scim-prompt', 0))).toBeUndefined();
    expect(figureMismatch(check('identity-09'), answer('none', 90))?.expects).toBe('none');
  });

  it('lists every mismatch of an assessment in checklist order, among the checks asked for', () => {
    const answers = {
      'concentration-05': answer('no-notice', 30),
      'region-12': answer('no-uplift', 5),
      'commercial-06': answer('covers-upstream', 99.9),
    };
    expect(figureMismatches({ template, answers }).map((m) => m.checkId)).toEqual(['region-12', 'concentration-05']);
    expect(figureMismatches({ template, answers }, new Set(['concentration-05'])).map((m) => m.checkId)).toEqual(['concentration-05']);
  });
});

describe('the report and a figure that contradicts its answer', () => {
  it('prints the hint beside the figure, in the findings and in the appendix', () => {
    const decoded = decodeFineprint(
      readFileSync(join(import.meta.dirname, '../../templates/samples/suite-copilot-second-model-maker.fineprint')),
    );
    if (!decoded.ok) throw new Error('the sample decodes');
    const { assessment } = decoded.value;
    const changed = { ...assessment, answers: { ...assessment.answers, 'concentration-05': answer('no-notice', 30) } };
    const m = modelOf(changed);
    const hint = figureMismatchWords(check('concentration-05'), figureMismatch(check('concentration-05'), answer('no-notice', 30))!);
    const finding = m.findings.flatMap((g) => g.rows).find((r) => r.checkId === 'concentration-05');
    expect(finding?.figure).toBe('Notice before a change of model provider or hosting cloud: 30 days');
    expect(finding?.figureHint).toBe(hint);
    const entry = m.appendix.checks.flatMap((g) => g.entries).find((e) => e.checkId === 'concentration-05');
    expect(entry?.figureHint).toBe(hint);
    // The sample as shipped has no such contradiction.
    expect(
      modelOf(assessment)
        .appendix.checks.flatMap((g) => g.entries)
        .filter((e) => e.figureHint !== undefined),
    ).toEqual([]);
  });
});
