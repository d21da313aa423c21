import { describe, expect, it } from 'vitest';
import { Assessment, type ProviderInput } from '../../src/core/assessment-schema';
import { summarize } from '../../src/core/library-summary';
import { affectedServiceIds, buildPortfolio, buildWhatIf } from '../../src/core/portfolio';
import { providerKey } from '../../src/core/provider-names';
import { concentrationWords } from '../../src/core/portfolio-words';
import { gradedCheck, miniAssessment, miniTemplateInput } from '../support/builders';

const ids = [
  '11111111-1111-4111-8111-111111111111',
  '22222222-2222-4222-8222-222222222222',
  '33333333-3333-4333-8333-333333333333',
  '44444444-4444-4444-8444-444444444444',
];

/** An assessment of the mini template (its checks tagged with provider events) for one service. */
function service(
  n: number,
  name: string,
  providers: Omit<ProviderInput, 'id'>[],
  opts: { personal?: boolean; answers?: Record<string, string> } = {},
): Assessment {
  const base = miniAssessment(opts.answers ?? {}, { service: name, data: opts.personal ? ['public', 'personal'] : ['public'] });
  const template = miniTemplateInput();
  template.checks = [
    gradedCheck('region-01', 'region', { shortTitle: 'Region in the contract', reopenedBy: ['provider-moves-region'] }),
    gradedCheck('region-02', 'region', {
      shortTitle: 'Fallback routing',
      reopenedBy: ['provider-leaves', 'provider-moves-region'],
      visibleWhen: { question: 'data', includes: 'personal' },
    }),
    gradedCheck('identity-01', 'identity', { shortTitle: 'Exit plan', reopenedBy: ['provider-leaves'] }),
    gradedCheck('identity-02', 'identity', { shortTitle: 'Upstream terms', reopenedBy: ['provider-changes-terms'] }),
  ];
  return Assessment.parse({
    ...base,
    id: ids[n],
    template,
    providers: providers.map((p, i) => ({ id: `p${i}`, ...p })),
  });
}

const library = () => [
  service(
    0,
    'Alpha Copilot',
    [
      { name: 'Cirrusline Cloud', role: 'cloud', scope: 'EU West' },
      { name: 'Kestrel Labs', role: 'model-maker', scope: 'chat model' },
    ],
    { personal: true, answers: { 'region-02': 'partial', 'identity-01': 'good' } },
  ),
  service(1, 'Bravo Search', [{ name: 'cirrusline  CLOUD', role: 'cloud', scope: '' }]),
  service(
    2,
    'Charlie Agents',
    [
      { name: 'Kestrel Labs', role: 'model-maker', scope: 'reasoning model' },
      { name: 'Kestrel Labs', role: 'subprocessor', scope: 'abuse monitoring' },
      { name: 'Cirrusline Cloud', role: 'cloud', scope: 'US East' },
    ],
    { personal: true, answers: { 'identity-01': 'unknown' } },
  ),
  service(3, 'Delta Notes', []),
];

