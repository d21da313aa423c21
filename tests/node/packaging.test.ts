import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

interface AjvLike {
  compile(schema: unknown): ((data: unknown) => boolean) & { errors?: { instancePath: string; message?: string }[] | null };
}
type AjvCtor = new (options: Record<string, unknown>) => AjvLike;

describe('packaging (electron-builder), checked here because it cannot run here', () => {
  const config = readJson(join(root, 'electron-builder.json'));

  it('matches electron-builder’s own configuration schema', () => {
    const Ajv = require('ajv') as AjvCtor | { default: AjvCtor };
    const AjvClass = typeof Ajv === 'function' ? Ajv : Ajv.default;
    const ajv = new AjvClass({ allErrors: true, strict: false, allowUnionTypes: true });
    const validate = ajv.compile(readJson(require.resolve('app-builder-lib/scheme.json')));
    // "$schema" is for editors; electron-builder itself does not take it.
    const rest: Record<string, unknown> = { ...config };
    Reflect.deleteProperty(rest, '$schema');
    const ok = validate(rest);
    expect(ok ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`)).toEqual([]);
  });

  it('registers the file type main opens, with a name and a MIME type the systems need', () => {
    // main/index.ts picks .fineprint files out of the command line: that extension must be the one registered.
    const mainSource = readFileSync(join(root, 'main/index.ts'), 'utf8');
    const handled = /endsWith\('\.([a-z]+)'\)/.exec(mainSource)?.[1];
    expect(handled).toBeDefined();
    const associations = config.fileAssociations as { ext: string; name?: string; mimeType?: string }[];
    const registered = associations.find((a) => a.ext === handled);
    expect(registered, `no file association for .${handled ?? '?'}`).toBeDefined();
    expect(registered?.name?.trim()).toBeTruthy();
    expect(registered?.mimeType).toMatch(/^application\/[a-z0-9.+-]+$/);
  });

  it('sets every Electron fuse to its hardened value, with the asar archive those fuses rely on', () => {
    // Electron's defaults are the open ones; a release must close each (see electronjs.org/docs/latest/tutorial/fuses).
    const fuses = config.electronFuses as Partial<Record<string, boolean>>;
    const opensAttackSurface = [
      'runAsNode',
      'enableNodeOptionsEnvironmentVariable',
      'enableNodeCliInspectArguments',
      'grantFileProtocolExtraPrivileges',
    ];
    const protects = ['enableCookieEncryption', 'enableEmbeddedAsarIntegrityValidation', 'onlyLoadAppFromAsar'];
    expect(opensAttackSurface.filter((f) => fuses[f] !== false)).toEqual([]);
    expect(protects.filter((f) => fuses[f] !== true)).toEqual([]);
    expect(config.asar).not.toBe(false);
  });

  it('ships what main loads at run time: the built app and every resource folder main reads', () => {
    const pkg = readJson(join(root, 'package.json'));
    const files = config.files as string[];
    const outDir = String(pkg.main).split('/')[0];
    expect(
      files.some((f) => f === `${outDir}/**/*` || f === `${outDir}/**`),
      `${String(pkg.main)} is not packaged`,
    ).toBe(true);
    // Every join(process.resourcesPath, '<folder>') in main is an extra resource, copied from a folder that exists.
    const mainSource = readFileSync(join(root, 'main/index.ts'), 'utf8');
    const read = [...mainSource.matchAll(/join\(process\.resourcesPath, '([^']+)'\)/g)].map((m) => m[1]);
    expect(read.length).toBeGreaterThan(0);
    const resources = config.extraResources as { from: string; to: string }[];
    for (const folder of new Set(read)) {
      const resource = resources.find((r) => r.to === folder);
      expect(resource, `main reads ${folder} from the resources, which are not packaged`).toBeDefined();
      expect(existsSync(join(root, resource!.from)), resource!.from).toBe(true);
    }
  });

  it('has a CI workflow that runs the whole suite with a display and a usable Chromium, and packages each system', () => {
    const yaml = require('js-yaml') as { load(text: string): unknown };
    const text = readFileSync(join(root, '.github/workflows/ci.yml'), 'utf8');
    const wf = yaml.load(text) as {
      jobs: {
        test: { steps: { run?: string }[] };
        package: { strategy: { matrix: { include: { os: string; target: string }[] } } };
      };
    };
    const runs = wf.jobs.test.steps.map((s) => s.run ?? '');
    expect(
      runs.some((r) => /\bxvfb-run\b.*\bnpm test\b/.test(r)),
      'npm test under xvfb',
    ).toBe(true);
    // Ubuntu 24.04's chromium-browser is a snap shim: Playwright's Chromium, named for the harness, instead.
    expect(text).not.toMatch(/apt-get install[^\n]*chromium/);
    expect(runs.some((r) => /playwright install [^\n]*chromium/.test(r) && r.includes('CHROMIUM_PATH'))).toBe(true);
    // Each system whose installer the config describes is built on a runner of that system.
    const builds = wf.jobs.package.strategy.matrix.include;
    const system = { linux: /^ubuntu-/, win: /^windows-/, mac: /^macos-/ } as const;
    for (const [flag, os] of Object.entries(system)) {
      expect((config[flag] as { target?: unknown[] } | undefined)?.target?.length, `${flag} targets`).toBeGreaterThan(0);
      expect(
        builds.some((b) => b.target === `--${flag}` && os.test(b.os)),
        `--${flag} build`,
      ).toBe(true);
    }
  });
});
