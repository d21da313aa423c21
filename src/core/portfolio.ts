import { PROVIDER_ROLES, type Assessment, type Answer, type ProviderRole } from './assessment-schema';
import { providerKey } from './provider-names';
import type { DecisionOutcome } from './decision-outcome';
import { visibleChecks } from './engine/visibility';
import type { LibrarySummary } from './library-summary';
import type { Rating } from './risk';
import type { Check, ProviderEvent } from './template-schema';

/** One service of the library as the portfolio shows it. */
export interface PortfolioService {
  id: string;
  service: string;
  vendor: string;
  rating: Rating | null;
  provisional: boolean;
  decision: DecisionOutcome;
  sensitiveData: boolean;
  dataClasses: string[];
  users: string;
  jurisdictions: string[];
}

/** How one service depends on one provider: the roles it plays there and what it provides. */
export interface PortfolioLink {
  roles: ProviderRole[];
  /** What it provides to this service ("chat model", "EU West"), several joined by "; ". */
  scope: string;
}

/** A provider's share of the library: how many services depend on it, of all and of those with sensitive data. */
export interface Concentration {
  services: number;
  /** Of all services in the library, 0-1. */
  share: number;
  sensitiveServices: number;
  /** Of the services with personal or regulated data, 0-1; null when the library has none. */
  sensitiveShare: number | null;
}

/** One upstream provider across the library, with the services that depend on it. */
export interface PortfolioProvider {
  /** The grouping key: the same provider however its name is cased or spaced. */
  key: string;
  /** The name as most services spell it. */
  name: string;
  /** The role it plays most often (model maker before cloud before subprocessor on a tie). */
  role: ProviderRole;
  roles: ProviderRole[];
  services: (PortfolioService & PortfolioLink)[];
  concentration: Concentration;
}

/** The portfolio view model: services against providers. */
export interface Portfolio {
  /** Every service in the library, by name. */
  services: PortfolioService[];
  /** Providers, the most depended-on first. */
  providers: PortfolioProvider[];
  /** One row per service, one cell per provider (in the order of `providers`); null where it does not depend on it. */
  matrix: { service: PortfolioService; cells: (PortfolioLink | null)[] }[];
  /** Services with personal or regulated data. */
  sensitiveServices: number;
  /** Services with no provider recorded. */
  withoutProviders: number;
}

const byName = (a: { service: string; vendor: string }, b: { service: string; vendor: string }) =>
  a.service.localeCompare(b.service) || a.vendor.localeCompare(b.vendor);

/** Builds the portfolio from the library's summaries. */
export function buildPortfolio(summaries: readonly LibrarySummary[], keyOf: (name: string) => string = providerKey): Portfolio {
  const services = summaries.map(toService).sort(byName);
  const serviceById = new Map(services.map((s) => [s.id, s]));
  const sensitiveServices = services.filter((s) => s.sensitiveData).length;

  interface Group {
    key: string;
    spellings: Map<string, number>;
    roleCounts: Map<ProviderRole, number>;
    links: Map<string, PortfolioLink>;
  }
  const groups = new Map<string, Group>();
  let withoutProviders = 0;
  for (const summary of summaries) {
    if (summary.providers.length === 0) withoutProviders += 1;
    for (const p of summary.providers) {
      const key = keyOf(p.name);
      if (!key) continue;
      let g = groups.get(key);
      if (!g) {
        g = { key, spellings: new Map(), roleCounts: new Map(), links: new Map() };
        groups.set(key, g);
      }
      const name = p.name.trim();
      g.spellings.set(name, (g.spellings.get(name) ?? 0) + 1);
      const link = g.links.get(summary.id);
      if (!link) {
        g.links.set(summary.id, { roles: [p.role], scope: p.scope.trim() });
        g.roleCounts.set(p.role, (g.roleCounts.get(p.role) ?? 0) + 1);
      } else {
        if (!link.roles.includes(p.role)) {
          link.roles.push(p.role);
          link.roles.sort((x, y) => PROVIDER_ROLES.indexOf(x) - PROVIDER_ROLES.indexOf(y));
          g.roleCounts.set(p.role, (g.roleCounts.get(p.role) ?? 0) + 1);
        }
        const scope = p.scope.trim();
        if (scope && !link.scope.split('; ').includes(scope)) link.scope = link.scope ? `${link.scope}; ${scope}` : scope;
      }
    }
  }

  const total = services.length;
  const linksByKey = new Map([...groups.values()].map((g) => [g.key, g.links]));
  const providers: PortfolioProvider[] = [...groups.values()].map((g) => {
    const linked: (PortfolioService & PortfolioLink)[] = [];
    for (const [id, link] of g.links) {
      const s = serviceById.get(id);
      if (s) linked.push({ ...s, ...link });
    }
    linked.sort(byName);
    const sensitive = linked.filter((s) => s.sensitiveData).length;
    const roles = PROVIDER_ROLES.filter((r) => g.roleCounts.has(r));
    return {
      key: g.key,
      name: mostFrequent(g.spellings),
      role: roles.reduce((best, r) => ((g.roleCounts.get(r) ?? 0) > (g.roleCounts.get(best) ?? 0) ? r : best), roles[0] ?? 'subprocessor'),
      roles,
      services: linked,
      concentration: {
        services: linked.length,
        share: total === 0 ? 0 : linked.length / total,
        sensitiveServices: sensitive,
        sensitiveShare: sensitiveServices === 0 ? null : sensitive / sensitiveServices,
      },
    };
  });
  providers.sort(
    (a, b) =>
      b.concentration.services - a.concentration.services ||
      b.concentration.sensitiveServices - a.concentration.sensitiveServices ||
      a.name.localeCompare(b.name),
  );

  const columns = providers.map((p) => linksByKey.get(p.key));
  const matrix = services.map((service) => ({
    service,
    cells: columns.map((links) => {
      const link = links?.get(service.id);
      return link ? { roles: link.roles, scope: link.scope } : null;
    }),
  }));
  return { services, providers, matrix, sensitiveServices, withoutProviders };
}

