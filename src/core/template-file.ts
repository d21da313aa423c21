import { decodeUtf8Text, parseJsonText } from './json-input';
import { issuesToProblems, pathToLocation, WHOLE_FILE, type Result } from './problems';
import { isRisky } from './risk';
import { templateTextBoundsProblem } from './template-bounds';
import { Template } from './template-schema';

/**
 * Decodes the bytes of a template JSON file and validates it. Never throws. A template beyond the limits of
 * TEMPLATE_LIMITS is refused before it is parsed where its text shows it, and before it is validated otherwise.
 */
export function decodeTemplate(bytes: Uint8Array): Result<Template> {
  try {
    const text = decodeUtf8Text(bytes);
    if (!text.ok) return text;
    const bound = templateTextBoundsProblem(text.value);
    if (bound) return { ok: false, problems: [{ location: pathToLocation(bound.path), message: bound.message }] };
    const json = parseJsonText(text.value);
    if (!json.ok) return json;
    const parsed = Template.safeParse(json.value);
    if (!parsed.success) return { ok: false, problems: issuesToProblems(parsed.error.issues, WHOLE_FILE) };
    return { ok: true, value: parsed.data, warnings: [] };
  } catch (error) {
    return { ok: false, problems: [{ location: WHOLE_FILE, message: `could not be read (${(error as Error).message})` }] };
  }
}

/** Counts a template's content, as `fineprint template stats` reports it. */
export interface TemplateStats {
  id: string;
  version: string;
  areas: { id: string; title: string; checks: number }[];
  checks: number;
  knockouts: number;
  withReferences: number;
  withRecommendations: number;
  withHelp: number;
}

/** Figures about a template: checks per area, distinct knock-outs, and how complete the guidance is. */
export function templateStats(t: Template): TemplateStats {
  const help = (c: Template['checks'][number]) => [c.help.why, c.help.good, c.help.redFlag, c.help.evidence].every((s) => s.trim() !== '');
  return {
    id: t.id,
    version: t.version,
    areas: t.areas.map((a) => ({ id: a.id, title: a.title, checks: t.checks.filter((c) => c.area === a.id).length })),
    checks: t.checks.length,
    knockouts: new Set(t.checks.flatMap((c) => (c.knockout ? [c.knockout.id] : []))).size,
    withReferences: t.checks.filter((c) => c.references.length > 0).length,
    withRecommendations: t.checks.filter((c) => c.options.every((o) => !isRisky(o.risk) || o.recommendation !== undefined)).length,
    withHelp: t.checks.filter(help).length,
  };
}
