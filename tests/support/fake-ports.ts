import type { DialogPort, ReportPort, ShellPort } from '../../src/node/ipc/ports';

/** Dialogs that answer from a queue, as a person would: a path, or cancel (undefined). */
export function queuedDialogs(): DialogPort & { answers: (string | undefined)[]; asked: string[] } {
  const d = {
    answers: [] as (string | undefined)[],
    asked: [] as string[],
    openFile: ({ title }: { title: string }) => {
      d.asked.push(title);
      return Promise.resolve(d.answers.shift());
    },
    saveFile: ({ title }: { title: string }) => {
      d.asked.push(title);
      return Promise.resolve(d.answers.shift());
    },
  };
  return d;
}

/** A shell that records what it was asked to open. */
export function recordingShell(): ShellPort & { opened: string[] } {
  const s = { opened: [] as string[], openPath: (p: string) => (s.opened.push(p), Promise.resolve()) };
  return s;
}

/** A report port that writes a tiny marker, for handler tests that are not about the PDF itself. */
export function markerReport(): ReportPort {
  return { render: (a) => Promise.resolve(new TextEncoder().encode(`%PDF-marker ${a.profile.service}`)) };
}
