import type { Profile } from '../assessment-schema';
import type { Template } from '../template-schema';
import { visibleTriage } from './visibility';

/** One triage choice that raised the impact factor. */
export interface ImpactSource {
  question: string;
  option: string;
  label: string;
  impact: number;
}

/** The impact factor the triage sets, and the choices behind it. */
export interface Impact {
  factor: number;
  sources: ImpactSource[];
}

/**
 * Multiplies the impacts of the chosen triage options (regulated data, agentic actions...), capped at
 * the template's `maxImpact`, so several aggravating factors compound but cannot run away.
 */
export function impactOf(template: Template, profile: Profile): Impact {
  const sources: ImpactSource[] = [];
  let factor = 1;
  for (const q of visibleTriage(template, profile)) {
    const value = profile[q.id];
    const chosen = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
    for (const option of q.options ?? []) {
      if (option.impact !== undefined && option.impact > 1 && chosen.includes(option.id)) {
        sources.push({ question: q.id, option: option.id, label: option.label, impact: option.impact });
        factor *= option.impact;
      }
    }
  }
  return { factor: Math.min(factor, template.scoring.maxImpact), sources };
}
