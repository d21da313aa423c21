import { basename } from 'node:path';
import { checkLogo } from '../../core/image-header';
import { APP_VERSION } from '../../core/version';
import { readDocumentBytes } from '../read-document';
import { HandlerError, type HandlerContext, type HandlerPart } from './handler-kit';

type SettingsChannel =
  'app:get-info' | 'settings:get' | 'settings:update' | 'settings:choose-logo' | 'settings:clear-logo' | 'positions:list' | 'positions:set';

/** The app's information, the settings, the report logo and the places the user left off. */
export function settingsHandlers({ services }: HandlerContext): HandlerPart<SettingsChannel> {
  const { settings, dialogs } = services;
  return {
    'app:get-info': () => Promise.resolve({ version: APP_VERSION, notices: services.notices }),
    'settings:get': () => Promise.resolve(settings.get()),
    'settings:update': (patch) => Promise.resolve(settings.update(patch)),
    'positions:list': () => Promise.resolve(services.positions.list()),
    'positions:set': ({ id, position }) => {
      services.positions.set(id, position);
      return Promise.resolve({});
    },
    'settings:choose-logo': async () => {
      const path = await dialogs.openFile({ title: 'Choose a logo', filters: [{ name: 'Images', extensions: ['png', 'jpg', 'jpeg'] }] });
      if (!path) return settings.get();
      const read = await readDocumentBytes(path, 500 * 1024);
      if (!read.ok)
        throw new HandlerError('invalid', `${basename(path)} ${read.kind === 'too-large' ? 'is larger than 500 KB' : read.message}.`);
      const logo = checkLogo(read.bytes);
      if (!logo.ok) throw new HandlerError('invalid', `${basename(path)} ${logo.message}.`);
      const mediaType = logo.header.type === 'png' ? 'image/png' : 'image/jpeg';
      return settings.update({
        logo: { mediaType, fileName: basename(path).slice(0, 300), base64: Buffer.from(read.bytes).toString('base64') },
      });
    },
    'settings:clear-logo': () => Promise.resolve(settings.update({ logo: null })),
  };
}
