// The portfolio over a 500-assessment library (issue 12): building the view model from the index.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROVIDER_ROLES } from '../../src/core/assessment-schema';
import { decodeFineprint } from '../../src/core/file-format';
import { summarize, type LibrarySummary } from '../../src/core/library-summary';
import { buildPortfolio } from '../../src/core/portfolio';
import { medianMs, report } from './measure';

const samplesDir = join(import.meta.dirname, '../../templates/samples');

/**
 * 500 library summaries made from the bundled samples (each summarised once, as the index holds them),
 * each with one to four providers drawn from a pool of 60, spelled with varying case and spacing.
 */
export function portfolioLibrary(count = 500): LibrarySummary[] {
  const base = readdirSync(samplesDir)
    .filter((n) => n.endsWith('.fineprint'))
    .sort()
    .map((n) => {
      const decoded = decodeFineprint(readFileSync(join(samplesDir, n)));
      if (!decoded.ok) throw new Error(`sample ${n} does not decode`);
      return summarize(decoded.value.assessment);
    });
  const out: LibrarySummary[] = [];
  for (let i = 0; i < count; i++) {
    const s = base[i % base.length];
    if (!s) throw new Error('no samples');
    const providers = Array.from({ length: 1 + (i % 4) }, (_, k) => {
      const n = (i * 7 + k * 13) % 60;
      const name = `Provider ${String(n).padStart(2, '0')} Labs`;
      return {
        name: i % 3 === 0 ? name.toUpperCase() : i % 3 === 1 ? name.replace(' ', '  ') : name,
        role: PROVIDER_ROLES[n % 3] ?? 'cloud',
        scope: `scope ${k}`,
      };
    });
    out.push({ ...s, id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, service: `${s.service} #${i}`, providers });
  }
  return out;
}

/** Prints portfolio.500.ms: building the portfolio view model from 500 summaries (target <= 300 ms). */
export async function benchPortfolio(): Promise<void> {
  const library = portfolioLibrary();
  let providers = 0;
  report({
    name: 'portfolio.500.ms',
    value: await medianMs(
      () => {
        providers = buildPortfolio(library).providers.length;
      },
      { warmup: 5, runs: 25 },
    ),
    unit: 'ms',
    backend: 'node',
  });
  if (providers !== 60) throw new Error(`expected 60 providers in the bench library, got ${providers}`);
}
