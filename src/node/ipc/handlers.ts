import { createHash, randomBytes } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { z } from 'zod';
import type { Assessment } from '../../core/assessment-schema';
import { decodeFineprint } from '../../core/file-format';
import { checkLogo } from '../../core/image-header';
import {
  IPC_CHANNELS,
  type AppNotice,
  type Channel,
  type ImportOutcome,
  type IpcError,
  type IpcResult,
  type ReplyOf,
  type SaveOutcome,
  type TemplateInfo,
  type UpgradeOffer,
} from '../../core/ipc-contract';
import { summarize } from '../../core/library-summary';
import { toStored } from '../../core/stored-assessment';
import { applyUpgrade, newerTemplate, planUpgrade } from '../../core/upgrade';
import { APP_VERSION } from '../../core/version';
import { writeFileAtomic } from '../atomic-write';
import { describeUnexpectedFsError, describeWriteError } from '../fs-errors';
import { type AssessmentLibrary, LibraryError } from '../library/assessment-library';
import { importAssessment, type PendingImports } from '../library/import-policy';
import { openRegularFile, readDocumentBytes } from '../read-document';
import type { PositionsPort } from '../positions';
import { windowReportOptions } from '../report/window-report-options';
import type { SettingsService } from '../settings';
import { formatProblems, type TemplateCatalog } from '../template-catalog';
import type { DialogPort, ReportPort, ShellPort } from './ports';

/** Everything the handlers work with: services and the ports to the platform. */
export interface AppServices {
  library: AssessmentLibrary;
  settings: SettingsService;
  /** Where the user left off in each assessment, kept apart from the settings. */
  positions: PositionsPort;
  catalog: TemplateCatalog;
  samplesDir: string;
  dialogs: DialogPort;
  shell: ShellPort;
  report: ReportPort;
  notices: AppNotice[];
  /** Imports waiting for the user's choice (same id already in the library), by token; bounded. */
  pendingImports: PendingImports;
}

type Handler<C extends Channel> = (request: z.output<(typeof IPC_CHANNELS)[C]['request']>) => Promise<ReplyOf<C>>;
/** One handler per channel. */
export type HandlerTable = { [C in Channel]: Handler<C> };

/** A refusal with a typed error code and a sentence for the user. */
export class HandlerError extends Error {
  constructor(
    readonly code: IpcError['code'],
    message: string,
    readonly details?: string[],
  ) {
    super(message);
  }
}

const FINEPRINT_FILTER = { name: 'FinePrint assessment', extensions: ['fineprint'] };
const token = () => randomBytes(12).toString('hex');
const safeFileName = (s: string) =>
  s
    .replace(/[^\p{L}\p{N} ._-]+/gu, ' ')
    .trim()
    .slice(0, 80) || 'assessment';

