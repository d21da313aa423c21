import { describe, expect, it } from 'vitest';
import { evidenceExpired } from '../../src/core/evidence-expiry';
import { LibrarySummary, summarize } from '../../src/core/library-summary';
import { miniAssessment } from '../support/builders';

describe('the library summary', () => {
  it('carries the round, the providers, the review date and the earliest evidence expiry', () => {
    const a = miniAssessment();
    const checkId = a.template.checks[0]?.id ?? 'missing';
    a.round = 2;
    a.nextReviewOn = '2027-06-30';
    a.providers = [{ id: 'p1', name: 'Example Model Lab', role: 'model-maker', scope: 'chat model', jurisdictions: [] }];
    a.answers[checkId] = {
      notes: [],
      evidence: [
        { id: 'e1', title: 'SOC 2 report', validUntil: '2027-03-31' },
        { id: 'e2', title: 'ISO certificate', validUntil: '2026-12-15' },
        { id: 'e3', title: 'DPA' },
      ],
    };
    const s = summarize(a);
    expect(s.round).toBe(2);
    expect(s.nextReviewOn).toBe('2027-06-30');
    expect(s.evidenceExpiresOn).toBe('2026-12-15');
    expect(s.providers).toEqual([{ name: 'Example Model Lab', role: 'model-maker', scope: 'chat model' }]);
  });

  it('refuses a summary cached before these fields existed, so the index is rebuilt from the file', () => {
    const fresh = summarize(miniAssessment());
    const newFields = new Set(['round', 'providers', 'nextReviewOn', 'evidenceExpiresOn']);
    const old = Object.fromEntries(Object.entries(fresh).filter(([key]) => !newFields.has(key)));
    expect(LibrarySummary.safeParse(old).success).toBe(false);
  });
});

describe('evidence expiry', () => {
  it('counts the valid-until day itself as still valid, the day after as expired, and no date as never expiring', () => {
    expect(evidenceExpired({ validUntil: '2026-12-15' }, '2026-12-15')).toBe(false);
    expect(evidenceExpired({ validUntil: '2026-12-15' }, '2026-12-16')).toBe(true);
    expect(evidenceExpired({}, '2099-01-01')).toBe(false);
  });
});
