import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProviderRole } from '../../src/core/assessment-schema';
import { decodeFineprint } from '../../src/core/file-format';
import { providerKey } from '../../src/core/provider-names';
import { SAMPLES_DIR, SAMPLE_DEFINITIONS } from '../../src/node/tools/samples/index';

const root = join(import.meta.dirname, '../..');

const samples = SAMPLE_DEFINITIONS.map((d) => {
  const decoded = decodeFineprint(readFileSync(join(root, SAMPLES_DIR, d.fileName)));
  if (!decoded.ok) throw new Error(`${d.fileName} does not decode`);
  return { fileName: d.fileName, assessment: decoded.value.assessment };
});

/** The services that name each provider of a role, by provider key. */
function servicesByProvider(role: ProviderRole): Map<string, string[]> {
  const by = new Map<string, string[]>();
  for (const { assessment } of samples)
    for (const p of assessment.providers.filter((x) => x.role === role)) {
      const key = providerKey(p.name);
      by.set(key, [...(by.get(key) ?? []), assessment.profile.service]);
    }
  return by;
}

describe('the samples’ supply chains', () => {
  it('record structured providers in every sample', () => {
    for (const { fileName, assessment } of samples) expect(assessment.providers.length, fileName).toBeGreaterThan(0);
  });

  it('share a model maker between at least two services, and a cloud too, so a first run shows a concentration', () => {
    for (const role of ['model-maker', 'cloud'] as const) {
      const shared = [...servicesByProvider(role).values()].filter((services) => new Set(services).size >= 2);
      expect(shared.length, role).toBeGreaterThan(0);
    }
  });

  it('write each provider the same way everywhere', () => {
    const spellings = new Map<string, Set<string>>();
    for (const { assessment } of samples)
      for (const p of assessment.providers)
        spellings.set(providerKey(p.name), (spellings.get(providerKey(p.name)) ?? new Set()).add(p.name));
    for (const [key, names] of spellings) expect([...names], key).toHaveLength(1);
  });
});