/** Builds the handler table from the services: the same table serves Electron, the CLI and the browser harness. */
export function createHandlers(services: AppServices): HandlerTable {
  const { library, settings, catalog, dialogs } = services;
  const { pendingImports } = services;
  const savedFiles = new Map<string, string>();

  function templateInfos(): TemplateInfo[] {
    const out: TemplateInfo[] = [];
    for (const e of catalog.list()) {
      out.push({
        id: e.template.id,
        title: e.template.title,
        version: e.template.version,
        checks: e.template.checks.length,
        source: e.source,
        // Known by digest in memory; the snapshot is written when an assessment is created from it.
        ref: library.offerTemplate(e.template),
      });
    }
    return out;
  }

  async function opened(id: string) {
    const { assessment, templateRef } = await library.get(id);
    return { assessment: toStored(assessment, templateRef), summary: summarize(assessment) };
  }

  // The newest bundled or imported template of the assessment's template id, when newer than its snapshot.
  async function upgradeOffer(id: string): Promise<UpgradeOffer> {
    const { assessment } = await library.get(id);
    const newer = newerTemplate(
      assessment.template,
      catalog.list().map((e) => e.template),
    );
    if (!newer) return { offer: null };
    const planned = planUpgrade(assessment, newer);
    if (!planned.ok) return { offer: null };
    const { plan } = planned;
    const before = new Map(assessment.template.checks.map((c) => [c.id, c.prompt]));
    const after = new Map(newer.checks.map((c) => [c.id, c.prompt]));
    const named = (list: string[], prompts: Map<string, string>) => list.map((x) => ({ id: x, prompt: prompts.get(x) ?? x }));
    return {
      offer: {
        templateRef: library.offerTemplate(newer),
        title: newer.title,
        from: plan.from,
        to: plan.to,
        kept: named(plan.kept, after),
        added: named(plan.added, after),
        flagged: plan.flagged.map((f) => ({
          id: f.checkId,
          prompt: after.get(f.checkId) ?? f.checkId,
          reasons: f.reasons,
          cleared: f.cleared,
        })),
        removed: named(plan.removed, before),
      },
    };
  }

  async function readShared(path: string): Promise<{ assessment: Assessment; warnings: string[] }> {
    const name = basename(path);
    const read = await readDocumentBytes(path);
    if (!read.ok) throw new HandlerError('io', `${name} ${read.message}.`);
    const decoded = decodeFineprint(read.bytes);
    if (!decoded.ok) {
      const first = decoded.problems[0];
      throw new HandlerError(
        'invalid',
        // The sentence says what is wrong; where in the file it is goes to the details.
        `${name} could not be imported: ${first ? first.message : 'it is not a FinePrint assessment'}.`,
        formatProblems(decoded.problems),
      );
    }
    return { assessment: decoded.value.assessment, warnings: decoded.warnings.map((w) => `${name}: ${w}`) };
  }

  async function saveAs(
    defaultName: string,
    extension: string,
    label: string,
    bytes: () => Promise<string | Uint8Array>,
  ): Promise<SaveOutcome> {
    const path = await dialogs.saveFile({ title: `Save ${label}`, defaultName, filters: [{ name: label, extensions: [extension] }] });
    if (!path) return { status: 'canceled' };
    const data = await bytes();
    try {
      await writeFileAtomic(path, data, { keepTarget: true });
    } catch (error) {
      throw new HandlerError('io', `${basename(path)} could not be written: ${describeWriteError(error)}.`);
    }
    const t = token();
    savedFiles.set(t, path);
    return { status: 'saved', filePath: path, token: t };
  }

  const table: HandlerTable = {
    'app:get-info': () => Promise.resolve({ version: APP_VERSION, notices: services.notices }),
    'settings:get': () => Promise.resolve(settings.get()),
    'settings:update': (patch) => Promise.resolve(settings.update(patch)),
    'positions:list': () => Promise.resolve(services.positions.list()),
    'positions:set': ({ id, position }) => {
      services.positions.set(id, position);
      return Promise.resolve({});
    },
    'settings:choose-logo': async () => {
      const path = await dialogs.openFile({ title: 'Choose a logo', filters: [{ name: 'Images', extensions: ['png', 'jpg', 'jpeg'] }] });
      if (!path) return settings.get();
      const read = await readDocumentBytes(path, 500 * 1024);
      if (!read.ok)
        throw new HandlerError('invalid', `${basename(path)} ${read.kind === 'too-large' ? 'is larger than 500 KB' : read.message}.`);
      const logo = checkLogo(read.bytes);
      if (!logo.ok) throw new HandlerError('invalid', `${basename(path)} ${logo.message}.`);
      const mediaType = logo.header.type === 'png' ? 'image/png' : 'image/jpeg';
      return settings.update({
        logo: { mediaType, fileName: basename(path).slice(0, 300), base64: Buffer.from(read.bytes).toString('base64') },
      });
    },
    'settings:clear-logo': () => Promise.resolve(settings.update({ logo: null })),
    'library:list': () => Promise.resolve(library.list()),
    'library:list-samples': async () => {
      const out = [];
      for (const fileName of (await readdir(services.samplesDir)).filter((n) => n.endsWith('.fineprint')).sort()) {
        const read = await readDocumentBytes(join(services.samplesDir, fileName));
        const decoded = read.ok ? decodeFineprint(read.bytes) : undefined;
        if (decoded?.ok)
          out.push({ fileName, service: decoded.value.assessment.profile.service, vendor: decoded.value.assessment.profile.vendor });
      }
      return out;
    },
    'library:open-sample': async ({ fileName }) => {
      const { assessment } = await readShared(join(services.samplesDir, fileName));
      return library.import(assessment, 'replace');
    },
    'templates:list': () => Promise.resolve(templateInfos()),
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
      const info = templateInfos().find((t) => t.id === r.template.id);
      if (!info) throw new HandlerError('internal', 'The template was saved but could not be listed.');
      return { status: 'imported' as const, template: info };
    },
    'templates:remove': async ({ id }) => {
      if (!(await catalog.remove(id))) throw new HandlerError('not-found', 'Only templates you imported can be removed.');
      return templateInfos();
    },
    'assessment:create': async ({ templateRef, profile }) => {
      const template = await library.template(templateRef);
      const created = await library.create(template, profile, settings.get().assessor);
      return opened(created.id);
    },
    'assessment:open': ({ id }) => opened(id),
    'assessment:save': ({ assessment }) => library.save(assessment),
    'assessment:plan-upgrade': ({ id }) => upgradeOffer(id),
    'assessment:upgrade': async ({ id, templateRef }) => {
      const [{ assessment }, template] = await Promise.all([library.get(id), library.template(templateRef)]);
      const result = applyUpgrade(assessment, template, { at: new Date().toISOString(), by: settings.get().assessor });
      if (!result.ok)
        throw new HandlerError(
          'invalid',
          result.refusal.code === 'different-template'
            ? 'That checklist template is not a version of the one this assessment uses.'
            : `Checklist version ${result.refusal.to} is not newer than the assessment's ${result.refusal.from}.`,
        );
      await library.write(result.assessment);
      return opened(id);
    },
    'assessment:delete': async ({ id }) => {
      const item = await library.delete(id);
      return { trashId: item.trashId, service: item.service };
    },
    'assessment:restore': ({ trashId }) => library.restore(trashId),
    'assessment:import': async () => {
      const path = await dialogs.openFile({ title: 'Open a FinePrint assessment', filters: [FINEPRINT_FILTER] });
      if (!path) return { status: 'canceled' };
      const { assessment, warnings } = await readShared(path);
      return importAssessment(library, pendingImports, assessment, warnings);
    },
    'assessment:resolve-import': async ({ token: t, choice }) => {
      const assessment = pendingImports.take(t);
      if (!assessment) throw new HandlerError('not-found', 'That import is no longer pending; open the file again.');
      if (choice === 'cancel') return { status: 'canceled' };
      return { status: 'imported', summary: await library.import(assessment, choice), warnings: [] };
    },
    'assessment:export': async ({ id, internalNotes }) => {
      const summary = library.list().find((s) => s.id === id);
      if (!summary) throw new HandlerError('not-found', 'That assessment is not in the library.');
      return saveAs(`${safeFileName(summary.service)}.fineprint`, 'fineprint', 'FinePrint assessment', () =>
        library.export(id, { internalNotes }),
      );
    },
    'report:export-pdf': async ({ id, options }) => {
      const { assessment } = await library.get(id);
      // Before the save dialog, so a logo the report cannot use is reported before the user picks a file.
      const report = windowReportOptions(options, settings.get());
      if (!report.ok) throw new HandlerError('invalid', report.message);
      return saveAs(`${safeFileName(assessment.profile.service)} - FinePrint report.pdf`, 'pdf', 'PDF report', () =>
        services.report.render(assessment, report.options),
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
    'shell:open-saved': async ({ token: t }) => {
      const path = savedFiles.get(t);
      if (!path) return { opened: false };
      await services.shell.openPath(path);
      return { opened: true };
    },
  };
  return table;
}

/**
 * Imports a .fineprint opened from the operating system (double-click, command line, second instance).
 * A file already in the library unchanged just shows it; a different version of it asks, like Import.
 */
export async function importFromPath(
  services: AppServices,
  path: string,
): Promise<ImportOutcome | { status: 'invalid'; file: string; message: string; details: string[] }> {
  const name = basename(path);
  try {
    const read = await readDocumentBytes(path);
    if (!read.ok) return { status: 'invalid', file: name, message: `${name} ${read.message}.`, details: [] };
    const decoded = decodeFineprint(read.bytes);
    if (!decoded.ok)
      return { status: 'invalid', file: name, message: `${name} could not be imported.`, details: formatProblems(decoded.problems) };
    return await importAssessment(services.library, services.pendingImports, decoded.value.assessment, decoded.warnings);
  } catch (error) {
    return { status: 'invalid', file: name, message: `${name} could not be imported (${(error as Error).message}).`, details: [] };
  }
}

/** Validates a request against its channel's schema, runs the handler, and turns every failure into a typed error. */
export async function dispatch(table: HandlerTable, channel: string, payload: unknown): Promise<IpcResult<unknown>> {
  if (!Object.hasOwn(IPC_CHANNELS, channel))
    return { ok: false, error: { code: 'invalid-request', message: `Unknown channel "${channel}".` } };
  const c = channel as Channel;
  const parsed = IPC_CHANNELS[c].request.safeParse(payload);
  if (!parsed.success) {
    return {
      ok: false,
      error: {
        code: 'invalid-request',
        message: `The request to ${c} is malformed.`,
        details: parsed.error.issues.slice(0, 10).map((i) => `${i.path.join('.') || '$'}: ${i.message}`),
      },
    };
  }
  try {
    const handler = table[c] as (request: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof HandlerError)
      return { ok: false, error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) } };
    if (error instanceof LibraryError) return { ok: false, error: { code: error.code, message: error.message } };
    const fs = describeUnexpectedFsError(error);
    if (fs) return { ok: false, error: { code: 'io', message: fs } };
    return { ok: false, error: { code: 'internal', message: `Something went wrong in FinePrint: ${(error as Error).message}` } };
  }
}
