import { extname, resolve, sep } from 'node:path';

/** Scheme and host the window is loaded from instead of file://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'fineprint';
/** The window's own origin; the sender check compares against it. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

// The window's Content Security Policy, in one place: the protocol handler sends it as a header and the
// build writes it into index.html's <meta> (src/node/tools/csp-meta-plugin.ts), so the page is covered
// even before the header applies (a file opened by hand, the browser harness) and the two never differ.
const CSP_DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
] as const;

/**
 * The window's Content Security Policy header: scripts only from the app itself, no inline script or
 * eval; inline styles are allowed because Fluent UI (Griffel) injects style rules at run time.
 */
export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join('; ');

/** The same policy for the page's <meta> tag, without `frame-ancestors`, which browsers honour only as a header. */
export const CONTENT_SECURITY_POLICY_META = CSP_DIRECTIVES.filter((d) => !d.startsWith('frame-ancestors')).join('; ');

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/** What the protocol handler should answer for a request URL. */
export type RendererRoute = { ok: true; filePath: string; headers: Record<string, string> } | { ok: false; status: 400 | 403 | 404 };

/** Maps an app:// URL to a file inside `rendererDir`, refusing anything that would leave it. */
export function routeRendererRequest(url: string, rendererDir: string): RendererRoute {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, status: 400 };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return { ok: false, status: 403 };
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return { ok: false, status: 400 };
  const root = resolve(rendererDir);
  const filePath = resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`);
  if (filePath !== root && !filePath.startsWith(root + sep)) return { ok: false, status: 403 };
  const type = MIME_TYPES[extname(filePath).toLowerCase()];
  if (!type) return { ok: false, status: 404 };
  return {
    ok: true,
    filePath,
    headers: {
      'Content-Type': type,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    },
  };
}
