import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import type { z } from 'zod';
import type { Assessment } from '../../core/assessment-schema';
import { decodeFineprint } from '../../core/file-format';
import {
  type IPC_CHANNELS,
  type AppNotice,
  type Channel,
  type IpcError,
  type ReplyOf,
  type SaveOutcome,
  type TemplateInfo,
} from '../../core/ipc-contract';
import { summarize } from '../../core/library-summary';
import { toStored } from '../../core/stored-assessment';
import { writeFileAtomic } from '../atomic-write';
import { describeWriteError } from '../fs-errors';
import type { AssessmentLibrary } from '../library/assessment-library';
import type { PendingImports } from '../library/import-policy';
import type { PositionsPort } from '../positions';
import { readDocumentBytes } from '../read-document';
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

/** The handlers of some channels: each domain file supplies its part of the table. */
export type HandlerPart<C extends Channel> = Pick<HandlerTable, C>;

/** The open and save dialogs' filter for assessments. */
export const FINEPRINT_FILTER = { name: 'FinePrint assessment', extensions: ['fineprint'] };
/** An unguessable token naming something the window may refer back to. */
export const token = () => randomBytes(12).toString('hex');
/** A file name made from a service name: letters, digits, spaces, dots, dashes. */
export const safeFileName = (s: string) =>
  s
    .replace(/[^\p{L}\p{N} ._-]+/gu, ' ')
    .trim()
    .slice(0, 80) || 'assessment';

/** What every domain's handlers share: the services and a few steps several channels take. */
export interface HandlerContext {
  services: AppServices;
  /** The templates the user can start from, each known to the library by digest. */
  templateInfos(): TemplateInfo[];
  /** An assessment as the window opens it: template by reference, with its summary. */
  opened(id: string): Promise<ReplyOf<'assessment:open'>>;
  /** Reads and decodes a shared .fineprint file, refusing it with the file's name and the problem. */
  readShared(path: string): Promise<{ assessment: Assessment; warnings: string[] }>;
  /** Asks where to save, writes atomically, and remembers the path under a token the window can open. */
  saveAs(defaultName: string, extension: string, label: string, bytes: () => Promise<string | Uint8Array>): Promise<SaveOutcome>;
  /** The path of a file saved under a token, if any. */
  savedPath(token: string): string | undefined;
}

/** Builds the shared context for one handler table. */
export function createHandlerContext(services: AppServices): HandlerContext {
  const { library, catalog, dialogs } = services;
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

  async function opened(id: string): Promise<ReplyOf<'assessment:open'>> {
    const { assessment, templateRef } = await library.get(id);
    return { assessment: toStored(assessment, templateRef), summary: summarize(assessment) };
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

  return { services, templateInfos, opened, readShared, saveAs, savedPath: (t) => savedFiles.get(t) };
}
