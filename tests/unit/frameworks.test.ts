import { describe, expect, it } from 'vitest';
import { FRAMEWORK_ID_PATTERNS, FRAMEWORK_NAMES, referenceIdFits } from '../../src/core/frameworks';

const fits = (framework: string, id: string) => referenceIdFits({ framework, id });

describe('reference id patterns, src/core/frameworks.ts', () => {
  it('has a pattern for every framework it can name, and a name for every pattern', () => {
    expect(Object.keys(FRAMEWORK_ID_PATTERNS).sort()).toEqual(Object.keys(FRAMEWORK_NAMES).sort());
  });

  it('accepts ids in the form each framework publishes', () => {
    for (const [framework, id] of [
      ['RMF', 'GOVERN 6.1'],
      ['RMF', 'MEASURE 2.11'],
      ['600-1', 'GV-6.2-007'],
      ['600-1', 'MS-2.11-002'],
      ['CCM', 'A&A-02'],
      ['AICM', 'IAM-19'],
      ['AICM', 'MDS-06'],
      ['42001', 'A.6.2.8'],
      ['42001', 'A.10.3'],
      ['27001', 'A.5.23'],
      ['OWASP', 'LLM10:2025'],
      ['GDPR', 'Art. 28(3)(f)'],
      ['UK GDPR', 'Art. 45A'],
      ['AIA', 'Art. 113'],
      ['DA', 'Art. 25(2)(e)'],
      ['DORA', 'Art. 30(3)(f)'],
      ['DORA', 'RTS (EU) 2025/532'],
      ['DORA', 'ITS (EU) 2024/2956'],
    ])
      expect(fits(framework, id), `${framework} ${id}`).toBe(true);
  });

  it('rejects names, other editions and malformed ids', () => {
    for (const [framework, id] of [
      ['AICM', 'Agent access restriction (v1.0)'],
      ['CCM', 'MDS-02'],
      ['OWASP', 'LLM01'],
      ['OWASP', 'LLM03:2026'],
      ['600-1', 'GV-6.1'],
      ['RMF', 'Govern 6.1'],
      ['42001', 'A.11.2'],
      ['27001', 'A.9.2'],
      ['GDPR', 'Art 28'],
      ['GDPR', 'Art. 45A'],
      ['DORA', 'RTS 2025/532'],
    ])
      expect(fits(framework, id), `${framework} ${id}`).toBe(false);
  });

  it('leaves the ids of a framework it does not know to the template that cites it', () => {
    expect(fits('Our policy', 'SEC-7 (rev. 3)')).toBe(true);
  });
});
