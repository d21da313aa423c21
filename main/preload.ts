import { contextBridge } from 'electron';
import { APP_VERSION } from '../src/core/version';

// The window's only door to the app. Later issues add one named function per IPC channel here.
contextBridge.exposeInMainWorld('fineprint', { appVersion: APP_VERSION });
