import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, protocol, session, shell } from 'electron';
import Store from 'electron-store';
import { openAppServices } from '../src/node/app-services';
import { createHandlers, importFromPath } from '../src/node/ipc/handlers';
import { APP_ORIGIN, APP_SCHEME, routeRendererRequest } from '../src/node/renderer-protocol';
import { workerReportPort } from '../src/node/report/worker-report-port';
import { dataDirOverride } from '../src/node/data-dir';
import { registerIpc, sendEvent } from './ipc';
import { electronDialogs, electronShell } from './platform';

// Serve the window from app://fineprint/ rather than file://, so it has a real origin and a CSP header.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

// Tests and development builds may point the app at another data folder; packaged builds never do.
const dataDir = dataDirOverride(process.env, app.isPackaged);
if (dataDir) app.setPath('userData', dataDir);

const outDir = join(import.meta.dirname, '..');
const rendererDir = join(outDir, 'renderer');
// Packaged: templates ship as an extra resource; from a checkout: the repo's templates folder.
const templatesDir = app.isPackaged ? join(process.resourcesPath, 'templates') : join(app.getAppPath(), 'templates');
const reportFontsDir = app.isPackaged ? join(process.resourcesPath, 'report-fonts') : join(app.getAppPath(), 'src/node/report/fonts');

/** .fineprint paths on a command line (first start, or a second instance's). */
const fineprintArgs = (argv: readonly string[]) => argv.filter((a) => a.toLowerCase().endsWith('.fineprint') && !a.startsWith('-'));
const pendingOpens: string[] = fineprintArgs(process.argv.slice(1));

function registerRendererProtocol(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const route = routeRendererRequest(request.url, rendererDir);
    if (!route.ok) return new Response(null, { status: route.status });
    try {
      return new Response(await readFile(route.filePath), { status: 200, headers: route.headers });
    } catch {
      return new Response(null, { status: 404 });
    }
  });
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'FinePrint',
    webPreferences: {
      // Safe: the preload is our own bundled file, run sandboxed and context-isolated; it exposes only
      // the named functions of the typed IPC contract, never ipcRenderer or a generic invoke.
      preload: join(outDir, 'preload/preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => window.show());
  window.webContents.setWindowOpenHandler(({ url }) => {
    // Safe: only http(s) links leave the app, and they open in the system browser, never in a window.
    if (/^https?:\/\//i.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  window.webContents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}

async function start(): Promise<void> {
  const dataDir = app.getPath('userData');
  const services = await openAppServices({
    dataDir,
    bundledTemplatesDir: templatesDir,
    samplesDir: join(templatesDir, 'samples'),
    store: { path: join(dataDir, 'settings.json'), open: () => new Store<Record<string, unknown>>({ name: 'settings' }) },
    dialogs: electronDialogs,
    shell: electronShell,
    report: workerReportPort({ workerFile: join(outDir, 'main', 'report-worker.js'), fontsDir: reportFontsDir }),
  });
  const handlers = createHandlers(services);
  registerIpc(handlers);
  let window = createWindow();

  const openFiles = async (paths: string[]) => {
    for (const path of paths) {
      const outcome = await importFromPath(services, path);
      if (window.isDestroyed()) window = createWindow();
      const send = () => sendEvent(window.webContents, 'app:file-opened', outcome);
      if (window.webContents.isLoading()) window.webContents.once('did-finish-load', send);
      else send();
    }
  };
  app.on('second-instance', (_event, argv) => {
    if (window.isMinimized()) window.restore();
    window.focus();
    void openFiles(fineprintArgs(argv));
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void openFiles([path]);
  });
  void openFiles(pendingOpens.splice(0));
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) window = createWindow();
  });
  let positionsWritten = false;
  app.on('before-quit', (event) => {
    services.library.flush();
    if (positionsWritten) return;
    // The last resume point may still be on its way to disk: let it land, then quit.
    event.preventDefault();
    void services.positions.flush().finally(() => {
      positionsWritten = true;
      app.quit();
    });
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // macOS delivers files opened before the app is ready through open-file too.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (!app.isReady()) pendingOpens.push(path);
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  void app.whenReady().then(async () => {
    session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
    session.defaultSession.setPermissionCheckHandler(() => false);
    registerRendererProtocol();
    await start();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
