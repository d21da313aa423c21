import { Assessment, type AssessmentInput } from '../../src/core/assessment-schema';
import { Template, type CheckInput, type TemplateInput } from '../../src/core/template-schema';

const help = (id: string) => ({
  why: `Why ${id} matters to the buyer.`,
  good: `A good answer to ${id} names it in the contract.`,
  redFlag: `A red flag for ${id} is a vague promise.`,
  evidence: `Ask for the clause that covers ${id}.`,
});

const rec = (id: string, option: string) => ({
  mitigation: `Mitigate ${id} when the answer is ${option}.`,
  clause: `The Supplier shall fix ${id} (${option}).`,
});

/** A graded check with options good (none), partial (medium), bad (high), will-not-say (high). */
export function gradedCheck(id: string, area: string, extra: Partial<CheckInput> = {}): CheckInput {
  return {
    id,
    area,
    prompt: `Does the vendor handle ${id} well?`,
    options: [
      { id: 'good', label: 'Yes, in the contract', risk: 'none' },
      { id: 'partial', label: 'Partly', risk: 'medium', recommendation: rec(id, 'partial') },
      { id: 'bad', label: 'No', risk: 'high', recommendation: rec(id, 'bad') },
      { id: 'will-not-say', label: 'Vendor will not say', risk: 'high', recommendation: rec(id, 'will-not-say') },
    ],
    help: help(id),
    references: [{ framework: 'CCM', id: 'DSP-19' }],
    ...extra,
  };
}

/** The triage every test template starts with. */
export const baseTriage: TemplateInput['triage'] = [
  { id: 'vendor', label: 'Vendor', kind: 'text', required: true },
  { id: 'service', label: 'Service', kind: 'text', required: true },
  {
    id: 'data',
    label: 'Data the service will see',
    kind: 'multi',
    options: [
      { id: 'public', label: 'Public' },
      { id: 'personal', label: 'Personal data', impact: 1.5 },
    ],
  },
  {
    id: 'actions',
    label: 'Does it act on the user’s behalf?',
    kind: 'single',
    options: [
      { id: 'none', label: 'No' },
      { id: 'autonomous', label: 'Yes, on its own', impact: 1.5 },
    ],
  },
];

/** A small valid template: two areas, four checks, one conditional, one knock-out. */
export function miniTemplateInput(): TemplateInput {
  return {
    id: 'mini',
    version: '1.0.0',
    title: 'Mini checklist',
    triage: baseTriage,
    areas: [
      { id: 'region', title: 'Region' },
      { id: 'identity', title: 'Identity' },
    ],
    checks: [
      gradedCheck('region-01', 'region'),
      gradedCheck('region-02', 'region', { weight: 2, visibleWhen: { question: 'data', includes: 'personal' } }),
      gradedCheck('identity-01', 'identity', {
        knockout: { id: 'ko-no-sso', options: ['bad'], onUnknown: false, minRating: 'critical', why: 'Without SSO leavers keep access.' },
      }),
      gradedCheck('identity-02', 'identity', {
        visibleWhen: { question: 'identity-01', equals: 'good' },
        capture: { kind: 'number', label: 'Days to remove a leaver', unit: 'days' },
      }),
    ],
  };
}

/** The mini template, parsed. */
export function miniTemplate(): Template {
  return Template.parse(miniTemplateInput());
}

/** An assessment of the mini template with the given answers (option ids or special responses). */
export function miniAssessment(answers: Record<string, string> = {}, profile: Record<string, unknown> = {}): Assessment {
  const input: AssessmentInput = {
    id: '7d4f0c2e-5b1a-4c3e-9f6a-2b8d1e0a3c51',
    template: miniTemplateInput(),
    profile: { vendor: 'Example Vendor', service: 'Example Copilot', data: ['public'], actions: 'none', ...profile },
    answers: Object.fromEntries(
      Object.entries(answers).map(([checkId, a]) => [
        checkId,
        {
          response:
            a === 'unknown'
              ? { kind: 'unknown' }
              : a.startsWith('na:')
                ? { kind: 'not-applicable', reason: a.slice(3) }
                : { kind: 'option', option: a },
        },
      ]),
    ),
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-02T09:00:00.000Z',
  };
  return Assessment.parse(input);
}
