import { miniTemplate } from '../support/builders';
import { benchWriteBesideSettings } from './beside-settings';

const ASSESSMENTS = 200;

/**
 * library.index.flush.ms and library.index.flush.bytes: one write of the library index of 200
 * assessments, with a 500 KB logo in the settings; the settings file must not be rewritten.
 */
export async function benchLibraryIndex(): Promise<void> {
  const template = miniTemplate();
  await benchWriteBesideSettings(
    'library.index.flush',
    'library-index.json',
    async (app) => {
      for (let i = 0; i < ASSESSMENTS; i++)
        await app.services.library.create(template, { vendor: `Vendor ${i}`, service: `Service ${i}`, data: ['public'], actions: 'none' });
    },
    (app) => {
      if (!app.services.library.flush()) throw new Error('the library index was not written');
    },
  );
}
