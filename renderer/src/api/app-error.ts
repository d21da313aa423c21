import type { IpcError } from '../../../src/core/ipc-contract';

/** A failed request to the app, carrying the sentence to show the user and the problems found, if any. */
export class AppError extends Error {
  readonly code: IpcError['code'];
  readonly details: string[];

  constructor(error: IpcError) {
    super(error.message);
    this.name = 'AppError';
    this.code = error.code;
    this.details = error.details ?? [];
  }
}

/** The user-facing sentence of any thrown value; `fallback` when it carries none a buyer could read. */
export function errorMessage(error: unknown, fallback: string): string {
  if (error instanceof AppError && error.message.trim() !== '') return error.message;
  return fallback;
}

/** The problem lines of a failed request, for a details list under the message. */
export function errorDetails(error: unknown): string[] {
  return error instanceof AppError ? error.details : [];
}
