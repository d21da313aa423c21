// Loads the built main process (out/main/index.js) against the recording `electron` stub, exercises
// what it registered, and prints one JSON report on stdout for tests/node/electron-main.test.ts.
import { existsSync } from 'node:fs';
import { register } from 'node:module';
import { join } from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';
import { pathToFileURL } from 'node:url';

register('./hooks.mjs', import.meta.url);
const { app, firstLoad, record } = await import('./electron.mjs');

const bundle = process.argv[2];
if (!bundle || !existsSync(bundle)) {
  console.error(`No built main process at ${bundle}: run \`npm run build\` first.`);
  process.exit(2);
}
// A start that fails (a rejected whenReady chain, a throw in a handler) ends the run at once, with its stack.
for (const event of ['unhandledRejection', 'uncaughtException'])
  process.on(event, (error) => {
    console.error(`The main process failed to start (${event}): ${error?.stack ?? String(error)}`);
    process.exit(4);
  });

await import(pathToFileURL(bundle).href);
const timeout = setTimeout(() => {
  console.error('The main process did not load a window within 30 s.');
  process.exit(3);
}, 30_000);
const window = await firstLoad;
clearTimeout(timeout);

const frame = (url) => ({ url });
const ipcEvent = (url, main = true) => {
  const f = frame(url);
  return { senderFrame: f, sender: { mainFrame: main ? f : frame('app://fineprint/other') } };
};
const info = record.ipcHandlers['app:get-info'];
const prevented = (url) => {
  let stopped = false;
  window.webContents.emit('will-navigate', { preventDefault: () => (stopped = true) }, url);
  return stopped;
};
const permission = (name) => new Promise((resolve) => record.permissionRequestHandler?.({}, name, (granted) => resolve(granted), {}));
const served = async (url) => {
  const response = await record.protocolHandlers.app?.({ url });
  return response ? { status: response.status, csp: response.headers.get('content-security-policy') } : undefined;
};
const webviewBlocked = () => {
  let stopped = false;
  const contents = { on: (event, listener) => event === 'will-attach-webview' && listener({ preventDefault: () => (stopped = true) }) };
  app.emit('web-contents-created', {}, contents);
  return stopped;
};

const report = {
  appEvents: [...new Set(record.appEvents)].sort(),
  paths: record.paths,
  singleInstanceLock: record.singleInstanceLock,
  quit: record.quit,
  privilegedSchemes: record.privilegedSchemes,
  protocols: Object.keys(record.protocolHandlers),
  channels: Object.keys(record.ipcHandlers).sort(),
  windows: record.windows.map((w) => ({
    options: w.options,
    preloadExists: existsSync(w.options?.webPreferences?.preload ?? ''),
    urls: w.urls,
  })),
  permissions: { media: await permission('media'), notifications: await permission('notifications') },
  permissionCheck: record.permissionCheckHandler?.({}, 'media', 'app://fineprint', {}),
  windowOpen: window.webContents.windowOpenHandler?.({ url: 'https://vendor.example/terms' }),
  openedExternally: record.openedExternally,
  navigationBlocked: { external: prevented('https://example.com/'), own: prevented('app://fineprint/index.html') },
  webviewBlocked: webviewBlocked(),
  ipc: {
    trusted: await info?.(ipcEvent('app://fineprint/index.html'), undefined),
    foreignOrigin: await info?.(ipcEvent('https://example.com/'), undefined),
    subFrame: await info?.(ipcEvent('app://fineprint/index.html', false), undefined),
  },
  served: { index: await served('app://fineprint/index.html'), escape: await served('app://fineprint/../../etc/passwd') },
  dataDirFiles: existsSync(join(record.paths.userData ?? '', 'settings.json')),
};
process.stdout.write(`${JSON.stringify(report)}\n`);
process.exit(0);