function toService(s: LibrarySummary): PortfolioService {
  return {
    id: s.id,
    service: s.service,
    vendor: s.vendor,
    rating: s.rating,
    provisional: s.provisional,
    decision: s.decision,
    sensitiveData: s.sensitiveData,
    dataClasses: s.dataClasses,
    users: s.users,
    jurisdictions: s.jurisdictions,
  };
}

/** How much a spelling looks like a name as its owner writes it: words that start with a capital, not shouting. */
const nameLike = (s: string) => {
  const words = s.split(' ').filter(Boolean);
  const starts = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  const inner = words.reduce((n, w) => n + w.slice(1).replace(/[^\p{Lu}]/gu, '').length, 0);
  return starts - inner;
};

/**
 * The most frequent spelling; on a tie, the one most like a name as its owner writes it ("Kestrel Labs",
 * not "kestrel labs" or "KESTREL labs"), then the first in alphabetical order, so the result never
 * depends on order.
 */
function mostFrequent(counts: ReadonlyMap<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [name, n] of counts) {
    const tie = n === bestCount && (nameLike(name) - nameLike(best) || best.localeCompare(name)) > 0;
    if (n > bestCount || tie) {
      best = name;
      bestCount = n;
    }
  }
  return best;
}

/** The services that depend on a provider, by its key: the assessments a what-if needs to load. */
export function affectedServiceIds(portfolio: Portfolio, providerKey: string): string[] {
  return portfolio.providers.find((p) => p.key === providerKey)?.services.map((s) => s.id) ?? [];
}

/** A check and the answer one assessment gave it, in words. */
export interface AnsweredCheck {
  checkId: string;
  /** The check's short title (its prompt when it has none). */
  title: string;
  /** The answer's option label(s), "Unknown", "Not applicable"; null while unanswered. */
  answer: string | null;
}

/** What one service stands to reopen when a provider event happens. */
export interface WhatIfService extends PortfolioService, PortfolioLink {
  /** The checks the event reopens in this assessment (visible ones, in template order), with today's answers. */
  reopened: AnsweredCheck[];
  /** How the service would cope without the provider: the answers of the checks a provider leaving reopens. */
  exitAnswers: AnsweredCheck[];
}

/** The outcome of a what-if: the provider, the event and the services it touches. */
export interface WhatIf {
  provider: { key: string; name: string; role: ProviderRole };
  event: ProviderEvent;
  services: WhatIfService[];
  /** Affected services whose assessment could not be loaded (by id), so nothing is silently left out. */
  missing: string[];
}

/** The words for an answer: its option label(s), "Unknown", "Not applicable", or null while unanswered. */
export function answerWords(check: Check, answer: Answer | undefined): string | null {
  const r = answer?.response;
  if (!r) return null;
  if (r.kind === 'unknown') return 'Unknown';
  if (r.kind === 'not-applicable') return 'Not applicable';
  const ids = r.kind === 'option' ? [r.option] : r.options;
  return ids.map((id) => check.options.find((o) => o.id === id)?.label ?? id).join('; ');
}

/**
 * What happens if a provider leaves, changes its terms or moves region: for each service that depends
 * on it, the checks its assessment's template tags as reopened by that event, and its exit and fallback
 * answers. Takes the assessments of the affected services only (see {@link affectedServiceIds}).
 */
export function buildWhatIf(
  portfolio: Portfolio,
  providerKey: string,
  event: ProviderEvent,
  assessments: ReadonlyMap<string, Assessment>,
): WhatIf | undefined {
  const provider = portfolio.providers.find((p) => p.key === providerKey);
  if (!provider) return undefined;
  const services: WhatIfService[] = [];
  const missing: string[] = [];
  for (const s of provider.services) {
    const a = assessments.get(s.id);
    if (!a) {
      missing.push(s.id);
      continue;
    }
    const visible = visibleChecks(a.template, a.profile, a.answers);
    const answered = (c: Check): AnsweredCheck => ({
      checkId: c.id,
      title: c.shortTitle ?? c.prompt,
      answer: answerWords(c, a.answers[c.id]),
    });
    services.push({
      ...s,
      reopened: visible.filter((c) => c.reopenedBy?.includes(event)).map(answered),
      exitAnswers: visible.filter((c) => c.reopenedBy?.includes('provider-leaves')).map(answered),
    });
  }
  return { provider: { key: provider.key, name: provider.name, role: provider.role }, event, services, missing };
}
