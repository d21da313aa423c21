import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/settings-schema';
import { SettingsService, type StorePort } from '../../src/node/settings';
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

  it.each([
    ['an array', '[]'],
    ['a number', '42'],
    ['a string', '"dark"'],
    ['null', 'null'],
  ])('keeps a settings file holding %s aside and says so, as for corrupt JSON', async (_, text) => {
    const dir = tempDir();
    const port = confStore(dir);
    writeFileSync(port.path, text);
    const s = await SettingsService.open(port, () => new Date(1700000000000));
    expect(s.get()).toEqual(DEFAULT_SETTINGS);
    expect(s.notices).toEqual([
      expect.objectContaining({
        kind: 'settings-reset',
        message: expect.stringMatching(/not a set of settings.*kept as .*settings\.json\.corrupt-1700000000000/) as unknown,
      }),
    ]);
    expect(readFileSync(`${port.path}.corrupt-1700000000000`, 'utf8')).toBe(text);
  });

  it('drops an unknown key quietly, once, and keeps the known ones', async () => {
    const dir = tempDir();
    const port = confStore(dir);
    writeFileSync(port.path, JSON.stringify({ organisation: 'Kept', retiredOption: true }));
    const s = await SettingsService.open(port);
    expect(s.notices).toEqual([]);
    expect(s.get().organisation).toBe('Kept');
    expect(JSON.parse(readFileSync(port.path, 'utf8'))).not.toHaveProperty('retiredOption');
    expect((await SettingsService.open(port)).notices).toEqual([]);
  });

  it('writes the settings file once per change, and only when something changed', async () => {
    const dir = tempDir();
    const conf = confStore(dir);
    let writes = 0;
    const port: StorePort = {
      path: conf.path,
      open: () => {
        const store = conf.open();
        return {
          get store() {
            return store.store;
          },
          set: (values) => {
            writes += 1;
            store.set(values);
          },
          delete: (key) => {
            writes += 1;
            store.delete(key);
          },
        };
      },
    };
    const s = await SettingsService.open(port);
    writes = 0;
    s.update({ organisation: 'Contoso', theme: 'dark', paperSize: 'letter', assessor: 'Ana Lima' });
    expect(writes).toBe(1);
    s.update({ ...s.get() });
    expect(writes).toBe(1);
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

describe('where the user left off in each assessment', () => {
  const id = '7d4f0c2e-5b1a-4c3e-9f6a-2b8d1e0a3c51';

  it('is kept in its own small file, not in the settings file, and survives a restart', async () => {
    const dir = tempDir();
    const app = await testApp(dir);
    await app.call('settings:update', { organisation: 'Contoso' });
    const settingsBefore = readFileSync(confStore(dir).path, 'utf8');
    await app.call('positions:set', { id, position: { screen: 'checks', checkId: 'region-01' } });
    await app.services.positions.flush();
    expect(readFileSync(confStore(dir).path, 'utf8')).toBe(settingsBefore);
    expect(settingsBefore).not.toMatch(/positions/);
    const again = await testApp(dir);
    expect(await again.call('positions:list')).toEqual({ [id]: { screen: 'checks', checkId: 'region-01' } });
    await again.call('positions:set', { id, position: null });
    await again.services.positions.flush();
    expect(await (await testApp(dir)).call('positions:list')).toEqual({});
  });

  it('moves out of a settings file written by an older version, losing nothing', async () => {
    const dir = tempDir();
    const port = confStore(dir);
    writeFileSync(port.path, JSON.stringify({ organisation: 'Kept', positions: { [id]: { screen: 'review' } } }));
    const app = await testApp(dir);
    expect(app.services.notices).toEqual([]);
    expect(await app.call('positions:list')).toEqual({ [id]: { screen: 'review' } });
    expect(JSON.parse(readFileSync(port.path, 'utf8'))).toEqual({ organisation: 'Kept' });
    await app.services.positions.flush();
    expect(existsSync(join(dir, 'positions.json'))).toBe(true);
    expect(await (await testApp(dir)).call('positions:list')).toEqual({ [id]: { screen: 'review' } });
  });

  it('keeps the valid resume points of a hand-edited file and drops the rest', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'positions.json'),
      JSON.stringify({ [id]: { screen: 'review' }, 'not-an-id': { screen: 'checks' }, [id.replace('51', '52')]: { screen: 'nowhere' } }),
    );
    expect(await (await testApp(dir)).call('positions:list')).toEqual({ [id]: { screen: 'review' } });
  });

  it('starts empty from an unreadable positions file, keeping it aside', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'positions.json'), '{"7d4f');
    const app = await testApp(dir);
    expect(await app.call('positions:list')).toEqual({});
    expect(readdirSync(dir).some((f) => f.startsWith('positions.json.corrupt-'))).toBe(true);
  });
});
