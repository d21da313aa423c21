import { join } from 'node:path';
import { templateDigest } from '../../core/stored-assessment';
import { decodeTemplate } from '../../core/template-file';
import type { Template } from '../../core/template-schema';
import { writeFileAtomic } from '../atomic-write';
import { readDocumentBytes } from '../read-document';
import { templateFileName } from './library-files';

/**
 * Template snapshots by digest: on disk once each (what assessments refer to), and in memory for the
 * ones the catalogue offers, so listing templates never writes.
 */
export class TemplateStore {
  private readonly byDigest = new Map<string, Template>();
  private readonly onDisk = new Set<string>();
  private readonly digests = new WeakMap<Template, string>();

  constructor(private readonly dir: string) {}

  /** The digest that names a template, computed once per template object. */
  digestOf(template: Template): string {
    let digest = this.digests.get(template);
    if (!digest) {
      digest = templateDigest(template);
      this.digests.set(template, digest);
    }
    return digest;
  }

  /** Makes a template known by its digest without writing anything (templates on offer). */
  offer(template: Template): string {
    const digest = this.digestOf(template);
    if (!this.byDigest.has(digest)) this.byDigest.set(digest, template);
    return digest;
  }

  /** A snapshot by digest: from memory, else from disk (bounded, validated, digest checked). */
  async load(digest: string): Promise<Template | undefined> {
    const known = this.byDigest.get(digest);
    if (known) return known;
    if (!/^sha256:[0-9a-f]{64}$/.test(digest)) return undefined;
    const read = await readDocumentBytes(join(this.dir, templateFileName(digest)));
    if (!read.ok) return undefined;
    const parsed = decodeTemplate(read.bytes);
    if (!parsed.ok || this.digestOf(parsed.value) !== digest) return undefined;
    this.byDigest.set(digest, parsed.value);
    this.onDisk.add(digest);
    return parsed.value;
  }

  /** A template snapshot from memory only. */
  cached(digest: string): Template | undefined {
    return this.byDigest.get(digest);
  }

  /** Writes a snapshot once, by digest, and returns the digest. */
  async store(template: Template): Promise<string> {
    const digest = this.offer(template);
    if (!this.onDisk.has(digest)) {
      await writeFileAtomic(join(this.dir, templateFileName(digest)), `${JSON.stringify(template)}\n`);
      this.onDisk.add(digest);
    }
    return digest;
  }
}
