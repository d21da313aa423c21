import { randomUUID } from 'node:crypto';
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Assessment } from '../../core/assessment-schema';
import { BACKUP_SUFFIX, TEMP_MARKER } from '../atomic-write';
import type { LibraryPaths } from './library-files';
import type { LibraryIndex } from './library-index';
import type { LibraryNotice } from './library-notices';
import { recoverFile, type Decoded } from './recovery';
import { isLibraryFileName } from './sync-copies';

/** What the start-up scan needs from the library. */
export interface ScanContext {
  paths: LibraryPaths;
  now: () => Date;
  notices: LibraryNotice[];
  decodeFile(path: string): Promise<Decoded>;
  remember(id: string, decoded: Decoded & { ok: true }): void;
  rememberCached(id: string, hit: LibraryIndex[string]): void;
  writeNew(assessment: Assessment, templateRef: string): Promise<void>;
}

/**
 * Reads the assessments folder at start, the one time the library repairs anything: temporary files
 * a crash left are removed, unchanged files come from the index, damaged ones are recovered (see
 * recoverFile) and copies under names FinePrint did not give become assessments of their own.
 */
export async function scanLibraryFolder(ctx: ScanContext, previous: LibraryIndex): Promise<void> {
  const names = await readdir(ctx.paths.assessments);
  for (const name of names.filter((n) => n.includes(TEMP_MARKER))) await rm(join(ctx.paths.assessments, name), { force: true });
  const copies: string[] = [];
  for (const name of names.filter((n) => n.endsWith('.fineprint') && !n.includes(TEMP_MARKER))) {
    if (!isLibraryFileName(name)) {
      copies.push(name);
      continue;
    }
    const id = name.slice(0, -'.fineprint'.length);
    const path = join(ctx.paths.assessments, name);
    const hit = previous[id];
    const info = await stat(path).catch(() => undefined);
    if (hit && info?.isFile() && hit.size === info.size && hit.mtimeMs === info.mtimeMs) {
      ctx.rememberCached(id, hit);
      continue;
    }
    const decoded = await ctx.decodeFile(path);
    if (decoded.ok && decoded.value.id === id) ctx.remember(id, decoded);
    else if (decoded.ok)
      copies.push(name); // renamed by hand or by a sync tool: its content keeps its own id
    else await recover(ctx, path, decoded.message, id);
  }
  for (const name of copies) await adoptCopy(ctx, name);
}

async function recover(ctx: ScanContext, path: string, failure: string, id?: string): Promise<void> {
  const r = await recoverFile(path, failure, (p) => ctx.decodeFile(p), { quarantineDir: ctx.paths.quarantine, now: ctx.now() });
  ctx.notices.push(r.notice);
  if (r.restored && id) ctx.remember(id, r.restored);
}

/**
 * A `.fineprint` in the folder under a name FinePrint did not give it ("Copy of …", "… (conflicted
 * copy …)"): it is a separate assessment, so it gets its own id and file, and is listed on its own.
 */
async function adoptCopy(ctx: ScanContext, name: string): Promise<void> {
  const path = join(ctx.paths.assessments, name);
  const decoded = await ctx.decodeFile(path);
  if (!decoded.ok) return recover(ctx, path, decoded.message);
  const at = ctx.now().toISOString();
  const copy: Assessment = {
    ...decoded.value,
    id: randomUUID(),
    history: [
      ...decoded.value.history,
      { at, by: '', event: { kind: 'sync-copy-found', of: decoded.value.id, fileName: name.slice(0, 300) } },
    ],
  };
  await ctx.writeNew(copy, decoded.templateRef);
  await rm(path, { force: true });
  await rm(path + BACKUP_SUFFIX, { force: true });
  ctx.notices.push({
    kind: 'sync-copy',
    file: name,
    message: `“${name}” in your library folder is a copy of “${copy.profile.service}” (made by a sync tool or by hand). It is listed as its own assessment.`,
  });
}
