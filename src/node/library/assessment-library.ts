import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { assessmentProblems, type Assessment, type Profile } from '../../core/assessment-schema';
import { encodeFineprint } from '../../core/file-format';
import { LibrarySummary, summarize } from '../../core/library-summary';
import { withoutInternalNotes } from '../../core/sharing';
import { templateDigest, toStored, type StoredAssessment } from '../../core/stored-assessment';
import { Template } from '../../core/template-schema';
import { BACKUP_SUFFIX, TEMP_MARKER, writeFileAtomic } from '../atomic-write';
import {
  assessmentFileName,
  decodeLibraryEntry,
  encodeLibraryEntry,
  libraryPaths,
  templateFileName,
  type LibraryPaths,
} from './library-files';

/** Something the user should be told about the library, e.g. a file restored from its backup. */
export interface LibraryNotice {
  kind: 'restored-from-backup' | 'unreadable' | 'index-rebuilt';
  file: string;
  message: string;
}

/** One cached line of the library index: the file's size and time, and its summary. */
const IndexEntry = z.object({ size: z.number(), mtimeMs: z.number(), summary: LibrarySummary });
/** The library index kept in the settings store, so start-up parses only files that changed. */
export const LibraryIndex = z.record(z.string(), IndexEntry);
export type LibraryIndex = z.infer<typeof LibraryIndex>;

/** Where the library index is kept (the settings store in the app, memory or conf in tests). */
export interface LibraryIndexPort {
  read(): unknown;
  write(index: LibraryIndex): void;
}

/** An assessment moved to the trash, restorable until the trash is emptied. */
export interface TrashItem {
  trashId: string;
  id: string;
  service: string;
  vendor: string;
  deletedAt: string;
}

/** Raised for a request the library refuses; the message is a sentence a buyer understands. */
export class LibraryError extends Error {
  constructor(
    readonly code: 'not-found' | 'conflict' | 'invalid' | 'io',
    message: string,
  ) {
    super(message);
  }
}

interface Entry {
  templateRef: string;
  size: number;
  mtimeMs: number;
  /** Cached summary; absent after a save until someone needs it (the list, the index). */
  summary?: LibrarySummary;
  /** The assessment last saved, kept until its summary is computed. */
  pending?: Assessment;
}

/**
 * The assessments on the user's disk: one file per assessment, each written atomically with the
 * previous version kept as a backup; template snapshots stored once by digest; deletes go to a trash.
 */
export class AssessmentLibrary {
  private readonly entries = new Map<string, Entry>();
  private readonly templates = new Map<string, Template>();
  private indexTimer: ReturnType<typeof setTimeout> | undefined;
  /** What happened at start-up that the user should know. */
  readonly notices: LibraryNotice[] = [];

  private constructor(
    readonly paths: LibraryPaths,
    private readonly indexPort: LibraryIndexPort,
    private readonly now: () => Date,
  ) {}

  /** Opens (creating if needed) the library in `dataDir`, recovering damaged files from their backups. */
  static async open(dataDir: string, options: { index: LibraryIndexPort; now?: () => Date }): Promise<AssessmentLibrary> {
    const library = new AssessmentLibrary(libraryPaths(dataDir), options.index, options.now ?? (() => new Date()));
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
    const names = await readdir(this.paths.assessments);
    for (const name of names.filter((n) => n.includes(TEMP_MARKER))) await rm(join(this.paths.assessments, name), { force: true });
    for (const name of names.filter((n) => n.endsWith('.fineprint') && !n.includes(TEMP_MARKER))) {
      const id = name.slice(0, -'.fineprint'.length);
      const path = join(this.paths.assessments, name);
      const info = await stat(path);
      const hit = previous[id];
      if (hit && hit.size === info.size && hit.mtimeMs === info.mtimeMs) {
        this.entries.set(id, { summary: hit.summary, templateRef: '', size: hit.size, mtimeMs: hit.mtimeMs });
        continue;
      }
      await this.loadEntry(id, path);
    }
    this.saveIndex();
  }

