import { startRound } from '../../core/rounds';
import { newerTemplate } from '../../core/upgrade';
import type { HandlerContext, HandlerPart } from './handler-kit';

type RoundsChannel = 'rounds:start';

/** Re-assessment rounds: starting round N+1 of an assessment of the library. */
export function roundsHandlers(ctx: HandlerContext): HandlerPart<RoundsChannel> {
  const { library, catalog, settings } = ctx.services;
  return {
    'rounds:start': async ({ id }) => {
      const { assessment } = await library.get(id);
      // The new round moves to the newest bundled or imported version of its checklist, as an upgrade would.
      const newest = newerTemplate(
        assessment.template,
        catalog.list().map((e) => e.template),
      );
      await library.write(startRound(assessment, newest, { at: new Date().toISOString(), by: settings.get().assessor }));
      return ctx.opened(id);
    },
  };
}
