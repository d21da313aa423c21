import { IPC_CHANNELS, type Channel, type IpcResult } from '../../core/ipc-contract';
import { describeUnexpectedFsError } from '../fs-errors';
import { LibraryError } from '../library/assessment-library';
import { HandlerError, type HandlerTable } from './handler-kit';

/** Validates a request against its channel's schema, runs the handler, and turns every failure into a typed error. */
export async function dispatch(table: HandlerTable, channel: string, payload: unknown): Promise<IpcResult<unknown>> {
  if (!Object.hasOwn(IPC_CHANNELS, channel))
    return { ok: false, error: { code: 'invalid-request', message: `Unknown channel "${channel}".` } };
  const c = channel as Channel;
  const parsed = IPC_CHANNELS[c].request.safeParse(payload);
  if (!parsed.success) {
    return {
      ok: false,
      error: {
        code: 'invalid-request',
        message: `The request to ${c} is malformed.`,
        details: parsed.error.issues.slice(0, 10).map((i) => `${i.path.join('.') || '$'}: ${i.message}`),
      },
    };
  }
  try {
    const handler = table[c] as (request: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof HandlerError)
      return { ok: false, error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) } };
    if (error instanceof LibraryError) return { ok: false, error: { code: error.code, message: error.message } };
    const fs = describeUnexpectedFsError(error);
    if (fs) return { ok: false, error: { code: 'io', message: fs } };
    return { ok: false, error: { code: 'internal', message: `Something went wrong in FinePrint: ${(error as Error).message}` } };
  }
}
