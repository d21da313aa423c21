import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/settings-schema';
import { SettingsService } from '../../src/node/settings';
import { testApp } from '../support/app-services';
import { confStore } from '../support/conf-store';
import { tempDir } from '../support/temp';

describe('settings', () => {
  it('starts with defaults and keeps changes across restarts', async () => {
    const dir = tempDir();
    const first = await SettingsService.open(confStore(dir));
    expect(first.get()).toEqual(DEFAULT_SETTINGS);
    first.update({ organisation: 'Contoso Procurement', paperSize: 'letter', theme: 'dark' });
    const again = await SettingsService.open(confStore(dir));
    expect(again.get()).toMatchObject({
      organisation: 'Contoso Procurement',
      paperSize: 'letter',
      theme: 'dark',
      confidentialityLabel: 'Confidential',
    });
    expect(again.notices).toEqual([]);
  });

  it('rejects an invalid change and keeps the old value', async () => {
    const s = await SettingsService.open(confStore(tempDir()));
    expect(() => s.update({ paperSize: 'a5' as 'a4' })).toThrow();
    expect(s.get().paperSize).toBe('a4');
  });

  it('moves a corrupt store aside, starts clean and says so, never silently', async () => {
    const dir = tempDir();
    const port = confStore(dir);
    (await SettingsService.open(port)).update({ organisation: 'Before' });
    writeFileSync(port.path, '{"organisation": "Bef');
    const s = await SettingsService.open(port, () => new Date(1700000000000));
    expect(s.get()).toEqual(DEFAULT_SETTINGS);
    expect(s.notices).toEqual([
      expect.objectContaining({
        kind: 'settings-reset',
        message: expect.stringMatching(/could not be read.*kept as .*settings\.json\.corrupt-1700000000000/) as unknown,
      }),
    ]);
    expect(readFileSync(`${port.path}.corrupt-1700000000000`, 'utf8')).toBe('{"organisation": "Bef');
    s.update({ organisation: 'After' });
    expect(readdirSync(dir).sort()).toEqual(['settings.json', 'settings.json.corrupt-1700000000000']);
  });

  it('resets only the fields that are invalid, and says which', async () => {
    const dir = tempDir();
    const port = confStore(dir);
    writeFileSync(port.path, JSON.stringify({ organisation: 'Kept', paperSize: 'a5', theme: 42 }));
    const s = await SettingsService.open(port);
    expect(s.get()).toMatchObject({ organisation: 'Kept', paperSize: 'a4', theme: 'system' });
    expect(s.notices[0]?.message).toMatch(/reset to their defaults: theme, paperSize|reset to their defaults: paperSize, theme/);
  });

  it('keeps the library index in the same store', async () => {
    const dir = tempDir();
    const s = await SettingsService.open(confStore(dir));
    s.libraryIndex().write({});
    expect(JSON.parse(readFileSync(confStore(dir).path, 'utf8'))).toHaveProperty('libraryIndex', {});
  });
});

describe('a partial settings change from the window', () => {
  it('changes only the fields it names (zod defaults in the patch schema must not reset the others)', async () => {
    const app = await testApp(tempDir());
    await app.call('settings:update', { organisation: 'Contoso', theme: 'dark', paperSize: 'letter' });
    expect(await app.call('settings:update', { welcomed: true })).toMatchObject({
      organisation: 'Contoso',
      theme: 'dark',
      paperSize: 'letter',
      welcomed: true,
    });
  });
});
