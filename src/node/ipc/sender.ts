import { APP_HOST, APP_SCHEME } from '../renderer-protocol';

/** What main knows about the frame an IPC message came from. */
export interface SenderFrame {
  url: string;
  /** True when the frame is the window's top-level frame, not an iframe inside it. */
  isMainFrame: boolean;
}

/**
 * Whether an IPC message may be handled: it must come from the window's main frame, loaded from the
 * app's own origin (app://fineprint). Anything else, such as an iframe, a page navigated elsewhere or
 * a devtools-injected frame, is refused. `extraOrigins` lets the browser test harness add its server.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined, extraOrigins: readonly string[] = []): boolean {
  if (!frame?.isMainFrame) return false;
  let url: URL;
  try {
    url = new URL(frame.url);
  } catch {
    return false;
  }
  if (url.username !== '' || url.password !== '') return false;
  if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.port === '') return true;
  return extraOrigins.includes(url.origin);
}
