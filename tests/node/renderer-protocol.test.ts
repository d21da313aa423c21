import { readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META, routeRendererRequest } from '../../src/node/renderer-protocol';
import { cspMetaPlugin } from '../../src/node/tools/csp-meta-plugin';

const dir = join(sep, 'opt', 'fineprint', 'renderer');

/** A Content-Security-Policy header read as the browser reads it: directive name to its sources. */
function directives(header: string | undefined): Record<string, string[]> {
  return Object.fromEntries(
    (header ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, sources]),
  );
}

describe('the app:// protocol handler', () => {
  it('serves index.html for the root, as HTML, under a policy that allows scripts only from the app itself', () => {
    const r = routeRendererRequest('app://fineprint/', dir);
    expect(r).toMatchObject({ ok: true, filePath: join(dir, 'index.html'), headers: { 'Content-Type': 'text/html; charset=utf-8' } });
    const policy = directives(r.ok ? r.headers['Content-Security-Policy'] : undefined);
    expect(policy).toMatchObject({
      'default-src': ["'none'"],
      'script-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'frame-ancestors': ["'none'"],
    });
    // No inline script, no eval, no remote origin anywhere in the policy.
    expect(Object.values(policy).flat()).not.toContain("'unsafe-eval'");
    expect(policy['script-src']).not.toContain("'unsafe-inline'");
    expect(
      Object.values(policy)
        .flat()
        .filter((src) => /^(https?:|\*)/.test(src)),
    ).toEqual([]);
  });

  it.each([
    ['assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['assets/style.css', 'text/css; charset=utf-8'],
    ['assets/font.woff2', 'font/woff2'],
    ['icon.svg', 'image/svg+xml'],
  ])('gives %s the MIME type %s', (path, type) => {
    const r = routeRendererRequest(`app://fineprint/${path}`, dir);
    expect(r.ok && r.headers['Content-Type']).toBe(type);
  });

  it.each([
    'app://fineprint/../../etc/passwd',
    'app://fineprint/%2e%2e/%2e%2e/etc/passwd.html',
    'app://fineprint/assets/..%2F..%2F..%2Fsecret.js',
    'app://fineprint/..%5c..%5csecret.js',
    'app://fineprint/index.html%00.js',
  ])('never leaves the renderer folder: %s', (url) => {
    const r = routeRendererRequest(url, dir);
    // Either refused, or (where the URL parser already folded the dots away) a file inside the folder.
    expect(r.ok ? r.filePath.startsWith(dir + sep) : r.status >= 400, JSON.stringify(r)).toBe(true);
  });

  it('folds dot segments the URL parser understands into a path inside the folder', () => {
    expect(routeRendererRequest('app://fineprint/%2e%2e/%2e%2e/etc/passwd.html', dir)).toMatchObject({
      ok: true,
      filePath: join(dir, 'etc', 'passwd.html'),
    });
  });

  it('refuses encoded separators and NUL bytes outright', () => {
    expect(routeRendererRequest('app://fineprint/assets/..%2F..%2F..%2Fsecret.js', dir)).toEqual({ ok: false, status: 403 });
    expect(routeRendererRequest('app://fineprint/..%5c..%5csecret.js', dir)).toEqual({ ok: false, status: 400 });
    expect(routeRendererRequest('app://fineprint/index.html%00.js', dir)).toEqual({ ok: false, status: 400 });
  });

  it('refuses other hosts and schemes, and unknown file types', () => {
    expect(routeRendererRequest('app://evil/index.html', dir)).toEqual({ ok: false, status: 403 });
    expect(routeRendererRequest('file:///etc/passwd', dir)).toEqual({ ok: false, status: 403 });
    expect(routeRendererRequest('app://fineprint/secrets.env', dir)).toEqual({ ok: false, status: 404 });
    expect(routeRendererRequest('not a url', dir)).toEqual({ ok: false, status: 400 });
  });
});

describe('the window has one Content Security Policy', () => {
  it('is written into the page at build time from the same directives the header sends, less frame-ancestors', () => {
    const [tag, ...others] = cspMetaPlugin().transformIndexHtml();
    expect(others).toEqual([]);
    expect(tag).toMatchObject({ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy' }, injectTo: 'head-prepend' });
    expect(tag?.attrs.content).toBe(CONTENT_SECURITY_POLICY_META);
    const header = CONTENT_SECURITY_POLICY.split('; ');
    expect(CONTENT_SECURITY_POLICY_META.split('; ')).toEqual(header.filter((d) => !d.startsWith('frame-ancestors')));
    expect(header).toContain("frame-ancestors 'none'");
  });

  it('is not also written by hand in the page source', () => {
    const html = readFileSync(join(import.meta.dirname, '../../renderer/index.html'), 'utf8');
    expect(html).not.toMatch(/http-equiv=["']?Content-Security-Policy/i);
  });
});
