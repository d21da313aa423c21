import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Answer, Profile, Response } from '../../../src/core/assessment-schema';
import { evaluate } from '../../../src/core/engine/evaluate';
import { visibleChecks } from '../../../src/core/engine/visibility';
import { Template, type Check } from '../../../src/core/template-schema';

/** The default checklist, as the app bundles it. */
export const DEFAULT_TEMPLATE = Template.parse(
  JSON.parse(readFileSync(join(import.meta.dirname, '../../../templates/ai-vendor-risk.json'), 'utf8')),
);

/** The checks a profile makes visible, in the order the window walks them: area by area. */
export function walkOrder(profile: Profile, template = DEFAULT_TEMPLATE): Check[] {
  const visible = visibleChecks(template, profile, {});
  return template.areas.flatMap((a) => visible.filter((c) => c.area === a.id));
}

/** The score text the header should show for these responses, computed by the engine in Node. */
export function expectedScoreText(profile: Profile, responses: Record<string, Response>, template = DEFAULT_TEMPLATE): string {
  const answers: Record<string, Answer> = Object.fromEntries(
    Object.entries(responses).map(([id, response]) => [id, { response, notes: [], evidence: [] }]),
  );
  const score = evaluate({ template, profile, answers, dataPath: [] }).overall.score;
  return score === null ? 'No score yet' : `Score ${score.toFixed(1)}`;
}
