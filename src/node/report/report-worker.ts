import { parentPort, workerData } from 'node:worker_threads';
import type { Assessment } from '../../core/assessment-schema';
import { ReportOptions } from '../../core/report/report-options';
import { renderReport } from './export-report';

// A worker thread that renders one report, so neither the window nor the main process stalls.
interface Job {
  assessment: Assessment;
  options: ReportOptions;
  fontsDir?: string;
}

const job = workerData as Job;
Promise.resolve()
  .then(() => renderReport(job.assessment, ReportOptions.parse(job.options), job.fontsDir))
  .then(
    (pdf) => parentPort?.postMessage({ ok: true, pdf }, [pdf.buffer as ArrayBuffer]),
    (error: unknown) => parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