  /** Parses one file; on failure restores it from its backup, or moves it aside, and records a notice. */
  private async loadEntry(id: string, path: string): Promise<Assessment | undefined> {
    const decoded = await this.decodeFile(path);
    if (decoded.ok) {
      await this.remember(id, path, decoded.value, decoded.templateRef);
      return decoded.value;
    }
    const backup = await this.decodeFile(path + BACKUP_SUFFIX);
    if (backup.ok) {
      await writeFileAtomic(path, await readFile(path + BACKUP_SUFFIX));
      await this.remember(id, path, backup.value, backup.templateRef);
      this.notices.push({
        kind: 'restored-from-backup',
        file: assessmentFileName(id),
        message: `“${backup.value.profile.service}” could not be read (${decoded.message}); its previous version was restored from the backup.`,
      });
      return backup.value;
    }
    await mkdir(this.paths.quarantine, { recursive: true });
    await rename(path, join(this.paths.quarantine, `${assessmentFileName(id)}.${this.now().getTime()}`));
    this.notices.push({
      kind: 'unreadable',
      file: assessmentFileName(id),
      message: `An assessment file could not be read (${decoded.message}) and had no usable backup; it was moved to ${this.paths.quarantine} and is not shown.`,
    });
    return undefined;
  }

  private async decodeFile(path: string): Promise<{ ok: true; value: Assessment; templateRef: string } | { ok: false; message: string }> {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(path);
    } catch {
      return { ok: false, message: 'the file is missing' };
    }
    const templateRefs = /"\$ref":\s*"(sha256:[0-9a-f]{64})"/.exec(
      new TextDecoder().decode(bytes.subarray(0, Math.min(bytes.length, 1 << 20))),
    );
    if (templateRefs?.[1]) await this.loadTemplate(templateRefs[1]);
    const r = decodeLibraryEntry(bytes, (d) => this.templates.get(d));
    if (r.ok) return { ok: true, value: r.value.assessment, templateRef: r.value.stored.template.$ref };
    const first = r.problems[0];
    return { ok: false, message: first ? `${first.location}: ${first.message}` : 'unknown problem' };
  }

  private async loadTemplate(digest: string): Promise<Template | undefined> {
    const known = this.templates.get(digest);
    if (known) return known;
    try {
      const text = await readFile(join(this.paths.templates, templateFileName(digest)), 'utf8');
      const parsed = Template.safeParse(JSON.parse(text));
      if (!parsed.success || templateDigest(parsed.data) !== digest) return undefined;
      this.templates.set(digest, parsed.data);
      return parsed.data;
    } catch {
      return undefined;
    }
  }

  /** Stores a template snapshot once, by digest, and returns the digest. */
  async storeTemplate(template: Template): Promise<string> {
    const digest = templateDigest(template);
    if (!this.templates.has(digest)) {
      await writeFileAtomic(join(this.paths.templates, templateFileName(digest)), `${JSON.stringify(template)}\n`);
      this.templates.set(digest, template);
    }
    return digest;
  }

  private async remember(id: string, path: string, assessment: Assessment, templateRef: string): Promise<void> {
    const info = await stat(path);
    this.entries.set(id, { templateRef, size: info.size, mtimeMs: info.mtimeMs, pending: assessment });
  }

  private summaryOf(entry: Entry): LibrarySummary {
    if (!entry.summary) {
      if (!entry.pending) throw new LibraryError('io', 'An assessment of the library has no summary.');
      entry.summary = summarize(entry.pending);
      delete entry.pending;
    }
    return entry.summary;
  }

  /** Schedules an index write: the index is a cache, so one write a second is plenty. */
  private saveIndex(): void {
    this.indexTimer ??= setTimeout(() => this.flush(), 1000);
    this.indexTimer.unref?.();
  }

  /** Writes the library index now (at start, on quit, in tests). */
  flush(): void {
    if (this.indexTimer) clearTimeout(this.indexTimer);
    this.indexTimer = undefined;
    const index: LibraryIndex = {};
    for (const [id, entry] of this.entries) index[id] = { size: entry.size, mtimeMs: entry.mtimeMs, summary: this.summaryOf(entry) };
    this.indexPort.write(index);
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
    const t = await this.loadTemplate(digest);
    if (!t) throw new LibraryError('not-found', 'That checklist template is not in the library.');
    return t;
  }

  /** Reads one assessment in full, with its template. */
  async get(id: string): Promise<{ assessment: Assessment; templateRef: string }> {
    if (!this.entries.has(id)) throw new LibraryError('not-found', 'That assessment is not in the library (it may have been deleted).');
    const path = join(this.paths.assessments, assessmentFileName(id));
    const assessment = await this.loadEntry(id, path);
    this.saveIndex();
    if (!assessment) {
      this.entries.delete(id);
      throw new LibraryError('io', 'That assessment could not be read; see the notice in the library.');
    }
    return { assessment, templateRef: this.entries.get(id)?.templateRef ?? '' };
  }

  /** Starts a new assessment of a template with the triage answers given. */
  async create(template: Template, profile: Profile, by = ''): Promise<Assessment> {
    const at = this.now().toISOString();
    const assessment: Assessment = {
      id: randomUUID(),
      template,
      profile,
      answers: {},
      dataPath: [],
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
   * previous version becomes the backup. The summary and the index follow later, off this path.
   */
  async save(stored: StoredAssessment): Promise<{ savedAt: string }> {
    const template = await this.loadTemplate(stored.template.$ref);
    if (!template) throw new LibraryError('invalid', 'The assessment refers to a checklist template the library does not have.');
    const assessment: Assessment = { ...stored, template };
    const problems = assessmentProblems(assessment);
    if (problems.length > 0) throw new LibraryError('invalid', `The assessment does not fit its template: ${problems[0]?.message ?? ''}.`);
    return { savedAt: await this.writeStored(stored, assessment) };
  }

  /** Writes a full assessment, storing its template snapshot first. */
  async write(assessment: Assessment): Promise<LibrarySummary> {
    const digest = await this.storeTemplate(assessment.template);
    await this.writeStored(toStored(assessment, digest), assessment);
    const entry = this.entries.get(assessment.id);
    if (!entry) throw new LibraryError('io', 'The assessment was written but is not in the library.');
    return this.summaryOf(entry);
  }

  private async writeStored(stored: StoredAssessment, assessment: Assessment): Promise<string> {
    const path = join(this.paths.assessments, assessmentFileName(stored.id));
    const savedAt = this.now();
    await writeFileAtomic(path, encodeLibraryEntry(stored, savedAt), { backup: true });
    const info = await stat(path);
    this.entries.set(stored.id, { templateRef: stored.template.$ref, size: info.size, mtimeMs: info.mtimeMs, pending: assessment });
    this.saveIndex();
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
  async delete(id: string): Promise<TrashItem> {
    const entry = this.entries.get(id);
    if (!entry) throw new LibraryError('not-found', 'That assessment is not in the library.');
    const deletedAt = this.now();
    const trashId = `${id}--${deletedAt.getTime()}`;
    const from = join(this.paths.assessments, assessmentFileName(id));
    await rename(from, join(this.paths.trash, `${trashId}.fineprint`));
    await rm(from + BACKUP_SUFFIX, { force: true });
    const summary = this.summaryOf(entry);
    this.entries.delete(id);
    this.saveIndex();
    return { trashId, id, service: summary.service, vendor: summary.vendor, deletedAt: deletedAt.toISOString() };
  }

  /** Brings an assessment back from the trash. */
  async restore(trashId: string): Promise<LibrarySummary> {
    if (!/^[0-9a-f-]{36}--\d+$/.test(trashId)) throw new LibraryError('invalid', 'That is not an item of the trash.');
    const id = trashId.split('--')[0];
    if (this.entries.has(id)) throw new LibraryError('conflict', 'An assessment with the same id is already in the library.');
    const to = join(this.paths.assessments, assessmentFileName(id));
    try {
      await rename(join(this.paths.trash, `${trashId}.fineprint`), to);
    } catch {
      throw new LibraryError('not-found', 'That item is no longer in the trash.');
    }
    const assessment = await this.loadEntry(id, to);
    this.saveIndex();
    const entry = this.entries.get(id);
    if (!assessment || !entry) throw new LibraryError('io', 'The assessment in the trash could not be read.');
    return this.summaryOf(entry);
  }
}
