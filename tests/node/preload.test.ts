import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS, WINDOW_API_EVENTS, WINDOW_API_METHODS } from '../../src/core/ipc-contract';

const built = join(import.meta.dirname, '../../out/preload/preload.cjs');

/** Runs the built CommonJS preload as Electron's sandbox would, with stubbed contextBridge and ipcRenderer. */
function loadPreload() {
  if (!existsSync(built)) throw new Error('out/preload/preload.cjs is missing: run `npm run build` first (`npm test` does).');
  const exposed: Record<string, unknown> = {};
  const invoked: [string, unknown][] = [];
  const listeners: [string, unknown][] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
    ipcRenderer: {
      invoke: (channel: string, payload: unknown) => (invoked.push([channel, payload]), Promise.resolve({ ok: true, value: null })),
      on: (channel: string, fn: unknown) => listeners.push([channel, fn]),
      removeListener: () => undefined,
    },
  };
  const requireStub = (name: string) => {
    if (name === 'electron') return electron;
    throw new Error(`the sandboxed preload may only require electron, not ${name}`);
  };
  const module = { exports: {} };
  runInNewContext(readFileSync(built, 'utf8'), { require: requireStub, module, exports: module.exports, console });
  return { exposed, invoked, listeners };
}

describe('the built preload', () => {
  it('exposes exactly one named function per channel on window.fineprint, and no generic invoke', () => {
    const { exposed } = loadPreload();
    expect(Object.keys(exposed)).toEqual(['fineprint']);
    const api = exposed.fineprint as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...Object.keys(WINDOW_API_METHODS), ...Object.keys(WINDOW_API_EVENTS), 'appVersion'].sort());
    for (const name of Object.keys(WINDOW_API_METHODS)) expect(typeof api[name]).toBe('function');
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('send');
  });

  it('sends each function to its own channel with the request as given', async () => {
    const { exposed, invoked } = loadPreload();
    const api = exposed.fineprint as Record<string, (request?: unknown) => Promise<unknown>>;
    for (const [name, channel] of Object.entries(WINDOW_API_METHODS)) {
      invoked.length = 0;
      await api[name]?.({ probe: name });
      expect(invoked[0]?.[0]).toBe(channel);
    }
  });

  it('covers every channel of the contract', () => {
    expect(Object.values(WINDOW_API_METHODS).sort()).toEqual(Object.keys(IPC_CHANNELS).sort());
  });

  it('subscribes each event method to its own event of the contract, and can unsubscribe', () => {
    const { exposed, listeners } = loadPreload();
    const api = exposed.fineprint as Record<string, (fn: () => void) => () => void>;
    for (const [name, event] of Object.entries(WINDOW_API_EVENTS)) {
      listeners.length = 0;
      const unsubscribe = api[name]?.(() => undefined);
      expect(listeners.map(([c]) => c)).toEqual([event]);
      expect(typeof unsubscribe).toBe('function');
    }
  });
});
