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
  /** Per area: its checks, and the distinct knock-outs its checks carry. */
  areas: { id: string; title: string; checks: number; knockouts: number }[];
  checks: number;
  knockouts: number;
  withReferences: number;
  withRecommendations: number;
  withHelp: number;
  /** Every check in template order, named as the window names it: its short title, else its prompt. */
  checkList: { id: string; area: string; title: string; knockout?: string }[];
}

/** The distinct knock-out ids some checks carry (a knock-out may guard several checks). */
function knockoutIds(checks: readonly Template['checks'][number][]): Set<string> {
  return new Set(checks.flatMap((c) => (c.knockout ? [c.knockout.id] : [])));
}

/** Figures about a template: checks and knock-outs per area, the checks by name, and how complete the guidance is. */
export function templateStats(t: Template): TemplateStats {
  const help = (c: Template['checks'][number]) => [c.help.why, c.help.good, c.help.redFlag, c.help.evidence].every((s) => s.trim() !== '');
  return {
    id: t.id,
    version: t.version,
    areas: t.areas.map((a) => {
      const inArea = t.checks.filter((c) => c.area === a.id);
      return { id: a.id, title: a.title, checks: inArea.length, knockouts: knockoutIds(inArea).size };
    }),
    checks: t.checks.length,
    knockouts: knockoutIds(t.checks).size,
    withReferences: t.checks.filter((c) => c.references.length > 0).length,
    withRecommendations: t.checks.filter((c) => c.options.every((o) => !isRisky(o.risk) || o.recommendation !== undefined)).length,
    withHelp: t.checks.filter(help).length,
    checkList: t.checks.map((c) => ({
      id: c.id,
      area: c.area,
      title: c.shortTitle ?? c.prompt,
      ...(c.knockout ? { knockout: c.knockout.id } : {}),
    })),
  };
}
