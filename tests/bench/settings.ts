import type { SessionPosition } from '../../src/core/settings-schema';
import { createHandlers, dispatch, type HandlerTable } from '../../src/node/ipc/handlers';
import { benchWriteBesideSettings } from './beside-settings';

const SCREENS = ['profile', 'checks', 'data-path', 'review'] as const;
const uuid = (i: number) => `7d4f0c2e-5b1a-4c3e-9f6a-${i.toString(16).padStart(12, '0')}`;

/**
 * settings.position.ms and settings.position.bytes: one move between checks as the window sends it
 * (one resume point), persisted, with a 500 KB logo in the settings and 200 other saved positions.
 * Bytes are those of the positions file, written once per move; settings.json is not touched.
 */
export async function benchSettings(): Promise<void> {
  let i = 0;
  let handlers: HandlerTable | undefined;
  await benchWriteBesideSettings(
    'settings.position',
    'positions.json',
    async (app) => {
      handlers = createHandlers(app.services);
      for (let k = 0; k < 200; k++) await app.call('positions:set', { id: uuid(k), position: { screen: 'checks', checkId: `check-${k}` } });
    },
    async (app) => {
      i += 1;
      const position: SessionPosition = { screen: SCREENS[i % SCREENS.length] ?? 'checks', checkId: `check-${i}` };
      if (!handlers) throw new Error('the app was not prepared');
      const r = await dispatch(handlers, 'positions:set', { id: uuid(0), position });
      if (!r.ok) throw new Error(r.error.message);
      await app.services.positions.flush();
    },
  );
}
