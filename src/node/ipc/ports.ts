import type { Assessment } from '../../core/assessment-schema';
import type { Logo } from '../../core/settings-schema';

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

/** What the report renderer needs besides the assessment. */
export interface ReportRenderOptions {
  internalNotes: boolean;
  paper: 'a4' | 'letter';
  confidentialityLabel: string;
  organisation: string;
  assessor: string;
  logo: Logo | null;
}

/** Renders the PDF report (in a worker in the app, so neither the window nor main stalls). */
export interface ReportPort {
  render(assessment: Assessment, options: ReportRenderOptions): Promise<Uint8Array>;
}
