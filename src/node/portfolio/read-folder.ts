import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Assessment } from '../../core/assessment-schema';
import { decodeFineprint } from '../../core/file-format';
import type { Problem } from '../../core/problems';
import { templateDigest } from '../../core/stored-assessment';
import { decodeTemplate } from '../../core/template-file';
import type { Template } from '../../core/template-schema';
import { decodeLibraryEntry } from '../library/library-files';
import { readDocumentBytes } from '../read-document';

/** An assessment read from a folder, with the file it came from. */
export interface FolderEntry {
  file: string;
  assessment: Assessment;
  warnings: string[];
}

/** What reading a folder gave: the assessments, and each file that could not be read with its problems. */
export interface FolderContents {
  /** `library` when the folder is a FinePrint library (its templates resolved), `files` for a folder of .fineprint files. */
  kind: 'library' | 'files';
  entries: FolderEntry[];
  refused: { file: string; problems: Problem[]; unreadable: boolean }[];
}

const isDir = async (path: string) => (await stat(path).catch(() => undefined))?.isDirectory() === true;

/** The library root inside a folder: the folder itself (it holds assessments/ and templates/), or its library/ folder. */
async function libraryRoot(dir: string): Promise<string | undefined> {
  for (const root of [dir, join(dir, 'library')])
    if ((await isDir(join(root, 'assessments'))) && (await isDir(join(root, 'templates')))) return root;
  return undefined;
}

/** The template snapshots of a library, by digest; a snapshot that does not match its digest is left out. */
async function libraryTemplates(dir: string): Promise<Map<string, Template>> {
  const out = new Map<string, Template>();
  for (const name of (await readdir(dir)).filter((n) => /^[0-9a-f]{64}\.json$/.test(n))) {
    const read = await readDocumentBytes(join(dir, name));
    if (!read.ok) continue;
    const decoded = decodeTemplate(read.bytes);
    if (decoded.ok && templateDigest(decoded.value) === `sha256:${name.slice(0, 64)}`)
      out.set(`sha256:${name.slice(0, 64)}`, decoded.value);
  }
  return out;
}

/**
 * Reads every assessment in a folder: a FinePrint library (a data folder or its library/ folder, whose
 * entries refer to template snapshots it resolves), or any folder of shared .fineprint files. Never
 * throws for a bad file: each is listed with its problems, the rest are read. Throws only when the
 * folder itself cannot be listed.
 */
export async function readAssessmentFolder(dir: string): Promise<FolderContents> {
  const root = await libraryRoot(dir);
  const folder = root ? join(root, 'assessments') : dir;
  const names = (await readdir(folder)).filter((n) => n.toLowerCase().endsWith('.fineprint')).sort();
  const templates = root ? await libraryTemplates(join(root, 'templates')) : new Map<string, Template>();
  const contents: FolderContents = { kind: root ? 'library' : 'files', entries: [], refused: [] };
  for (const name of names) {
    const file = join(folder, name);
    const read = await readDocumentBytes(file);
    if (!read.ok) {
      contents.refused.push({ file, problems: [{ location: '$', message: read.message }], unreadable: read.kind !== 'too-large' });
      continue;
    }
    if (root) {
      const decoded = decodeLibraryEntry(read.bytes, (digest) => templates.get(digest));
      if (decoded.ok) contents.entries.push({ file, assessment: decoded.value.assessment, warnings: [] });
      else contents.refused.push({ file, problems: decoded.problems, unreadable: false });
    } else {
      const decoded = decodeFineprint(read.bytes);
      if (decoded.ok) contents.entries.push({ file, assessment: decoded.value.assessment, warnings: decoded.warnings });
      else contents.refused.push({ file, problems: decoded.problems, unreadable: false });
    }
  }
  return contents;
}
