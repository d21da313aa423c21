import { app, ipcMain, type WebContents } from 'electron';
import { IPC_CHANNELS, IPC_EVENTS, type Channel, type EventPayloadOf, type WindowEvent } from '../src/core/ipc-contract';
import { dispatch, type HandlerTable } from '../src/node/ipc/handlers';
import { dispatchCheckingReplies } from '../src/node/ipc/reply-check';
import { isTrustedSender } from '../src/node/ipc/sender';

/** Registers every channel of the contract with ipcMain: sender check, then validation and the handler. */
export function registerIpc(table: HandlerTable): void {
  // Unpackaged (development and tests): every reply is checked against the contract's reply schema,
  // so a handler that drifts fails at the boundary, logged, instead of deep in the window.
  const answer = app.isPackaged ? dispatch : dispatchCheckingReplies;
  for (const channel of Object.keys(IPC_CHANNELS) as Channel[]) {
    ipcMain.handle(channel, async (event, payload: unknown) => {
      const frame = event.senderFrame;
      const trusted = isTrustedSender(frame ? { url: frame.url, isMainFrame: frame === event.sender.mainFrame } : null);
      if (!trusted) return { ok: false, error: { code: 'forbidden', message: 'This request did not come from the FinePrint window.' } };
      return answer(table, channel, payload);
    });
  }
}

/**
 * Sends a main-to-window event of the contract. The payload is checked against its schema first; one
 * that does not fit is a bug, reported on the console rather than sent or thrown in the main process.
 */
export function sendEvent<E extends WindowEvent>(contents: WebContents, event: E, payload: EventPayloadOf<E>): void {
  const checked = IPC_EVENTS[event].payload.safeParse(payload);
  if (checked.success) contents.send(event, checked.data);
  else console.error(`FinePrint: not sending ${event}, its payload does not fit the contract: ${checked.error.message}`);
}
