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

  it('says whether personal or regulated data is involved, which classes, and where the hops and providers process it', () => {
    const plain = summarize(miniAssessment({}, { data: ['public'] }));
    expect(plain.sensitiveData).toBe(false);
    expect(plain.dataClasses).toEqual(['Public']);
    expect(plain.jurisdictions).toEqual([]);

    const a = miniAssessment({}, { data: ['public', 'personal'] });
    a.dataPath = [
      {
        id: 'h1',
        component: 'Inference',
        operator: 'Lab',
        region: '',
        jurisdictions: [{ code: 'us' }],
        jurisdictionNote: '',
        dataKinds: [],
        retention: '',
      },
      {
        id: 'h2',
        component: 'Storage',
        operator: 'Cloud',
        region: '',
        jurisdictions: [{ code: 'eu', memberState: 'DE' }],
        jurisdictionNote: '',
        dataKinds: [],
        retention: '',
      },
      {
        id: 'h3',
        component: 'Web search',
        operator: 'Search API',
        region: '',
        jurisdictions: [{ code: 'other', name: 'India' }],
        jurisdictionNote: '',
        dataKinds: [],
        retention: '',
        offByPolicy: { evidence: 'Switched off in the admin centre' },
      },
    ];
    a.providers = [{ id: 'p1', name: 'Lab', role: 'model-maker', scope: '', jurisdictions: [{ code: 'uk' }, { code: 'us' }] }];
    const s = summarize(a);
    expect(s.sensitiveData).toBe(true);
    expect(s.dataClasses).toEqual(['Public', 'Personal data']);
    // The hop switched off by policy does not count.
    expect(s.jurisdictions).toEqual(['EU/EEA (Germany)', 'UK', 'US']);
  });

  it('refuses a summary cached before these fields existed, so the index is rebuilt from the file', () => {
    const fresh = summarize(miniAssessment());
    const newFields = new Set([
      'round',
      'providers',
      'nextReviewOn',
      'evidenceExpiresOn',
      'sensitiveData',
      'dataClasses',
      'users',
      'jurisdictions',
    ]);
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
