import { WINDOW_API_METHODS, type IpcResult, type WindowApi } from '../../../src/core/ipc-contract';
import type { Template } from '../../../src/core/template-schema';
import { strings } from '../i18n/en';
import { AppError } from './app-error';

declare global {
  interface Window {
    /** The window API the preload (or the test harness) exposes: one function per channel. */
    readonly fineprint: WindowApi;
  }
}

type Calls = Omit<WindowApi, 'appVersion' | 'onFileOpened'>;
type Unwrapped<R> = R extends Promise<IpcResult<infer T>> ? Promise<T> : never;

/** The window API with each reply unwrapped: resolves to the value, or rejects with an {@link AppError}. */
export type Client = { [M in keyof Calls]: (...args: Parameters<Calls[M]>) => Unwrapped<ReturnType<Calls[M]>> };

async function call(method: keyof Calls, request: unknown): Promise<unknown> {
  let result: IpcResult<unknown>;
  try {
    const fn = window.fineprint[method] as (request?: unknown) => Promise<IpcResult<unknown>>;
    result = await fn(request);
  } catch {
    // The bridge itself failed (the main process went away): not something the user did.
    throw new AppError({ code: 'internal', message: strings.errors.bridge });
  }
  if (result.ok) return result.value;
  throw new AppError(result.error);
}

/** The typed client over `window.fineprint` every screen talks to. */
export const client = Object.fromEntries(
  (Object.keys(WINDOW_API_METHODS) as (keyof Calls)[]).map((method) => [
    method,
    (request?: unknown) => call(method, request === undefined ? undefined : request),
  ]),
) as unknown as Client;

const templates = new Map<string, Promise<Template>>();

/** A template snapshot by its reference, fetched once per window. */
export function templateByRef(ref: string): Promise<Template> {
  let pending = templates.get(ref);
  if (!pending) {
    pending = client.getTemplate({ ref });
    templates.set(ref, pending);
    pending.catch(() => templates.delete(ref));
  }
  return pending;
}

/** Subscribes to files opened from the operating system; returns the unsubscribe function. */
export function onFileOpened(listener: Parameters<WindowApi['onFileOpened']>[0]): () => void {
  return window.fineprint.onFileOpened(listener);
}

/** The app version the preload reports. */
export function appVersion(): string {
  return window.fineprint.appVersion;
}
