import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AssessmentLibrary } from '../../src/node/library/assessment-library';
import { miniTemplate } from '../support/builders';
import { memoryIndex } from '../support/memory-index';
import { tempDir } from '../support/temp';

const root = join(import.meta.dirname, '../..');
const SAVES = 150;

interface Writer {
  go(): void;
  done: Promise<{ acknowledged: string[]; refused: string[] }>;
  ready: Promise<void>;
}

/** Starts a second FinePrint process (the writer script under tsx) against the same library folder. */
function writer(dataDir: string, id: string, label: string): Writer {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(root, 'tests/support/library-writer.ts'), dataDir, id, label, String(SAVES)],
    {
      cwd: root,
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  let out = '';
  let signalReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (signalReady = resolve));
  const done = new Promise<{ acknowledged: string[]; refused: string[] }>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.startsWith('ready\n')) signalReady();
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      if (code !== 0 || !last.startsWith('{')) reject(new Error(`writer ${label} exited with ${code}: ${out}`));
      else resolve(JSON.parse(last) as { acknowledged: string[]; refused: string[] });
    });
  });
  return { ready, done, go: () => child.stdin.end('go\n') };
}

/** Every history line in every assessment file of the folder (the original and any conflict copies). */
function linesOnDisk(dataDir: string): Set<string> {
  const dir = join(dataDir, 'library/assessments');
  const lines = new Set<string>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.fineprint'))) {
    for (const m of readFileSync(join(dir, name), 'utf8').matchAll(/"text":"([AB]-\d+)"/g)) if (m[1]) lines.add(m[1]);
  }
  return lines;
}

describe('two FinePrint processes saving one assessment', () => {
  it('lose no acknowledged save: a change made elsewhere is kept beside, not overwritten', { timeout: 120_000 }, async () => {
    const dataDir = tempDir();
    const lib = await AssessmentLibrary.open(dataDir, { index: memoryIndex() });
    const a = await lib.create(miniTemplate(), { vendor: 'Example Vendor', service: 'Shared Copilot' });
    const writers = [writer(dataDir, a.id, 'A'), writer(dataDir, a.id, 'B')];
    await Promise.all(writers.map((w) => w.ready));
    for (const w of writers) w.go();
    const results = await Promise.all(writers.map((w) => w.done));
    const acknowledged = results.flatMap((r) => r.acknowledged);
    const onDisk = linesOnDisk(dataDir);
    const lost = acknowledged.filter((l) => !onDisk.has(l));
    expect(acknowledged.length).toBeGreaterThan(SAVES); // both processes saved, not one refused throughout
    expect(lost).toEqual([]);
    // Each refusal says what happened and where the version went.
    for (const r of results.flatMap((x) => x.refused))
      expect(r).toMatch(/changed “Shared Copilot” while you were editing it.*conflict copy/);
    const reopened = await AssessmentLibrary.open(dataDir, { index: memoryIndex() });
    expect(
      reopened
        .list()
        .map((s) => s.service)
        .sort(),
    ).toEqual(['Shared Copilot', expect.stringMatching(/^Shared Copilot \(conflict copy/) as unknown]);
  });
});
