import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { APP_ORIGIN, routeRendererRequest } from '../../src/node/renderer-protocol';

/** The built renderer, as `npm run build` leaves it. */
export const RENDERER_DIR = join(import.meta.dirname, '../../out/renderer');

/**
 * Serves the built renderer on 127.0.0.1 through the same routing, MIME types and CSP header as the
 * app:// protocol handler, so the browser tests run the window under the policy it ships with.
 */
export async function serveRenderer(): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const route = routeRendererRequest(`${APP_ORIGIN}${req.url ?? '/'}`, RENDERER_DIR);
    if (!route.ok) {
      res.writeHead(route.status).end();
      return;
    }
    readFile(route.filePath).then(
      (body) => res.writeHead(200, route.headers).end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the renderer server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
