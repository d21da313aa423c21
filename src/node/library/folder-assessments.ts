import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Assessment } from '../../core/assessment-schema';
import { decodeFineprint } from '../../core/file-format';
import { readDocumentBytes } from '../read-document';
import { loadReferencedTemplates } from './assessment-library';
import { decodeLibraryEntry, libraryPaths } from './library-files';
import { TemplateStore } from './template-store';

/** One .fineprint file of a folder: its assessment, or the problem that kept it from being read. */
export type FolderEntry =
  { file: string; ok: true; assessment: Assessment; warnings: string[] } | { file: string; ok: false; problem: string };

/** What a folder of assessments holds, and whether it was read as FinePrint's library. */
export interface FolderAssessments {
  kind: 'library' | 'folder';
  /** The folder the files were read from (the library's assessments folder, or the folder itself). */
  dir: string;
  entries: FolderEntry[];
}

async function isDir(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Reads every .fineprint file of a folder, never throwing for a bad file. The folder may be FinePrint's
 * data folder, its `library` folder (entries refer to template snapshots in `library/templates`, which
 * are resolved), or any folder of shared .fineprint files (each carries its template). Files are read in
 * name order; each unreadable one is listed with its problem. Throws only when the folder itself cannot
 * be listed.
 */
export async function readFolderAssessments(dir: string): Promise<FolderAssessments> {
  const library = (await isDir(join(dir, 'library', 'assessments')))
    ? libraryPaths(dir)
    : (await isDir(join(dir, 'assessments'))) && (await isDir(join(dir, 'templates')))
      ? { assessments: join(dir, 'assessments'), templates: join(dir, 'templates') }
      : undefined;
  const from = library?.assessments ?? dir;
  const templates = new TemplateStore(library?.templates ?? join(dir, 'templates'));
  const names = (await readdir(from, { withFileTypes: true }))
    .filter((d) => !d.isDirectory() && d.name.toLowerCase().endsWith('.fineprint'))
    .map((d) => d.name)
    .sort();
  const entries: FolderEntry[] = [];
  for (const name of names) entries.push(await readEntry(join(from, name), name, templates));
  return { kind: library ? 'library' : 'folder', dir: from, entries };
}

async function readEntry(path: string, file: string, templates: TemplateStore): Promise<FolderEntry> {
  const read = await readDocumentBytes(path);
  if (!read.ok) return { file, ok: false, problem: `the file ${read.message}` };
  const head = new TextDecoder().decode(read.bytes.subarray(0, Math.min(read.bytes.length, 1 << 20)));
  const ref = /"\$ref":\s*"(sha256:[0-9a-f]{64})"/.exec(head)?.[1];
  if (ref) {
    // A library entry: its template is a snapshot kept beside it, by digest.
    await loadReferencedTemplates(templates, read.bytes);
    const r = decodeLibraryEntry(read.bytes, (d) => templates.cached(d));
    if (r.ok) return { file, ok: true, assessment: r.value.assessment, warnings: r.warnings };
    const first = r.problems[0];
    return { file, ok: false, problem: first ? `${first.location}: ${first.message}` : 'unknown problem' };
  }
  const decoded = decodeFineprint(read.bytes);
  if (decoded.ok) return { file, ok: true, assessment: decoded.value.assessment, warnings: decoded.warnings };
  const first = decoded.problems[0];
  return { file, ok: false, problem: first ? `${first.location}: ${first.message}` : 'unknown problem' };
}
