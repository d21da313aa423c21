import { IPC_CHANNELS, IpcError, type Channel, type IpcResult } from '../../core/ipc-contract';
import { dispatch, type HandlerTable } from './handlers';

/**
 * How a reply breaks the contract: the value against the channel's reply schema, or the error against
 * the error schema. Empty when the reply is as declared (or the channel is unknown: dispatch said so).
 */
export function replyProblems(channel: string, result: IpcResult<unknown>): string[] {
  if (!Object.hasOwn(IPC_CHANNELS, channel)) return [];
  const parsed = result.ok ? IPC_CHANNELS[channel as Channel].reply.safeParse(result.value) : IpcError.safeParse(result.error);
  if (parsed.success) return [];
  return parsed.error.issues.slice(0, 10).map((i) => `${i.path.join('.') || '$'}: ${i.message}`);
}

/**
 * dispatch, then the reply checked against the contract: for development builds and tests, where a
 * handler that drifts from its declared reply must fail loudly at the boundary, not deep in the window.
 * A reply that breaks the contract is reported through `report` and replaced by an internal error.
 */
export async function dispatchCheckingReplies(
  table: HandlerTable,
  channel: string,
  payload: unknown,
  report: (message: string) => void = (message) => console.error(message),
): Promise<IpcResult<unknown>> {
  const result = await dispatch(table, channel, payload);
  const problems = replyProblems(channel, result);
  if (problems.length === 0) return result;
  const message = `The reply on ${channel} does not match the IPC contract: ${problems.join('; ')}`;
  report(message);
  return { ok: false, error: { code: 'internal', message, details: problems } };
}
