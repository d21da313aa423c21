import { join } from 'node:path';
import Conf from 'conf';
import type { StorePort } from '../../src/node/settings';

/** The settings store as the app opens it (electron-store is conf underneath), in a test folder. */
export function confStore(dir: string): StorePort {
  return {
    path: join(dir, 'settings.json'),
    open: () => new Conf<Record<string, unknown>>({ cwd: dir, configName: 'settings', projectName: 'fineprint' }),
  };
}
