import { Worker } from 'node:worker_threads';
import type { ReportPort } from '../ipc/ports';

/** Where the built worker script and the report fonts are. */
export interface WorkerReportOptions {
  workerFile: string;
  fontsDir?: string;
}

/** A report port that renders each PDF in its own worker thread. */
export function workerReportPort(options: WorkerReportOptions): ReportPort {
  return {
    render: (assessment, renderOptions) =>
      new Promise((resolve, reject) => {
        const worker = new Worker(options.workerFile, {
          workerData: { assessment, options: renderOptions, ...(options.fontsDir ? { fontsDir: options.fontsDir } : {}) },
        });
        let settled = false;
        worker.once('message', (reply: { ok: true; pdf: Uint8Array } | { ok: false; message: string }) => {
          settled = true;
          if (reply.ok) resolve(new Uint8Array(reply.pdf));
          else reject(new Error(`the report could not be rendered: ${reply.message}`));
          void worker.terminate();
        });
        worker.once('error', (error) => {
          settled = true;
          reject(new Error(`the report could not be rendered: ${error.message}`));
        });
        worker.once('exit', (code) => {
          if (!settled) reject(new Error(`the report worker stopped (exit code ${code})`));
        });
      }),
  };
}
