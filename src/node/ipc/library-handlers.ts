import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { decodeFineprint } from '../../core/file-format';
import { readDocumentBytes } from '../read-document';
import { HandlerError, type HandlerContext, type HandlerPart } from './handler-kit';

type LibraryChannel =
  | 'library:list'
  | 'library:list-samples'
  | 'library:open-sample'
  | 'templates:list'
  | 'templates:get'
  | 'templates:import'
  | 'templates:remove';

/** The library's list, the bundled samples, and the checklist templates. */
export function libraryHandlers(ctx: HandlerContext): HandlerPart<LibraryChannel> {
  const { library, catalog, dialogs, samplesDir } = ctx.services;
  return {
    'library:list': () => Promise.resolve(library.list()),
    'library:list-samples': async () => {
      const out = [];
      for (const fileName of (await readdir(samplesDir)).filter((n) => n.endsWith('.fineprint')).sort()) {
        const read = await readDocumentBytes(join(samplesDir, fileName));
        const decoded = read.ok ? decodeFineprint(read.bytes) : undefined;
        if (decoded?.ok)
          out.push({ fileName, service: decoded.value.assessment.profile.service, vendor: decoded.value.assessment.profile.vendor });
      }
      return out;
    },
    'library:open-sample': async ({ fileName }) => {
      const { assessment } = await ctx.readShared(join(samplesDir, fileName));
      return library.import(assessment, 'replace');
    },
    'templates:list': () => Promise.resolve(ctx.templateInfos()),
    'templates:get': ({ ref }) => library.template(ref),
    'templates:import': async () => {
      const path = await dialogs.openFile({
        title: 'Import a checklist template',
        filters: [{ name: 'Checklist template', extensions: ['json'] }],
      });
      if (!path) return { status: 'canceled' as const };
      const read = await readDocumentBytes(path);
      if (!read.ok) throw new HandlerError('io', `${basename(path)} ${read.message}.`);
      const r = await catalog.import(read.bytes);
      if (!r.ok)
        throw new HandlerError('invalid', `${basename(path)} is not a valid checklist template: ${r.problems[0] ?? ''}`, r.problems);
      const info = ctx.templateInfos().find((t) => t.id === r.template.id);
      if (!info) throw new HandlerError('internal', 'The template was saved but could not be listed.');
      return { status: 'imported' as const, template: info };
    },
    'templates:remove': async ({ id }) => {
      if (!(await catalog.remove(id))) throw new HandlerError('not-found', 'Only templates you imported can be removed.');
      return ctx.templateInfos();
    },
  };
}