describe('the portfolio over the library', () => {
  it('groups a provider however its name is cased or spaced, and counts each service once', () => {
    const p = buildPortfolio(library().map(summarize));
    const cirrus = p.providers.find((x) => x.key === providerKey('Cirrusline Cloud'));
    expect(cirrus?.name).toBe('Cirrusline Cloud');
    expect(cirrus?.services.map((s) => s.service)).toEqual(['Alpha Copilot', 'Bravo Search', 'Charlie Agents']);
    const kestrel = p.providers.find((x) => x.name === 'Kestrel Labs');
    expect(kestrel?.services.map((s) => s.service)).toEqual(['Alpha Copilot', 'Charlie Agents']);
    expect(kestrel?.services[1]?.roles).toEqual(['model-maker', 'subprocessor']);
    expect(kestrel?.services[1]?.scope).toBe('reasoning model; abuse monitoring');
    expect(kestrel?.role).toBe('model-maker');
  });

  it('names a provider as most services spell it, and on a tie as its owner writes it, whatever the order', () => {
    const a = summarize(service(0, 'Alpha Copilot', [{ name: 'kestrel labs', role: 'model-maker', scope: '' }]));
    const b = summarize(service(1, 'Bravo Search', [{ name: 'Kestrel Labs', role: 'model-maker', scope: '' }]));
    expect(buildPortfolio([a, b]).providers[0]?.name).toBe('Kestrel Labs');
    expect(buildPortfolio([b, a]).providers[0]?.name).toBe('Kestrel Labs');
    const c = summarize(service(2, 'Charlie Agents', [{ name: 'KESTREL labs', role: 'model-maker', scope: '' }]));
    expect(buildPortfolio([c, b]).providers[0]?.name).toBe('Kestrel Labs');
  });

  it('gives each provider its share of all services and of the services with personal or regulated data', () => {
    const p = buildPortfolio(library().map(summarize));
    expect(p.services).toHaveLength(4);
    expect(p.sensitiveServices).toBe(2);
    expect(p.withoutProviders).toBe(1);
    const [first, second] = p.providers;
    expect(first?.name).toBe('Cirrusline Cloud');
    expect(first?.concentration).toEqual({ services: 3, share: 0.75, sensitiveServices: 2, sensitiveShare: 1 });
    expect(second?.name).toBe('Kestrel Labs');
    expect(second?.concentration).toEqual({ services: 2, share: 0.5, sensitiveServices: 2, sensitiveShare: 1 });
    expect(concentrationWords(first.concentration, 4, 2)).toEqual({ all: '3 of 4 (75%)', sensitive: '2 of 2 (100%)' });
  });

  it('lays out the matrix with one row per service and a cell only where it depends on the provider', () => {
    const p = buildPortfolio(library().map(summarize));
    const rows = Object.fromEntries(p.matrix.map((r) => [r.service.service, r.cells.map((c) => c?.roles.join('+') ?? null)]));
    expect(rows).toEqual({
      'Alpha Copilot': ['cloud', 'model-maker'],
      'Bravo Search': ['cloud', null],
      'Charlie Agents': ['cloud', 'model-maker+subprocessor'],
      'Delta Notes': [null, null],
    });
  });

  it('says there is no sensitive share when no service handles personal or regulated data', () => {
    const p = buildPortfolio([summarize(service(1, 'Bravo Search', [{ name: 'Cirrusline Cloud', role: 'cloud', scope: '' }]))]);
    expect(p.providers[0]?.concentration).toEqual({ services: 1, share: 1, sensitiveServices: 0, sensitiveShare: null });
    expect(concentrationWords(p.providers[0].concentration, 1, 0).sensitive).toBe('none in the library');
    expect(buildPortfolio([])).toEqual({ services: [], providers: [], matrix: [], sensitiveServices: 0, withoutProviders: 0 });
  });
});

describe('the what-if of a provider event', () => {
  const assessments = library();
  const portfolio = buildPortfolio(assessments.map(summarize));
  const byId = new Map(assessments.map((a) => [a.id, a]));
  const kestrel = providerKey('KESTREL labs');

  it('lists the affected services with the checks the event reopens, by short title, and their exit answers', () => {
    expect(affectedServiceIds(portfolio, kestrel)).toEqual([ids[0], ids[2]]);
    const w = buildWhatIf(portfolio, kestrel, 'provider-leaves', byId);
    expect(w?.provider).toEqual({ key: 'kestrel labs', name: 'Kestrel Labs', role: 'model-maker' });
    expect(w?.missing).toEqual([]);
    const [alpha, charlie] = w?.services ?? [];
    expect(alpha?.reopened).toEqual([
      { checkId: 'region-02', title: 'Fallback routing', answer: 'Partly' },
      { checkId: 'identity-01', title: 'Exit plan', answer: 'Yes, in the contract' },
    ]);
    // Fallback routing is asked only when personal data is involved... Charlie has it but left it unanswered.
    expect(charlie?.reopened).toEqual([
      { checkId: 'region-02', title: 'Fallback routing', answer: null },
      { checkId: 'identity-01', title: 'Exit plan', answer: 'Unknown' },
    ]);
    expect(charlie?.exitAnswers).toEqual(charlie?.reopened);
  });

  it('reopens only the checks tagged with the chosen event, and only those the assessment shows', () => {
    const cirrus = providerKey('Cirrusline Cloud');
    const w = buildWhatIf(portfolio, cirrus, 'provider-moves-region', byId);
    const reopened = Object.fromEntries((w?.services ?? []).map((s) => [s.service, s.reopened.map((c) => c.title)]));
    expect(reopened).toEqual({
      'Alpha Copilot': ['Region in the contract', 'Fallback routing'],
      // No personal data: the fallback check is hidden there, so it is not reopened either.
      'Bravo Search': ['Region in the contract'],
      'Charlie Agents': ['Region in the contract', 'Fallback routing'],
    });
    const terms = buildWhatIf(portfolio, cirrus, 'provider-changes-terms', byId);
    expect(terms?.services.map((s) => s.reopened.map((c) => c.title))).toEqual([
      ['Upstream terms'],
      ['Upstream terms'],
      ['Upstream terms'],
    ]);
  });

  it('names the affected services whose assessment was not loaded rather than leaving them out silently', () => {
    const partial = new Map([[ids[0], byId.get(ids[0])!]]);
    const w = buildWhatIf(portfolio, kestrel, 'provider-leaves', partial);
    expect(w?.services.map((s) => s.service)).toEqual(['Alpha Copilot']);
    expect(w?.missing).toEqual([ids[2]]);
    expect(buildWhatIf(portfolio, 'nobody', 'provider-leaves', byId)).toBeUndefined();
  });
});
