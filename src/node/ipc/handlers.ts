import { assessmentHandlers } from './assessment-handlers';
import { fileHandlers } from './file-handlers';
import { createHandlerContext, type AppServices, type HandlerTable } from './handler-kit';
import { libraryHandlers } from './library-handlers';
import { roundTripHandlers } from './roundtrip-handlers';
import { roundsHandlers } from './rounds-handlers';
import { portfolioHandlers } from './portfolio-handlers';
import { settingsHandlers } from './settings-handlers';

export { dispatch } from './dispatch';
export { HandlerError, type AppServices, type HandlerTable } from './handler-kit';
export { importFromPath } from './os-import';

/**
 * Builds the handler table from the services: the same table serves Electron, the CLI and the browser
 * harness. Each domain supplies its channels from its own file; a new feature adds its file and one line
 * here, and the type refuses a table that misses a channel.
 */
export function createHandlers(services: AppServices): HandlerTable {
  const ctx = createHandlerContext(services);
  return {
    ...settingsHandlers(ctx),
    ...libraryHandlers(ctx),
    ...assessmentHandlers(ctx),
    ...fileHandlers(ctx),
    ...roundTripHandlers(ctx),
    ...roundsHandlers(ctx),
    ...portfolioHandlers(ctx),
  };
}
