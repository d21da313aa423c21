// A small assessment that exercises every part of the report, and the report options tests use.
import { Assessment, type AssessmentInput } from '../../src/core/assessment-schema';
import { evaluate } from '../../src/core/engine/evaluate';
import { buildReportModel } from '../../src/core/report/model';
import type { ReportModel, ReportOptions } from '../../src/core/report/model-types';
import type { TemplateInput } from '../../src/core/template-schema';
import { baseTriage, gradedCheck } from '../support/builders';

/** Text in the scripts the report supports, to check they survive a text-extraction round trip. */
export const UNICODE_SAMPLES = [
  'Zürich, Łódź, Ærøskøbing, Tórshavn, Český Krumlov, Brașov',
  'Ελληνικά: ασφάλεια δεδομένων',
  'Кириллица: защита данных',
  '“Typographic” ‘quotes’ — dashes – «guillemets» … €100 ± 5 ‰ №7',
];

/** A template with three areas: captured figures, a knock-out and a conditional check. */
export function reportTemplateInput(): TemplateInput {
  return {
    id: 'report-fixture',
    version: '2.1.0',
    title: 'Report fixture checklist',
    triage: [
      ...baseTriage,
      {
        id: 'jurisdictions',
        label: 'Whose law applies?',
        kind: 'multi',
        options: [
          { id: 'eu', label: 'European Union or EEA' },
          { id: 'uk', label: 'United Kingdom' },
          { id: 'us', label: 'United States' },
          { id: 'ch', label: 'Switzerland' },
          { id: 'other', label: 'Other' },
        ],
      },
    ],
    areas: [
      { id: 'region', title: 'Service region' },
      { id: 'data-path', title: 'Data path' },
      { id: 'identity', title: 'Identity and access' },
    ],
    checks: [
      gradedCheck('region-01', 'region', { weight: 3, references: [{ framework: 'CCM', id: 'DSP-19' }] }),
      gradedCheck('region-02', 'region', { capture: { kind: 'number', label: 'Notice of new subprocessors', unit: 'days' } }),
      gradedCheck('data-path-01', 'data-path', { capture: { kind: 'number', label: 'Abuse-monitoring retention', unit: 'days' } }),
      gradedCheck('data-path-02', 'data-path', { visibleWhen: { question: 'data', includes: 'personal' } }),
      gradedCheck('identity-01', 'identity', {
        knockout: { id: 'ko-no-sso', options: ['bad'], onUnknown: false, minRating: 'critical', why: 'Without SSO leavers keep access.' },
      }),
      gradedCheck('identity-02', 'identity', { capture: { kind: 'number', label: 'Uptime committed', unit: 'percent' } }),
    ],
  };
}

const note = (id: string, text: string, visibility: 'shared' | 'internal' = 'shared') => ({
  id,
  text,
  visibility,
  createdAt: '2026-02-12T10:00:00.000Z',
});

/** The fixture assessment; `patch` changes the input before it is parsed. */
export function reportAssessment(patch: (input: AssessmentInput) => void = () => undefined): Assessment {
  const input: AssessmentInput = {
    id: '0b9d3c1e-2f4a-4b5c-8d6e-7f8091a2b3c4',
    template: reportTemplateInput(),
    profile: { vendor: 'Acme Models GmbH', service: 'Acme Copilot Pro', data: ['personal'], actions: 'none', jurisdictions: ['eu'] },
    answers: {
      'region-01': {
        response: { kind: 'option', option: 'partial' },
        notes: [
          note('n1', `Shared: vendor names Frankfurt only. ${UNICODE_SAMPLES.join(' | ')}`),
          note('n2', 'SECRET-INTERNAL legal thinks the DPA is weak', 'internal'),
        ],
        evidence: [
          {
            id: 'e1',
            title: 'Data processing addendum',
            document: 'DPA v4.pdf',
            clause: '7.2',
            seenOn: '2026-02-10',
            sha256: 'a'.repeat(64),
          },
        ],
      },
      'region-02': { response: { kind: 'option', option: 'bad' }, value: 30 },
      'data-path-01': { response: { kind: 'unknown' }, value: 45 },
      'data-path-02': { response: { kind: 'not-applicable', reason: 'No personal data leaves the tenant.' } },
      'identity-01': { response: { kind: 'option', option: 'bad' } },
      'identity-02': { response: { kind: 'option', option: 'good' }, value: 99.9 },
    },
    dataPath: [
      {
        id: 'hop-1',
        component: 'Chat front end',
        operator: 'Acme Models GmbH',
        region: 'Frankfurt',
        jurisdictions: [{ code: 'eu', memberState: 'DE' }],
        dataKinds: ['prompts', 'files'],
        retention: '30 days',
      },
      {
        id: 'hop-2',
        component: 'Inference',
        operator: 'Big Cloud Inc.',
        region: 'US East',
        jurisdictions: [{ code: 'us' }],
        dataKinds: ['prompts'],
        retention: 'None',
      },
      {
        id: 'hop-3',
        component: 'Abuse monitoring',
        operator: 'Acme Models GmbH',
        region: '',
        jurisdictions: [],
        dataKinds: [],
        retention: '',
      },
    ],
    decision: {
      outcome: 'approve-with-conditions',
      rationale: 'Approve for internal data only until the inference region is committed in the contract.',
      conditions: [{ id: 'c1', text: 'Commit the inference region in the order form.', owner: 'Legal counsel', due: '2026-06-30' }],
      signOffs: [
        { role: 'security', name: 'Ingrid Vos', date: '2026-03-03' },
        { role: 'procurement', name: 'Aline Dupont' },
      ],
    },
    createdAt: '2026-02-01T09:00:00.000Z',
    updatedAt: '2026-03-04T09:00:00.000Z',
    history: [
      { at: '2026-02-01T09:00:00.000Z', by: 'Aline Dupont', event: { kind: 'note', text: 'Created.' } },
      { at: '2026-02-12T09:00:00.000Z', by: 'Ingrid Vos', event: { kind: 'note', text: 'Answered.' } },
      {
        at: '2026-03-04T09:00:00.000Z',
        by: 'Aline Dupont',
        event: { kind: 'decision-changed', from: 'pending', to: 'approve-with-conditions' },
      },
    ],
  };
  patch(input);
  return Assessment.parse(input);
}

/** Report options fixed for tests. */
export const TEST_OPTIONS: ReportOptions = {
  generatedAt: '2026-03-05T09:00:00.000Z',
  organisation: 'Contoso Ltd',
  confidentiality: 'Confidential: board only',
};

/** The model of an assessment under the test options (plus `options`). */
export function modelOf(assessment: Assessment, options: Partial<ReportOptions> = {}): ReportModel {
  return buildReportModel(assessment, evaluate(assessment), { ...TEST_OPTIONS, ...options });
}
