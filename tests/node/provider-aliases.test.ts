import { describe, expect, it } from 'vitest';
import type { Settings } from '../../src/core/settings-schema';
import { SettingsService } from '../../src/node/settings';
import { testApp } from '../support/app-services';
import { confStore } from '../support/conf-store';
import { tempDir } from '../support/temp';

describe('confirmed provider aliases', () => {
  it('are absent until the first is confirmed, then kept through the settings channel across restarts', async () => {
    const dir = tempDir();
    const app = await testApp(dir);
    const before = await app.call<Settings>('settings:get');
    expect(before.providerAliases).toBeUndefined();
    const after = await app.call<Settings>('settings:update', { providerAliases: { 'northwind model': 'Northwind Models' } });
    expect(after.providerAliases).toEqual({ 'northwind model': 'Northwind Models' });
    // Another setting changed later leaves the aliases as they are.
    await app.call('settings:update', { organisation: 'Contoso Procurement' });
    const reopened = await SettingsService.open(confStore(dir));
    expect(reopened.get()).toMatchObject({
      organisation: 'Contoso Procurement',
      providerAliases: { 'northwind model': 'Northwind Models' },
    });
  });

  it('refuses an alias whose key is not a folded provider name, and keeps the ones already kept', async () => {
    const app = await testApp(tempDir());
    await app.call('settings:update', { providerAliases: { 'contoso clowd': 'Contoso Cloud' } });
    for (const providerAliases of [{ 'Northwind Model Inc.': 'Northwind Models' }, { 'northwind model': '' }]) {
      const r = await app.raw('settings:update', { providerAliases });
      expect(r).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
    expect((await app.call<Settings>('settings:get')).providerAliases).toEqual({ 'contoso clowd': 'Contoso Cloud' });
  });
});
