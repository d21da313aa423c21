import type { Answer, Profile } from '../assessment-schema';
import { evaluateCondition } from '../condition';
import type { Check, Template, TriageQuestion } from '../template-schema';

/** The option id(s) a check's answer chose, as conditions see them; undefined when none. */
export function chosenOptions(answer: Answer | undefined): string | string[] | undefined {
  const r = answer?.response;
  if (r?.kind === 'option') return r.option;
  if (r?.kind === 'options') return r.options;
  return undefined;
}

/** Triage questions that apply given the profile so far, in template order. */
export function visibleTriage(template: Template, profile: Profile): TriageQuestion[] {
  const shown = new Set<string>();
  const lookup = (id: string) => (shown.has(id) ? profile[id] : undefined);
  const out: TriageQuestion[] = [];
  for (const q of template.triage) {
    if (!q.visibleWhen || evaluateCondition(q.visibleWhen, lookup)) {
      shown.add(q.id);
      out.push(q);
    }
  }
  return out;
}

/**
 * Checks that apply, in template order. A condition sees the profile (visible questions only) and
 * the answers of earlier checks that are themselves visible, so hiding a check hides its dependants.
 */
export function visibleChecks(template: Template, profile: Profile, answers: Readonly<Record<string, Answer>>): Check[] {
  const shownTriage = new Set(visibleTriage(template, profile).map((q) => q.id));
  const shownChecks = new Set<string>();
  const lookup = (id: string): unknown => {
    if (shownTriage.has(id)) return profile[id];
    if (shownChecks.has(id)) return chosenOptions(answers[id]);
    return undefined;
  };
  const out: Check[] = [];
  for (const check of template.checks) {
    if (!check.visibleWhen || evaluateCondition(check.visibleWhen, lookup)) {
      shownChecks.add(check.id);
      out.push(check);
    }
  }
  return out;
}
