import { BrowserWindow, dialog, shell } from 'electron';
import type { DialogPort, ShellPort } from '../src/node/ipc/ports';

/** The OS file dialogs, attached to the focused FinePrint window. */
export const electronDialogs: DialogPort = {
  async openFile({ title, filters }) {
    const window = BrowserWindow.getFocusedWindow();
    const options = { title, filters, properties: ['openFile' as const] };
    const r = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    return r.canceled ? undefined : r.filePaths[0];
  },
  async saveFile({ title, defaultName, filters }) {
    const window = BrowserWindow.getFocusedWindow();
    const options = { title, defaultPath: defaultName, filters };
    const r = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    return r.canceled ? undefined : r.filePath;
  },
};

/** Opens a file FinePrint saved (a path main chose through a dialog) in its default application. */
export const electronShell: ShellPort = {
  async openPath(path) {
    const error = await shell.openPath(path);
    if (error) throw new Error(error);
  },
};
