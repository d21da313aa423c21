import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { openRegularFile } from '../read-document';
import { windowReportOptions } from '../report/window-report-options';
import { HandlerError, safeFileName, type HandlerContext, type HandlerPart } from './handler-kit';

type FileChannel = 'report:export-pdf' | 'evidence:hash-document' | 'shell:open-saved';

/** The PDF report, fingerprints of evidence documents, and opening a file FinePrint saved. */
export function fileHandlers(ctx: HandlerContext): HandlerPart<FileChannel> {
  const { library, settings, dialogs } = ctx.services;
  return {
    'report:export-pdf': async ({ id, options }) => {
      const { assessment } = await library.get(id);
      // Before the save dialog, so a logo the report cannot use is reported before the user picks a file.
      const report = windowReportOptions(options, settings.get());
      if (!report.ok) throw new HandlerError('invalid', report.message);
      return ctx.saveAs(`${safeFileName(assessment.profile.service)} - FinePrint report.pdf`, 'pdf', 'PDF report', () =>
        ctx.services.report.render(assessment, report.options),
      );
    },
    'evidence:hash-document': async () => {
      const path = await dialogs.openFile({
        title: 'Choose the evidence document to fingerprint',
        filters: [{ name: 'All files', extensions: ['*'] }],
      });
      if (!path) return { status: 'canceled' as const };
      const opened = await openRegularFile(path); // never a pipe or device: those would block or never end
      if (!opened.ok) throw new HandlerError('io', `${basename(path)} ${opened.message}.`);
      try {
        const hash = createHash('sha256');
        for await (const chunk of opened.handle.createReadStream()) hash.update(chunk as Buffer);
        return { status: 'hashed' as const, fileName: basename(path).slice(0, 300), sha256: hash.digest('hex') };
      } catch (error) {
        throw new HandlerError('io', `${basename(path)} could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
      } finally {
        await opened.handle.close().catch(() => undefined);
      }
    },
    'shell:open-saved': async ({ token }) => {
      const path = ctx.savedPath(token);
      if (!path) return { opened: false };
      await ctx.services.shell.openPath(path);
      return { opened: true };
    },
  };
}
