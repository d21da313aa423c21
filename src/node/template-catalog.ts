import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Problem } from '../core/problems';
import { decodeTemplate } from '../core/template-file';
import type { Template } from '../core/template-schema';
import { writeFileAtomic } from './atomic-write';
import { readDocumentBytes } from './read-document';

/** A template the app offers, with where it came from. */
export interface CatalogEntry {
  template: Template;
  source: 'bundled' | 'custom';
  file: string;
}

/** A notice about a template that could not be loaded. */
export interface CatalogNotice {
  kind: 'template-invalid';
  file: string;
  message: string;
}

/**
 * The checklist templates: the bundled ones (validated at start) and the ones the user imported,
 * kept in the data folder. A custom template cannot shadow a bundled one of the same id.
 */
export class TemplateCatalog {
  readonly notices: CatalogNotice[] = [];
  private entries: CatalogEntry[] = [];

  private constructor(
    private readonly bundledDir: string,
    private readonly customDir: string,
  ) {}

  /** Loads and validates every template; invalid ones are left out with a notice. */
  static async open(bundledDir: string, dataDir: string): Promise<TemplateCatalog> {
    const catalog = new TemplateCatalog(bundledDir, join(dataDir, 'custom-templates'));
    await mkdir(catalog.customDir, { recursive: true });
    await catalog.reload();
    return catalog;
  }

  private async reload(): Promise<void> {
    const loaded: CatalogEntry[] = [];
    for (const [dir, source] of [
      [this.bundledDir, 'bundled'],
      [this.customDir, 'custom'],
    ] as const) {
      // The bundled folder keeps the generated JSON Schema beside the templates; the custom folder holds
      // only what the user imported, so every file there is listed or reported, whatever its id.
      const names = (await readdir(dir)).filter((n) => n.endsWith('.json') && (source === 'custom' || !n.endsWith('.schema.json'))).sort();
      for (const name of names) {
        const file = join(dir, name);
        const read = await readDocumentBytes(file);
        if (!read.ok) {
          this.notices.push({ kind: 'template-invalid', file, message: `The template ${name} ${read.message} and was left out.` });
          continue;
        }
        const r = decodeTemplate(read.bytes);
        if (!r.ok) {
          this.notices.push({
            kind: 'template-invalid',
            file,
            message: `The template ${name} is not valid and was left out: ${formatProblems(r.problems)[0] ?? ''}`,
          });
          continue;
        }
        if (loaded.some((e) => e.template.id === r.value.id)) {
          this.notices.push({
            kind: 'template-invalid',
            file,
            message: `The template ${name} repeats the id "${r.value.id}" and was left out.`,
          });
          continue;
        }
        loaded.push({ template: r.value, source, file });
      }
    }
    this.entries = loaded;
  }

  /** Every template on offer, bundled first. */
  list(): readonly CatalogEntry[] {
    return this.entries;
  }

  /** A template by id. */
  get(id: string): CatalogEntry | undefined {
    return this.entries.find((e) => e.template.id === id);
  }

  /** Validates template bytes and adds them as a custom template; returns the template or the problems. */
  async import(bytes: Uint8Array): Promise<{ ok: true; template: Template } | { ok: false; problems: string[] }> {
    const r = decodeTemplate(bytes);
    if (!r.ok) return { ok: false, problems: formatProblems(r.problems) };
    const existing = this.get(r.value.id);
    if (existing?.source === 'bundled')
      return { ok: false, problems: [`$.id: "${r.value.id}" is the id of a bundled template; give the custom template its own id`] };
    await writeFileAtomic(join(this.customDir, `${r.value.id}.json`), `${JSON.stringify(r.value, null, 2)}\n`);
    await this.reload();
    if (this.get(r.value.id)?.source !== 'custom')
      return { ok: false, problems: [`$.id: the template "${r.value.id}" was saved but could not be listed`] };
    return { ok: true, template: r.value };
  }

  /** Removes a custom template (bundled ones cannot be removed). Assessments keep their own snapshot. */
  async remove(id: string): Promise<boolean> {
    const entry = this.get(id);
    if (entry?.source !== 'custom') return false;
    await rm(entry.file, { force: true });
    await this.reload();
    return true;
  }
}

/** Problems as `<location>: <message>` lines. */
export function formatProblems(problems: readonly Problem[]): string[] {
  return problems.map((p) => `${p.location}: ${p.message}`);
}
