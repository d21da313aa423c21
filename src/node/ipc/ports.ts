import type { Assessment } from '../../core/assessment-schema';
import type { ReportOptions } from '../../core/report/report-options';
import type { ReportFonts } from '../../core/report/render';

/** A file-type filter of an open or save dialog. */
export interface FileFilter {
  name: string;
  extensions: string[];
}

/** The OS file dialogs; the only way a path reaches the handlers from the window's side. */
export interface DialogPort {
  /** The chosen file, or undefined when the user canceled. */
  openFile(options: { title: string; filters: FileFilter[] }): Promise<string | undefined>;
  saveFile(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | undefined>;
}

/** Opening a saved file with the system's default application. */
export interface ShellPort {
  openPath(path: string): Promise<void>;
}

/** Renders the PDF report (in a worker in the app, so neither the window nor main stalls). */
export interface ReportPort {
  render(assessment: Assessment, options: ReportOptions): Promise<Uint8Array>;
  /** The report fonts, for documents drawn outside the worker (the portfolio report); the bundled ones when absent. */
  fonts?(): Promise<ReportFonts>;
}
