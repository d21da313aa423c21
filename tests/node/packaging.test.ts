import { readFileSync } from 'node:fs';
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

  it('registers .fineprint files, builds for Linux, Windows and macOS, and sets the release fuses', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'fineprint' })]);
    expect((config.linux as { target: string[] }).target).toEqual(['AppImage', 'deb']);
    expect((config.win as { target: string[] }).target).toEqual(['nsis']);
    expect((config.mac as { target: string[] }).target).toEqual(['dmg']);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
    });
  });

  it('ships what main loads at run time: the built app, the templates and samples, the report fonts', () => {
    expect(config.files).toContain('out/**/*');
    const resources = config.extraResources as { from: string; to: string }[];
    expect(resources.map((r) => r.to).sort()).toEqual(['report-fonts', 'templates']);
  });

  it('has a CI workflow that runs the whole suite under xvfb and builds on the three systems', () => {
    const yaml = require('js-yaml') as { load(text: string): unknown };
    const wf = yaml.load(readFileSync(join(root, '.github/workflows/ci.yml'), 'utf8')) as {
      jobs: { test: { steps: { run?: string }[] }; package: { strategy: { matrix: { include: { os: string }[] } } } };
    };
    expect(wf.jobs.test.steps.map((s) => s.run ?? '')).toContain('xvfb-run --auto-servernum npm test');
    expect(wf.jobs.package.strategy.matrix.include.map((i) => i.os)).toEqual(['ubuntu-24.04', 'windows-latest', 'macos-latest']);
  });
});
