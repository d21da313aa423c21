import { Assessment, type AssessmentInput } from '../../src/core/assessment-schema';
import type { CheckInput, TemplateInput } from '../../src/core/template-schema';
import { baseTriage, gradedCheck } from './builders';

const AREAS = ['region', 'data-path', 'identity', 'concentration', 'commercial'] as const;

/** A generated template with `count` checks over five areas; every tenth check is conditional, every fiftieth a knock-out. */
export function stressTemplateInput(count = 1000): TemplateInput {
  const checks: CheckInput[] = [];
  for (let i = 0; i < count; i++) {
    const area = AREAS[i % AREAS.length] as string;
    const id = `${area}-${String(i + 1).padStart(4, '0')}`;
    const extra: Partial<CheckInput> = { weight: 1 + (i % 3) };
    if (i % 10 === 9)
      extra.visibleWhen = {
        any: [
          { question: 'data', includes: 'personal' },
          { question: checks[i - 1]?.id ?? 'data', equals: 'good' },
        ],
      };
    if (i % 50 === 0)
      extra.knockout = {
        id: `ko-${i}`,
        options: ['bad'],
        onUnknown: false,
        minRating: 'high',
        why: `Check ${id} is a red flag when failed.`,
      };
    if (i % 7 === 0) extra.capture = { kind: 'number', label: 'Retention', unit: 'days' };
    checks.push(gradedCheck(id, area, extra));
  }
  return {
    id: 'stress',
    version: '1.0.0',
    title: `Stress checklist (${count} checks)`,
    triage: baseTriage,
    areas: AREAS.map((id) => ({ id, title: id })),
    checks,
  };
}

/** An assessment of the stress template with every check answered, a note on each. */
export function stressAssessment(count = 1000): Assessment {
  const template = stressTemplateInput(count);
  const options = ['good', 'partial', 'bad', 'will-not-say'];
  const input: AssessmentInput = {
    id: '3f1e9a2b-8c7d-4e6f-a5b4-c3d2e1f0a9b8',
    template,
    profile: { vendor: 'Stress Vendor', service: 'Stress Service', data: ['personal'], actions: 'none' },
    answers: Object.fromEntries(
      template.checks.map((c, i) => [
        c.id,
        {
          response: i % 13 === 0 ? { kind: 'unknown' } : { kind: 'option', option: options[i % options.length] },
          ...(c.capture ? { value: 30 + (i % 60) } : {}),
          notes: [
            {
              id: 'n-1',
              text: `Reviewed clause ${i} of the vendor terms; the answer rests on section ${i % 17}.`,
              visibility: 'shared',
              createdAt: '2026-11-03T10:00:00.000Z',
            },
          ],
        },
      ]),
    ),
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-03T10:00:00.000Z',
  };
  return Assessment.parse(input);
}
