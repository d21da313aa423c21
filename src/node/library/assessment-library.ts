import { randomUUID } from 'node:crypto';
import type { Stats } from 'node:fs';
import { mkdir, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { assessmentProblems, type Assessment, type Profile } from '../../core/assessment-schema';
import { encodeFineprint } from '../../core/file-format';
import { summarize, type LibrarySummary } from '../../core/library-summary';
import { withoutInternalNotes } from '../../core/sharing';
import {
  fromStored,
  isResolved,
  rememberTemplateDigest,
  storedTemplateRefs,
  toStored,
  type StoredAssessment,
} from '../../core/stored-assessment';
import type { Template } from '../../core/template-schema';
import { writeFileAtomic } from '../atomic-write';
import { readDocumentBytes } from '../read-document';
import { LOCK_SUFFIX, withFileLock } from './file-lock';
import { ChangedElsewhere, fileState, revisionOf, type FileRevision } from './file-revision';
import { assessmentFileName, decodeLibraryEntry, encodeCheckedEntry, libraryPaths, type LibraryPaths } from './library-files';
import { IndexWriter, LibraryIndex, type LibraryIndexPort } from './library-index';
import { LibraryError, type LibraryNotice } from './library-notices';
import { type Decoded } from './recovery';
import { scanLibraryFolder } from './start-up-scan';
import { KeyedQueue } from './save-queue';
import { conflictCopy, type Redirect } from './sync-copies';
import { TemplateStore } from './template-store';
import { moveToTrash, restoreFromTrash, type TrashItem } from './trash';

export { LibraryIndex, type LibraryIndexPort } from './library-index';
export { LibraryError, type LibraryNotice } from './library-notices';
export type { TrashItem } from './trash';

interface Entry {
  templateRef: string;
  size: number;
  mtimeMs: number;
  /** The version of the file this process last read or wrote; a save replaces only that version. */
  revision?: FileRevision;
  /** Cached summary; absent after a save until someone needs it (the list, the index). */
  summary?: LibrarySummary;
  /** The assessment last saved, kept until its summary is computed. */
  pending?: Assessment;
}

/** Options of a library. */
export interface LibraryOptions {
  index: LibraryIndexPort;
  now?: () => Date;
  /** Told about something that happened after start-up (the index could not be written). */
  onNotice?: (notice: LibraryNotice) => void;
}

/**
 * The assessments on the user's disk: one file per assessment, each written atomically with the
 * previous version kept as a backup; template snapshots stored once by digest; deletes go to a trash.
 * Writes to one assessment run one at a time; a save replaces only the version this process read, so
 * another FinePrint or a sync tool writing the same folder never loses a save silently.
 */
export class AssessmentLibrary {
  private readonly entries = new Map<string, Entry>();
  private readonly templates: TemplateStore;
  private readonly queue = new KeyedQueue();
  /** Assessments whose saves go to a conflict copy, after another writer changed or deleted them. */
  private readonly redirects = new Map<string, Redirect>();
  private readonly index: IndexWriter;
  /** What happened at start-up that the user should know. */
  readonly notices: LibraryNotice[] = [];

  private constructor(
    readonly paths: LibraryPaths,
    private readonly indexPort: LibraryIndexPort,
    private readonly now: () => Date,
    onNotice: ((notice: LibraryNotice) => void) | undefined,
  ) {
    this.templates = new TemplateStore(paths.templates);
    const tell = (message: string) => {
      const notice: LibraryNotice = { kind: 'index-not-saved', file: 'library index', message };
      if (onNotice) onNotice(notice);
      else this.notices.push(notice);
    };
    this.index = new IndexWriter(indexPort, () => this.buildIndex(), tell);
  }

  /** Opens (creating if needed) the library in `dataDir`; repairs damaged files from their backups, with notices. */
  static async open(dataDir: string, options: LibraryOptions): Promise<AssessmentLibrary> {
    const library = new AssessmentLibrary(libraryPaths(dataDir), options.index, options.now ?? (() => new Date()), options.onNotice);
    await library.load();
    return library;
  }

  private async load(): Promise<void> {
    for (const dir of [this.paths.assessments, this.paths.templates, this.paths.trash]) await mkdir(dir, { recursive: true });
    const cached = LibraryIndex.safeParse(this.indexPort.read() ?? {});
    const previous = cached.success ? cached.data : {};
    if (!cached.success)
      this.notices.push({
        kind: 'index-rebuilt',
        file: 'library index',
        message: 'The library index was damaged and has been rebuilt from the files.',
      });
    await scanLibraryFolder(
      {
        paths: this.paths,
        now: this.now,
        notices: this.notices,
        decodeFile: (path) => this.decodeFile(path),
        remember: (id, decoded) => this.remember(id, decoded),
        rememberCached: (id, hit) => this.entries.set(id, { summary: hit.summary, templateRef: '', size: hit.size, mtimeMs: hit.mtimeMs }),
        writeNew: async (copy, templateRef) => {
          await this.storeRoundTemplates(copy);
          await this.writeEntry(toStored(copy, templateRef), copy.template, { guard: false });
        },
      },
      previous,
    );
    this.index.schedule();
  }

  private async decodeFile(path: string): Promise<Decoded> {
    const read = await readDocumentBytes(path);
    if (!read.ok) return { ok: false, message: read.message === 'does not exist' ? 'the file is missing' : `the file ${read.message}` };
    const bytes = read.bytes;
    await this.loadReferencedTemplates(bytes);
    const r = decodeLibraryEntry(bytes, (d) => this.templates.cached(d));
    if (r.ok) return { ok: true, value: r.value.assessment, templateRef: r.value.stored.template.$ref, bytes, info: read.info };
    const first = r.problems[0];
    return { ok: false, message: first ? `${first.location}: ${first.message}` : 'unknown problem' };
  }

  /** Loads every template snapshot an entry refers to (its current round's and its earlier rounds'). */
  private async loadReferencedTemplates(bytes: Uint8Array): Promise<void> {
    await loadReferencedTemplates(this.templates, bytes);
  }

  /** Stores the templates of an assessment's earlier rounds, so its entry can refer to them. */
  private async storeRoundTemplates(assessment: Assessment): Promise<void> {
    for (const r of assessment.rounds) rememberTemplateDigest(r.template, await this.templates.store(r.template));
  }

  private remember(id: string, decoded: Decoded & { ok: true }): void {
    const info = decoded.info;
    this.entries.set(id, {
      templateRef: decoded.templateRef,
      size: info.size,
      mtimeMs: info.mtimeMs,
      revision: revisionOf(info, decoded.bytes),
      pending: decoded.value,
    });
  }

  /** Makes a template on offer known by its digest, without writing (listing templates never writes). */
  offerTemplate(template: Template): string {
    return this.templates.offer(template);
  }

  /** Stores a template snapshot once, by digest, and returns the digest. */
  storeTemplate(template: Template): Promise<string> {
    return this.templates.store(template);
  }

  private summaryOf(entry: Entry): LibrarySummary {
    if (!entry.summary) {
      if (!entry.pending) throw new LibraryError('io', 'An assessment of the library has no summary.');
      entry.summary = summarize(entry.pending);
      delete entry.pending;
    }
    return entry.summary;
  }

  private buildIndex(): LibraryIndex {
    const index: LibraryIndex = {};
    for (const [id, entry] of this.entries) index[id] = { size: entry.size, mtimeMs: entry.mtimeMs, summary: this.summaryOf(entry) };
    return index;
  }

  /** Writes the library index now (at start, on quit, in tests); never throws. Returns whether it was written. */
  flush(): boolean {
    return this.index.flush();
  }

  /** The summaries of every assessment, most recently changed first. */
  list(): LibrarySummary[] {
    return [...this.entries.values()].map((e) => this.summaryOf(e)).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  /** Whether an assessment with this id is in the library. */
  has(id: string): boolean {
    return this.entries.has(id);
  }

  /** A template snapshot by digest. */
  async template(digest: string): Promise<Template> {
    const t = await this.templates.load(digest);
    if (!t) throw new LibraryError('not-found', 'That checklist template is not in the library.');
    return t;
  }

  private serviceOf(id: string): string {
    const entry = this.entries.get(id);
    return entry ? this.summaryOf(entry).service : 'This assessment';
  }

  private deletedElsewhere(id: string): LibraryError {
    const service = this.serviceOf(id);
    this.entries.delete(id);
    this.index.schedule();
    return new LibraryError(
      'not-found',
      `“${service}” was deleted elsewhere (by another FinePrint or a sync tool) and is no longer in your library.`,
    );
  }

  /** Reads one assessment in full, with its template. Never writes: repairs happen at start. */
  get(id: string): Promise<{ assessment: Assessment; templateRef: string }> {
    return this.queue.run(id, async () => {
      const entry = this.entries.get(id);
      if (!entry) throw new LibraryError('not-found', 'That assessment is not in the library (it may have been deleted).');
      const path = join(this.paths.assessments, assessmentFileName(id));
      const decoded = await this.decodeFile(path);
      if (!decoded.ok) {
        if (decoded.message === 'the file is missing') throw this.deletedElsewhere(id);
        throw new LibraryError(
          'io',
          `“${this.serviceOf(id)}” could not be read (${decoded.message}). Restart FinePrint to restore it from its backup.`,
        );
      }
      const before = { size: entry.size, mtimeMs: entry.mtimeMs };
      this.remember(id, decoded);
      this.redirects.delete(id);
      const now = this.entries.get(id);
      if (now && (now.size !== before.size || now.mtimeMs !== before.mtimeMs)) this.index.schedule();
      return { assessment: decoded.value, templateRef: decoded.templateRef };
    });
  }

  /** Starts a new assessment of a template with the triage answers given. */
  async create(template: Template, profile: Profile, by = ''): Promise<Assessment> {
    const at = this.now().toISOString();
    const assessment: Assessment = {
      id: randomUUID(),
      round: 1,
      template,
      profile,
      answers: {},
      dataPath: [],
      providers: [],
      rounds: [],
      decision: { outcome: 'pending', rationale: '', conditions: [], signOffs: [] },
      createdAt: at,
      updatedAt: at,
      history: [{ at, by, event: { kind: 'created', template: { id: template.id, title: template.title, version: template.version } } }],
    };
    await this.write(assessment);
    return assessment;
  }

  /**
   * Persists a changed assessment (the autosave path): the template stays a reference and the
   * previous version becomes the backup. Saves of one assessment run in the order they arrive.
   * When another writer changed or deleted the file since this process read it, nothing is
   * overwritten: this version becomes a separate assessment and the error says so.
   */
  save(stored: StoredAssessment): Promise<{ savedAt: string }> {
    return this.queue.run(stored.id, async () => {
      const redirect = this.redirects.get(stored.id);
      const target = redirect ? redirect.apply(stored) : stored;
      const template = await this.templates.load(target.template.$ref);
      if (!template) throw new LibraryError('invalid', 'The assessment refers to a checklist template the library does not have.');
      for (const ref of storedTemplateRefs(target))
        if (!(await this.templates.load(ref)))
          throw new LibraryError('invalid', 'An earlier round of the assessment refers to a checklist template the library does not have.');
      const problems = assessmentProblems({ ...target, template });
      if (problems.length > 0)
        throw new LibraryError('invalid', `The assessment does not fit its template: ${problems[0]?.message ?? ''}.`);
      if (!this.entries.has(target.id)) throw new LibraryError('not-found', 'That assessment is not in the library (it was deleted).');
      try {
        return { savedAt: await this.writeEntry(target, template, { guard: true }) };
      } catch (error) {
        if (!(error instanceof ChangedElsewhere)) throw error;
        return this.keepConflictCopy(target, template, error.state);
      }
    });
  }

  private async keepConflictCopy(stored: StoredAssessment, template: Template, state: 'changed' | 'deleted'): Promise<never> {
    const redirect = conflictCopy(stored, this.now());
    const copy = redirect.apply(stored);
    await this.writeEntry(copy, template, { guard: false });
    this.redirects.set(stored.id, redirect);
    const service = stored.profile.service;
    if (state === 'deleted') {
      this.entries.delete(stored.id);
      this.index.schedule();
      throw new LibraryError(
        'not-found',
        `“${service}” was deleted elsewhere (by another FinePrint or a sync tool) while you were editing it. Your version was kept as a new assessment, “${redirect.service}”, in your library, and your next changes go to it.`,
      );
    }
    throw new LibraryError(
      'conflict',
      `Another FinePrint or a sync tool changed “${service}” while you were editing it. Nothing was overwritten: your version is now a separate assessment, “${redirect.service}”, in your library, and your next changes go to it. Compare the two and delete the one you do not need.`,
    );
  }

  /** Writes a full assessment, storing its template snapshot first. */
  write(assessment: Assessment): Promise<LibrarySummary> {
    return this.queue.run(assessment.id, async () => {
      const digest = await this.templates.store(assessment.template);
      await this.storeRoundTemplates(assessment);
      await this.writeEntry(toStored(assessment, digest), assessment.template, { guard: false });
      const entry = this.entries.get(assessment.id);
      if (!entry) throw new LibraryError('io', 'The assessment was written but is not in the library.');
      return this.summaryOf(entry);
    });
  }

  /**
   * Writes one entry, checked to read back. With `guard`, the file is replaced only if it is still the
   * version this process last read or wrote; otherwise ChangedElsewhere is thrown and nothing changes.
   */
  private async writeEntry(stored: StoredAssessment, template: Template, options: { guard: boolean }): Promise<string> {
    const path = join(this.paths.assessments, assessmentFileName(stored.id));
    const savedAt = this.now();
    const templateFor = (digest: string) => (digest === stored.template.$ref ? template : this.templates.cached(digest));
    const encoded = encodeCheckedEntry(stored, templateFor, savedAt, options.guard ? 'json' : 'full');
    if (!encoded.ok) throw new LibraryError('invalid', `This change to “${stored.profile.service}” was not saved: ${encoded.message}.`);
    const known = options.guard ? this.entries.get(stored.id)?.revision : undefined;
    let info: Stats | undefined;
    await writeFileAtomic(path, encoded.bytes, {
      backup: true,
      // Check, replace and note the new version under one lock, so no other FinePrint on this machine
      // can slip a write in between.
      aroundReplace: (replace) =>
        withFileLock(path + LOCK_SUFFIX, async () => {
          if (known) {
            const s = await fileState(path, known);
            if (s.state !== 'unchanged') throw new ChangedElsewhere(s.state);
          }
          await replace();
          info = await stat(path);
        }),
    });
    if (!info) throw new LibraryError('io', 'The assessment was written but could not be found afterwards.');
    this.entries.set(stored.id, {
      templateRef: stored.template.$ref,
      size: info.size,
      mtimeMs: info.mtimeMs,
      revision: revisionOf(info, encoded.bytes),
      pending: pendingOf(stored, template, templateFor),
    });
    this.index.schedule();
    return savedAt.toISOString();
  }

  /** The .fineprint text to share an assessment, with or without internal notes. */
  async export(id: string, options: { internalNotes: boolean }): Promise<string> {
    const { assessment } = await this.get(id);
    return encodeFineprint(options.internalNotes ? assessment : withoutInternalNotes(assessment), this.now());
  }

  /**
   * Adds an assessment read from a shared file. When its id is already present the caller must say
   * whether to replace the one in the library or keep both (the import then gets a new id).
   */
  async import(assessment: Assessment, onConflict?: 'replace' | 'keep-both'): Promise<LibrarySummary> {
    if (this.entries.has(assessment.id)) {
      if (!onConflict)
        throw new LibraryError('conflict', `An assessment of “${assessment.profile.service}” with the same id is already in the library.`);
      if (onConflict === 'keep-both') {
        const at = this.now().toISOString();
        assessment = {
          ...assessment,
          id: randomUUID(),
          history: [...assessment.history, { at, by: '', event: { kind: 'imported-as-copy', of: assessment.id } }],
        };
      }
    }
    return this.write(assessment);
  }

  /** Moves an assessment (and its backup) to the trash; returns what `restore` needs. */
  delete(id: string): Promise<TrashItem> {
    return this.queue.run(id, async () => {
      const entry = this.entries.get(id);
      if (!entry) throw new LibraryError('not-found', 'That assessment is not in the library.');
      const summary = this.summaryOf(entry);
      const item = await moveToTrash(this.paths, id, summary, this.now());
      if (!item) throw this.deletedElsewhere(id);
      this.entries.delete(id);
      this.redirects.delete(id);
      this.index.schedule();
      return item;
    });
  }

  /** Brings an assessment back from the trash. */
  restore(trashId: string): Promise<LibrarySummary> {
    const id = trashId.split('--')[0] ?? '';
    return this.queue.run(id, async () => {
      if (this.entries.has(id)) throw new LibraryError('conflict', 'An assessment with the same id is already in the library.');
      const to = await restoreFromTrash(this.paths, trashId);
      const decoded = await this.decodeFile(to);
      if (!decoded.ok) {
        await rename(to, join(this.paths.trash, `${trashId}.fineprint`));
        throw new LibraryError('io', `The assessment in the trash could not be read (${decoded.message}).`);
      }
      this.remember(id, decoded);
      this.index.schedule();
      const entry = this.entries.get(id);
      if (!entry) throw new LibraryError('io', 'The assessment in the trash could not be read.');
      return this.summaryOf(entry);
    });
  }
}

/** The assessment of an entry just written, for its summary: its templates resolved from the store. */
function pendingOf(stored: StoredAssessment, template: Template, templateFor: (digest: string) => Template | undefined): Assessment {
  const resolved = fromStored(stored, template, templateFor);
  if (!isResolved(resolved)) throw new LibraryError('io', 'An earlier round was written but its checklist template is not in the library.');
  return resolved;
}

/** Loads every template snapshot a library entry's bytes refer to, by digest. */
export async function loadReferencedTemplates(templates: { load(digest: string): Promise<unknown> }, bytes: Uint8Array): Promise<void> {
  const text = new TextDecoder().decode(bytes);
  const refs = new Set([...text.matchAll(/"\$ref":\s*"(sha256:[0-9a-f]{64})"/g)].map((m) => m[1] ?? ''));
  for (const ref of refs) if (ref) await templates.load(ref);
}
