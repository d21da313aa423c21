import { parentPort, workerData } from 'node:worker_threads';
import type { Assessment } from '../../core/assessment-schema';
import type { ReportRenderOptions } from '../ipc/ports';
import { renderAssessmentReport } from './render-assessment';

// A worker thread that renders one report, so neither the window nor the main process stalls.
interface Job {
  assessment: Assessment;
  options: ReportRenderOptions;
  fontsDir?: string;
}

const job = workerData as Job;
renderAssessmentReport(job.assessment, job.options, job.fontsDir).then(
  (pdf) => parentPort?.postMessage({ ok: true, pdf }, [pdf.buffer as ArrayBuffer]),
  (error: unknown) => parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
);
