import { describe, expect, it } from 'vitest';
import type { DataPathHop, Provider } from '../../src/core/assessment-schema';
import { guessProviderRole, suggestProviders } from '../../src/core/supply-chain';

function hop(component: string, operator: string, extra: Partial<DataPathHop> = {}): DataPathHop {
  return {
    id: `hop-${component.toLowerCase().replace(/[^a-z]+/g, '-')}`,
    component,
    operator,
    region: '',
    jurisdictions: [],
    jurisdictionNote: '',
    dataKinds: [],
    retention: '',
    ...extra,
  };
}

describe('guessProviderRole', () => {
  it.each([
    ['Model API', 'model-maker'],
    ['Inference endpoint', 'model-maker'],
    ['Foundation models', 'model-maker'],
    ['LLM tracing and error monitoring', 'subprocessor'],
    ['Hosting', 'cloud'],
    ['Cloud storage', 'cloud'],
    ['Hosted vector store', 'cloud'],
    ['Abuse monitoring', 'subprocessor'],
    ['Support ticketing', 'subprocessor'],
    // A word that merely contains "model" or "host" is not one.
    ['Remodelling service', 'subprocessor'],
    ['Ghostwriter', 'subprocessor'],
  ] as const)('reads "%s" as %s', (component, role) => {
    expect(guessProviderRole(component)).toBe(role);
  });
});

describe('suggestProviders', () => {
  const vendor = 'Tailspin Assist Ltd';

  it('suggests one provider per operator key, with the role of its hops', () => {
    const dataPath = [
      hop('Inference', 'Northwind Models, Inc.', { jurisdictions: [{ code: 'us' }] }),
      hop('Abuse monitoring', 'northwind models', { jurisdictions: [{ code: 'eu', memberState: 'IE' }] }),
      hop('Hosting', 'Contoso Cloud', { region: 'EU West (Dublin)', jurisdictions: [{ code: 'eu' }] }),
      hop('Support desk', 'Fabrikam Helpdesk'),
    ];
    expect(suggestProviders({ vendor, dataPath, providers: [] })).toEqual([
      {
        name: 'Northwind Models, Inc.',
        role: 'model-maker',
        scope: 'Inference, Abuse monitoring',
        jurisdictions: [{ code: 'eu', memberState: 'IE' }, { code: 'us' }],
        hops: ['Inference', 'Abuse monitoring'],
      },
      { name: 'Contoso Cloud', role: 'cloud', scope: 'EU West (Dublin)', jurisdictions: [{ code: 'eu' }], hops: ['Hosting'] },
      { name: 'Fabrikam Helpdesk', role: 'subprocessor', scope: 'Support desk', jurisdictions: [], hops: ['Support desk'] },
    ]);
  });

  it('leaves out the vendor itself, hops without an operator and providers already recorded', () => {
    const recorded: Provider = { id: 'p1', name: 'Contoso Cloud', role: 'cloud', scope: '', jurisdictions: [] };
    const dataPath = [
      hop('Front end', 'Tailspin Assist'),
      hop('Queue', '  '),
      hop('Hosting', 'CONTOSO CLOUD LTD'),
      hop('Model', 'Northwind'),
    ];
    expect(suggestProviders({ vendor, dataPath, providers: [recorded] }).map((s) => s.name)).toEqual(['Northwind']);
  });

  it('reads a name without its remarks in brackets, and the vendor going on about its own hop as the vendor', () => {
    const recorded: Provider = { id: 'p1', name: 'Kestrel Reasoning Labs', role: 'model-maker', scope: '', jurisdictions: [] };
    const dataPath = [
      hop('Default inference', 'Tailspin Assist, on Tailspin Cloud'),
      hop('Deep reasoning', 'Kestrel Reasoning Labs (subprocessor since 2026-01-19)'),
      hop('Search', 'Fabrikam Search (not named in writing)'),
      hop('Model hosting', 'Kestrel Reasoning Labs, on its own GPUs'),
      hop('Tracing', '(not named)'),
    ];
    expect(suggestProviders({ vendor, dataPath, providers: [recorded] }).map((s) => s.name)).toEqual(['Fabrikam Search', '(not named)']);
  });

  it('names a suggestion as the library already does, by key or by a confirmed alias', () => {
    const dataPath = [hop('Model API', 'northwind models gmbh'), hop('Hosting', 'Contoso Clowd')];
    const suggested = suggestProviders({ vendor, dataPath, providers: [] }, ['Northwind Models', 'Contoso Cloud'], {
      'contoso clowd': 'Contoso Cloud',
    });
    expect(suggested.map((s) => s.name)).toEqual(['Northwind Models', 'Contoso Cloud']);
  });

  it('suggests nothing for an empty data path', () => {
    expect(suggestProviders({ vendor, dataPath: [], providers: [] })).toEqual([]);
  });
});
