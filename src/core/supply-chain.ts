import type { DataPathHop, Provider, ProviderRole } from './assessment-schema';
import { JURISDICTION_CODES, type HopJurisdiction } from './jurisdiction';
import { providerKey, resolveProvider, type ProviderAliases } from './provider-names';

/** A provider the data path suggests, for the user to confirm or dismiss; nothing is added without them. */
export interface ProviderSuggestion {
  /** The operator's name, or the canonical name it resolves to among the names already used. */
  name: string;
  role: ProviderRole;
  scope: string;
  jurisdictions: HopJurisdiction[];
  /** The components of the hops it operates, as the user named them. */
  hops: string[];
}

/**
 * The role a hop's component suggests for its operator. Deliberately simple: a component that speaks of a
 * model or inference is run by a model maker, one that speaks of hosting or a cloud by a hosting cloud;
 * anything else is another subprocessor, which the user can change.
 */
export function guessProviderRole(component: string): ProviderRole {
  const words = component.toLowerCase();
  if (/\b(models?|inference)\b/.test(words)) return 'model-maker';
  if (/\b(host|hosted|hosting|cloud)\b/.test(words)) return 'cloud';
  return 'subprocessor';
}

/** An operator as a provider's name: without the remarks in brackets ("Acme (subprocessor since May)"). */
function operatorName(operator: string): string {
  const bare = operator.replace(/\s*\([^()]*\)/g, '').trim();
  return bare === '' ? operator.trim() : bare;
}

/** The union of jurisdiction lists, one entry per code, in the pickers' order (the first EU member state kept). */
function mergeJurisdictions(lists: readonly HopJurisdiction[][]): HopJurisdiction[] {
  const byCode = new Map<string, HopJurisdiction>();
  for (const list of lists) for (const j of list) if (!byCode.has(j.code)) byCode.set(j.code, j);
  return JURISDICTION_CODES.flatMap((code) => byCode.get(code) ?? []);
}

/**
 * Providers suggested by the data path's operators: one per provider key, leaving out hops with no
 * operator, the vendor itself (it is the service, not upstream of it, also when the operator goes on
 * "Vendor, on its cloud") and providers already recorded. Remarks in brackets are not part of a name.
 * The role comes from the first of its hops whose component says more than "subprocessor".
 */
export function suggestProviders(
  input: { vendor: string; dataPath: readonly DataPathHop[]; providers: readonly Provider[] },
  known: readonly string[] = [],
  aliases: ProviderAliases = {},
): ProviderSuggestion[] {
  const canonical = (name: string) => resolveProvider(name, known, aliases) ?? name.trim();
  const vendor = providerKey(input.vendor);
  const taken = new Set(input.providers.map((p) => providerKey(canonical(p.name))));
  const byKey = new Map<string, { name: string; hops: DataPathHop[] }>();
  for (const hop of input.dataPath) {
    const operator = operatorName(hop.operator);
    const written = providerKey(operator);
    // "Vendor Ltd, on its own cloud" is still the vendor, and "Provider, its marketplace" still the provider.
    const covers = (k: string) => k !== '' && (written === k || written.startsWith(`${k} `));
    if (written === '' || covers(vendor)) continue;
    const name = canonical(operator);
    const key = providerKey(name);
    if (taken.has(key) || [...taken].some(covers)) continue;
    const entry = byKey.get(key) ?? { name, hops: [] };
    entry.hops.push(hop);
    byKey.set(key, entry);
  }
  return [...byKey.values()].map(({ name, hops }) => {
    const role = hops.map((h) => guessProviderRole(h.component)).find((r) => r !== 'subprocessor') ?? 'subprocessor';
    const placed = role === 'cloud' ? hops.find((h) => h.region.trim() !== '') : undefined;
    return {
      name,
      role,
      // A cloud's scope is where it hosts; a model maker's or subprocessor's is what it does here.
      scope: placed ? placed.region.trim() : [...new Set(hops.map((h) => h.component.trim()))].join(', ').slice(0, 300),
      jurisdictions: mergeJurisdictions(hops.map((h) => h.jurisdictions)),
      hops: hops.map((h) => h.component),
    };
  });
}
