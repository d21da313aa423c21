import { Worker } from 'node:worker_threads';
import type { ReportPort } from '../ipc/ports';
import { loadReportFonts } from './load-fonts';

/** How long one report may take and how much memory it may use, before its worker is stopped. */
export const REPORT_WORKER_LIMITS = {
  /** Far above the 1,000-check stress report (about 1.5 s) and a bounded 25 MB assessment. */
  timeMs: 120_000,
  /** The V8 heap of the worker (old generation); ample for a report of the largest assessment FinePrint reads. */
  memoryMb: 1024,
} as const;

/** Where the built worker script and the report fonts are, and the limits of one report. */
export interface WorkerReportOptions {
  workerFile: string;
  fontsDir?: string;
  /** Defaults to REPORT_WORKER_LIMITS.timeMs. */
  timeLimitMs?: number;
  /** Defaults to REPORT_WORKER_LIMITS.memoryMb. */
  memoryLimitMb?: number;
}

type Reply = { ok: true; pdf: Uint8Array } | { ok: false; message: string };

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

/**
 * A report port that renders each PDF in its own worker thread, with a time limit and a memory limit: a report
 * that passes either is stopped and the user told which, so a hostile file cannot hang or exhaust the app.
 */
export function workerReportPort(options: WorkerReportOptions): ReportPort {
  const timeLimitMs = options.timeLimitMs ?? REPORT_WORKER_LIMITS.timeMs;
  const memoryLimitMb = options.memoryLimitMb ?? REPORT_WORKER_LIMITS.memoryMb;
  return {
    fonts: () => loadReportFonts(options.fontsDir),
    render: (assessment, renderOptions) =>
      new Promise((resolve, reject) => {
        const worker = new Worker(options.workerFile, {
          workerData: { assessment, options: renderOptions, ...(options.fontsDir ? { fontsDir: options.fontsDir } : {}) },
          resourceLimits: { maxOldGenerationSizeMb: memoryLimitMb },
        });
        let settled = false;
        const settle = (outcome: () => void) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          outcome();
          void worker.terminate();
        };
        const timer = setTimeout(
          () =>
            settle(() =>
              reject(
                new Error(
                  `the report took longer than ${seconds(timeLimitMs)} and was stopped (a very large assessment or logo can do this)`,
                ),
              ),
            ),
          timeLimitMs,
        );
        worker.once('message', (reply: Reply) =>
          settle(() => {
            if (reply.ok) resolve(new Uint8Array(reply.pdf));
            else reject(new Error(`the report could not be rendered: ${reply.message}`));
          }),
        );
        worker.once('error', (error: Error & { code?: string }) =>
          settle(() =>
            reject(
              new Error(
                error.code === 'ERR_WORKER_OUT_OF_MEMORY'
                  ? `the report needed more than ${memoryLimitMb} MB of memory and was stopped (a very large assessment or logo can do this)`
                  : `the report could not be rendered: ${error.message}`,
              ),
            ),
          ),
        );
        worker.once('exit', (code) => settle(() => reject(new Error(`the report worker stopped (exit code ${code})`))));
      }),
  };
}
