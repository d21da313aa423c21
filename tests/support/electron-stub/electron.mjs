// A recording stand-in for the `electron` module: it does nothing but note what the main process asks
// of it, so a test can check the built bundle starts and what it registers, without the runtime.
import { EventEmitter } from 'node:events';
import { setImmediate } from 'node:timers';
import { join } from 'node:path';

/** Everything the main process asked for, in a form a test can read. */
export const record = {
  appEvents: [],
  paths: {},
  singleInstanceLock: 0,
  quit: 0,
  privilegedSchemes: [],
  protocolHandlers: {},
  ipcHandlers: {},
  ipcListeners: [],
  permissionRequestHandler: undefined,
  permissionCheckHandler: undefined,
  windows: [],
  openedExternally: [],
};

let loaded;
/** Resolves with the first window once the main process loads a URL into it. */
export const firstLoad = new Promise((resolve) => {
  loaded = resolve;
});

const repoRoot = join(new URL('.', import.meta.url).pathname, '../../..');

class AppStub extends EventEmitter {
  isPackaged = false;
  on(event, listener) {
    record.appEvents.push(event);
    return super.on(event, listener);
  }
  setPath(name, path) {
    record.paths[name] = path;
  }
  getPath(name) {
    const path = record.paths[name];
    if (!path) throw new Error(`The stub has no path for "${name}": set FINEPRINT_DATA_DIR.`);
    return path;
  }
  getAppPath() {
    return repoRoot;
  }
  getVersion() {
    return '0.0.0-stub';
  }
  getName() {
    return 'FinePrint';
  }
  requestSingleInstanceLock() {
    record.singleInstanceLock += 1;
    return true;
  }
  quit() {
    record.quit += 1;
  }
  isReady() {
    return true;
  }
  whenReady() {
    return new Promise((resolve) => setImmediate(resolve));
  }
}

/** The Electron `app`. */
export const app = new AppStub();

/** The Electron `protocol`. */
export const protocol = {
  registerSchemesAsPrivileged(schemes) {
    record.privilegedSchemes.push(...schemes);
  },
  handle(scheme, handler) {
    record.protocolHandlers[scheme] = handler;
  },
};

/** The Electron `session`. */
export const session = {
  defaultSession: {
    setPermissionRequestHandler(handler) {
      record.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler) {
      record.permissionCheckHandler = handler;
    },
  },
};

/** The Electron `ipcMain`. */
export const ipcMain = {
  handle(channel, handler) {
    if (channel in record.ipcHandlers) throw new Error(`Attempted to register a second handler for '${channel}'`);
    record.ipcHandlers[channel] = handler;
  },
  on(channel) {
    record.ipcListeners.push(channel);
  },
};

class WebContentsStub extends EventEmitter {
  windowOpenHandler = undefined;
  sent = [];
  setWindowOpenHandler(handler) {
    this.windowOpenHandler = handler;
  }
  isLoading() {
    return false;
  }
  send(channel, payload) {
    this.sent.push({ channel, payload });
  }
}

/** The Electron `BrowserWindow`. */
export class BrowserWindow extends EventEmitter {
  static all = [];
  static getAllWindows() {
    return BrowserWindow.all;
  }
  static getFocusedWindow() {
    return BrowserWindow.all[0] ?? null;
  }
  constructor(options) {
    super();
    this.options = options;
    this.webContents = new WebContentsStub();
    this.urls = [];
    BrowserWindow.all.push(this);
    record.windows.push(this);
  }
  loadURL(url) {
    this.urls.push(url);
    loaded(this);
    return Promise.resolve();
  }
  show() {}
  focus() {}
  restore() {}
  isMinimized() {
    return false;
  }
  isDestroyed() {
    return false;
  }
}

/** The Electron `shell`. */
export const shell = {
  openExternal(url) {
    record.openedExternally.push(url);
    return Promise.resolve();
  },
  openPath() {
    return Promise.resolve('');
  },
};

/** The Electron `dialog`: a test never reaches it. */
export const dialog = {
  showOpenDialog: () => Promise.reject(new Error('The stub has no dialogs.')),
  showSaveDialog: () => Promise.reject(new Error('The stub has no dialogs.')),
};

export default { app, protocol, session, ipcMain, BrowserWindow, shell, dialog };
