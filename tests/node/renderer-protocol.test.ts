import { readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META, routeRendererRequest } from '../../src/node/renderer-protocol';
import { cspMetaPlugin } from '../../src/node/tools/csp-meta-plugin';

const dir = join(sep, 'opt', 'fineprint', 'renderer');

describe('the app:// protocol handler', () => {
  it('serves index.html for the root with the CSP header', () => {
    const r = routeRendererRequest('app://fineprint/', dir);
    expect(r).toMatchObject({ ok: true, filePath: join(dir, 'index.html') });
    expect(r.ok && r.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(r.ok && r.headers['Content-Type']).toBe('text/html; charset=utf-8');
  });

  it('allows scripts only from the app itself, with no inline script or eval', () => {
    const script = CONTENT_SECURITY_POLICY.split('; ').find((d) => d.startsWith('script-src'));
    expect(script).toBe("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/default-src 'none'/);
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
    if (r.ok) expect(r.filePath.startsWith(dir + sep)).toBe(true);
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
