import { chmodSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { encodeFineprint } from '../../src/core/file-format';
import { reportDate } from '../../src/node/report/export-report';
import { pngImage } from '../support/images';
import { reportAssessment } from '../unit/report-fixtures';
import { runFineprint } from '../support/cli';
import { tempDir } from '../support/temp';
import { readPdf } from './report-helpers';

describe('fineprint report', () => {
  let dir: string;
  const run = (...argv: string[]) => runFineprint(dir, ...argv);
  beforeEach(() => {
    dir = tempDir('report-cli');
    writeFileSync(join(dir, 'a.fineprint'), encodeFineprint(reportAssessment()));
  });

  it('writes an A4 PDF by default, and Letter with --paper letter', async () => {
    expect(await run('report', 'a.fineprint', '-o', 'a4.pdf')).toMatchObject({ code: 0, stderr: '' });
    expect(await run('report', 'a.fineprint', '--output', 'letter.pdf', '--paper', 'letter')).toMatchObject({ code: 0 });
    const a4 = await readPdf(readFileSync(join(dir, 'a4.pdf')));
    const letter = await readPdf(readFileSync(join(dir, 'letter.pdf')));
    expect(Math.round(a4.pages[0].height)).toBe(842);
    expect(letter.pages[0].height).toBe(792);
  });

  it('puts --org, --label and --logo on the report, and internal notes only with --internal-notes', async () => {
    writeFileSync(join(dir, 'logo.png'), pngImage(2, 1));
    const args = ['report', 'a.fineprint', '-o', 'org.pdf', '--org', 'Fabrikam plc', '--label', 'Board only', '--logo', 'logo.png'];
    expect((await run(...args)).code).toBe(0);
    const pdf = await readPdf(readFileSync(join(dir, 'org.pdf')), { images: true });
    expect(pdf.pages[0].text).toContain('Fabrikam plc');
    expect(pdf.pages[0].images).toBe(1);
    expect(pdf.pages.every((p) => p.items.some((i) => i.str === 'Board only' && i.y < 60))).toBe(true);
    const text = (p: typeof pdf) => p.pages.map((x) => x.text).join(' ');
    expect(text(pdf)).not.toContain('SECRET-INTERNAL');
    expect((await run('report', 'a.fineprint', '-o', 'internal.pdf', '--internal-notes')).code).toBe(0);
    expect(text(await readPdf(readFileSync(join(dir, 'internal.pdf'))))).toContain('SECRET-INTERNAL');
  });

  it('still renders a file changed outside FinePrint, with a warning on stderr and in the report', async () => {
    const doc = JSON.parse(encodeFineprint(reportAssessment())) as { payload: { profile: { vendor: string } } };
    doc.payload.profile.vendor = 'Changed by hand';
    writeFileSync(join(dir, 'tampered.fineprint'), JSON.stringify(doc));
    const r = await run('report', 'tampered.fineprint', '-o', 'tampered.pdf');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^tampered\.fineprint: warning: .*changed outside FinePrint/);
    const pdf = await readPdf(readFileSync(join(dir, 'tampered.pdf')));
    expect(pdf.pages.map((p) => p.text).join(' ')).toMatch(/WARNING: the assessment file was changed outside FinePrint/);
  });

  it('exits 1 for an invalid input file and writes nothing', async () => {
    writeFileSync(join(dir, 'bad.fineprint'), '{"format":"fineprint/assessment","formatVersion":1}');
    const r = await run('report', 'bad.fineprint', '-o', 'bad.pdf');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^bad\.fineprint: /);
    expect(readdirSync(dir)).not.toContain('bad.pdf');
  });

  it.each([
    [['report', 'a.fineprint'], /missing -o/],
    [['report', 'a.fineprint', '-o', 'x.pdf', '--paper', 'a3'], /--paper must be a4 or letter/],
    [['report', 'a.fineprint', '-o', 'x.pdf', '--colour'], /Unknown option/],
    [['report', 'a.fineprint', '-o', 'x.pdf', '--logo', 'missing.png'], /logo missing\.png: does not exist/],
    [['report', 'a.fineprint', '-o', 'x.pdf', '--logo', 'a.fineprint'], /is not a PNG or JPEG image/],
    [['report', 'a.fineprint', '-o', 'no-such-folder/x.pdf'], /cannot write no-such-folder\/x\.pdf: its folder does not exist/],
    [['report', 'missing.fineprint', '-o', 'x.pdf'], /^$/],
  ])('exits 2 for a usage or I/O error: %j', async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('writes atomically: an unwritable folder fails with exit 2 and leaves no temporary file behind', async () => {
    mkdirSync(join(dir, 'locked'));
    writeFileSync(join(dir, 'locked', 'old.pdf'), 'previous report');
    chmodSync(join(dir, 'locked'), 0o500);
    try {
      const r = await run('report', 'a.fineprint', '-o', 'locked/old.pdf');
      // root may write anywhere; then the previous file is replaced whole instead.
      if (process.getuid?.() === 0) expect(r.code).toBe(0);
      else expect(r).toMatchObject({ code: 2, stderr: expect.stringMatching(/permission denied/) as unknown });
    } finally {
      chmodSync(join(dir, 'locked'), 0o700);
    }
    const left = readdirSync(join(dir, 'locked'));
    expect(left).toEqual(['old.pdf']);
    mkdirSync(join(dir, 'out.pdf'));
    expect((await run('report', 'a.fineprint', '-o', 'out.pdf')).code).toBe(2);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('takes the report date from SOURCE_DATE_EPOCH when set', () => {
    expect(reportDate({ SOURCE_DATE_EPOCH: '1772701200' })).toBe('2026-03-05T09:00:00.000Z');
    expect(reportDate({}, new Date('2026-01-02T03:04:05Z'))).toBe('2026-01-02T03:04:05.000Z');
  });

  it('explains itself with --help', async () => {
    const r = await run('report', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: fineprint report <file\.fineprint> -o <out\.pdf>/);
    expect(r.stdout).toContain('--internal-notes');
  });
});
