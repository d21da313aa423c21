import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp';

const root = join(import.meta.dirname, '../..');
const KILLS_PER_WRITER = 80;
const WRITERS = 3;

/**
 * A writer process that saves versions 1, 2, 3... of one file through the real writeFileAtomic,
 * as fast as it can, until it is killed. Each version is a JSON document that checks itself.
 */
function writerScript(dir: string): string {
  const source = readFileSync(join(root, 'src/node/atomic-write.ts'), 'utf8');
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
  writeFileSync(join(dir, 'atomic-write.mjs'), js);
  const script = join(dir, 'writer.mjs');
  writeFileSync(
    script,
    `import { readFileSync } from 'node:fs';
import { writeFileAtomic } from './atomic-write.mjs';
const file = process.argv[2];
let n = 0;
try { n = JSON.parse(readFileSync(file, 'utf8')).n; } catch {}
const pad = 'x'.repeat(200_000);
process.stdout.write('ready\\n');
for (;;) {
  n++;
  await writeFileAtomic(file, JSON.stringify({ n, pad, check: n * 7 }), { backup: true });
}
`,
  );
  return script;
}

/** Starts the writer, lets it run a random few milliseconds, then SIGKILLs it mid-write. */
function runAndKill(script: string, file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), Math.random() * 25));
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`writer exited on its own: ${stderr}`))));
  });
}

function readVersion(file: string): number {
  const doc = JSON.parse(readFileSync(file, 'utf8')) as { n: number; pad: string; check: number };
  if (doc.check !== doc.n * 7 || doc.pad.length !== 200_000) throw new Error(`torn content in ${file}`);
  return doc.n;
}

describe('atomic writes survive being killed at any moment', () => {
  it(
    `after ${KILLS_PER_WRITER * WRITERS} SIGKILLs the file is always a whole version, never older than the last one seen`,
    { timeout: 120_000 },
    async () => {
      await Promise.all(
        Array.from({ length: WRITERS }, async () => {
          const dir = tempDir('fineprint-kill-');
          const script = writerScript(dir);
          const file = join(dir, 'assessment.fineprint');
          let last = 0;
          for (let i = 0; i < KILLS_PER_WRITER; i++) {
            await runAndKill(script, file);
            let version = 0;
            try {
              version = readVersion(file);
            } catch (error) {
              // Killed before the very first rename: the file may not exist yet, but never half-written.
              if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
            }
            expect(version).toBeGreaterThanOrEqual(last);
            last = version;
            // The backup is the version before, or the same one when the kill came between keeping it and the rename.
            if (version > 1) expect(readVersion(`${file}.bak`)).toBeLessThanOrEqual(version);
          }
          expect(last).toBeGreaterThan(0);
          // Temporary files may be left by a kill; they never replace the real file, and start-up sweeps them.
          for (const name of readdirSync(dir))
            expect(name).toMatch(/^(assessment\.fineprint(\.bak)?(\.tmp-.*)?|atomic-write\.mjs|writer\.mjs)$/);
        }),
      );
    },
  );
});
