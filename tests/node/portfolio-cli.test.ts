import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Assessment, type ProviderInput } from '../../src/core/assessment-schema';
import { encodeFineprint } from '../../src/core/file-format';
import { AssessmentLibrary } from '../../src/node/library/assessment-library';
import { miniAssessment } from '../support/builders';
import { runFineprint } from '../support/cli';
import { makeTempDir, removeTempDir } from '../support/temp-dir';
import { pdfPlainText } from './report-helpers';

let dir: string;
const cli = (...argv: string[]) => runFineprint(dir, ...argv);

/** A mini assessment of one service with its providers recorded. */
function withProviders(id: string, service: string, providers: Omit<ProviderInput, 'id'>[], answers: Record<string, string> = {}) {
  return Assessment.parse({
    ...miniAssessment(answers, { service, data: ['public', 'personal'] }),
    id,
    providers: providers.map((p, i) => ({ id: `p${i}`, ...p })),
  });
}

const services = [
  withProviders(
    '11111111-1111-4111-8111-111111111111',
    'Alpha Copilot',
    [
      { name: 'Cirrusline Cloud', role: 'cloud', scope: 'EU West' },
      { name: 'Kestrel Labs', role: 'model-maker', scope: 'chat model' },
    ],
    { 'region-01': 'bad', 'identity-01': 'good' },
  ),
  withProviders('22222222-2222-4222-8222-222222222222', 'Bravo Search', [{ name: 'CIRRUSLINE cloud', role: 'cloud', scope: '' }]),
  withProviders('33333333-3333-4333-8333-333333333333', 'Charlie Agents', []),
];

beforeAll(async () => {
  dir = makeTempDir('portfolio-cli');
  mkdirSync(join(dir, 'shared'));
  services.forEach((a, i) => writeFileSync(join(dir, 'shared', `s${i}.fineprint`), encodeFineprint(a)));
  mkdirSync(join(dir, 'mixed'));
  writeFileSync(join(dir, 'mixed', 'good.fineprint'), encodeFineprint(services[0]));
  writeFileSync(join(dir, 'mixed', 'broken.fineprint'), 'this is not json');
  const library = await AssessmentLibrary.open(join(dir, 'data'), { index: { read: () => ({}), write: () => undefined } });
  for (const a of services) await library.import(a, 'replace');
});
afterAll(() => removeTempDir(dir));

describe('fineprint portfolio', () => {
  it('prints exactly the documented JSON for a folder of .fineprint files, grouping a provider however it is cased', async () => {
    const r = await cli('portfolio', 'shared', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      providers: [
        {
          name: 'Cirrusline Cloud',
          role: 'cloud',
          services: [
            { service: 'Alpha Copilot', vendor: 'Example Vendor', rating: expect.any(String) as unknown, decision: 'pending' },
            { service: 'Bravo Search', vendor: 'Example Vendor', rating: null, decision: 'pending' },
          ],
        },
        {
          name: 'Kestrel Labs',
          role: 'model-maker',
          services: [{ service: 'Alpha Copilot', vendor: 'Example Vendor', rating: expect.any(String) as unknown, decision: 'pending' }],
        },
      ],
    });
  });

  it('reads a library folder, resolving its template snapshots, to the same portfolio', async () => {
    const shared = await cli('portfolio', 'shared', '--json');
    for (const folder of ['data', join('data', 'library')]) {
      const r = await cli('portfolio', folder, '--json');
      expect(r.code, r.stdout + r.stderr).toBe(0);
      expect(r.stdout).toBe(shared.stdout);
    }
  });

  it('prints the concentration in words without --json', async () => {
    const r = await cli('portfolio', 'shared');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^3 services, 3 with personal or regulated data; 2 upstream providers; 1 without providers recorded/);
    expect(r.stdout).toContain('Cirrusline Cloud (cloud)\n  services: 2 of 3 (67%); with personal or regulated data: 2 of 3 (67%)');
  });

  it('names a file it cannot read, still shows the others, and exits 1', async () => {
    const r = await cli('portfolio', 'mixed', '--json');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^mixed\/broken\.fineprint: line 1, column 1: is not valid JSON/);
    expect(JSON.parse(r.stdout)).toMatchObject({ providers: [{ name: 'Cirrusline Cloud' }, { name: 'Kestrel Labs' }] });
  });

  it('exits 2 for a folder that does not exist or an output it cannot write', async () => {
    expect(await cli('portfolio', 'nowhere')).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/cannot read the folder nowhere/) as unknown,
    });
    expect((await cli('portfolio', 'shared', '-o', 'out.txt')).code).toBe(2);
    expect((await cli('portfolio', 'shared', '-o', join('missing', 'out.csv'))).code).toBe(2);
  });

  it('writes a CSV with a byte-order mark, one row per provider and service', async () => {
    const r = await cli('portfolio', 'shared', '-o', 'portfolio.csv');
    expect(r.code).toBe(0);
    const bytes = readFileSync(join(dir, 'portfolio.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^Provider,Role,Provides,Service,Vendor,Rating,Decision,/);
    expect(lines[1]).toMatch(/^Cirrusline Cloud,Cloud,EU West,Alpha Copilot,Example Vendor,/);
    expect(lines[3]).toMatch(/^Kestrel Labs,Model maker,chat model,Alpha Copilot,/);
  });

  it('writes a workbook with the rows, the concentration and the matrix', async () => {
    expect((await cli('portfolio', 'shared', '-o', 'portfolio.xlsx')).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(dir, 'portfolio.xlsx')) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Providers and services', 'Concentration', 'Matrix']);
    const conc = wb.getWorksheet('Concentration');
    expect(conc?.getRow(2).values).toEqual([undefined, 'Cirrusline Cloud', 'Cloud', 2, 2 / 3, 2, 2 / 3]);
    const matrix = wb.getWorksheet('Matrix');
    expect(matrix?.getRow(1).values).toEqual([undefined, 'Service', 'Rating', 'Cirrusline Cloud', 'Kestrel Labs']);
    expect(matrix?.getRow(3).values).toEqual([undefined, 'Bravo Search', 'Not rated', 'Cloud']);
  });

  it('writes a PDF report whose text names the providers and their concentration', async () => {
    const r = await cli('portfolio', 'shared', '-o', 'portfolio.pdf');
    expect(r.code).toBe(0);
    const bytes = readFileSync(join(dir, 'portfolio.pdf'));
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfPlainText(join(dir, 'portfolio.pdf'));
    expect(text).toContain('Upstream providers and concentration');
    expect(text).toContain('2 of 3 (67%)');
    expect(text).toContain('Kestrel Labs');
  });

  it('explains itself with --help', async () => {
    const r = await cli('portfolio', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: fineprint portfolio <dir>/);
    expect((await cli('--help')).stdout).toMatch(/portfolio\s+show which services depend on/);
  });
});
