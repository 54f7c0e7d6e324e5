import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  readEnterpriseToken,
  readSettings,
  readToken,
  removeEnterpriseToken,
  settingsItem,
  tokenItem,
  writeEnterpriseHost,
  writeEnterpriseToken,
} from '@/lib/settings/settings-store';
import { migrateSettingsV1ToV2 } from '@/lib/settings/migrations';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '@/lib/settings/schema';

const V1 = { apiBase: 'https://api.github.com', freshnessHours: 6, deepRepoCount: 20, activeMatrixId: 'backend-mid' };

describe('settings storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  test('version 1 settings migrate to version 2 keeping every choice, with no Enterprise host', async () => {
    await fakeBrowser.storage.local.set({ settings: V1, settings$: { v: 1 } });
    await settingsItem.migrate();
    expect(await readSettings()).toEqual({ ...V1, enterpriseHost: null });
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ 'settings$': { v: SETTINGS_VERSION } });
  });

  test('version 1 settings stored before versions were recorded migrate too', async () => {
    await fakeBrowser.storage.local.set({ settings: V1 });
    await settingsItem.migrate();
    expect(await readSettings()).toEqual({ ...V1, enterpriseHost: null });
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({ settings: { ...V1, enterpriseHost: null } });
  });

  test('the migration keeps a damaged v1 value for repair on read, where only the damaged field resets', async () => {
    expect(migrateSettingsV1ToV2({ ...V1, freshnessHours: 'soon' })).toEqual({ ...V1, freshnessHours: 'soon', enterpriseHost: null });
    expect(migrateSettingsV1ToV2(null)).toEqual({ enterpriseHost: null });
    await fakeBrowser.storage.local.set({ settings: { ...V1, freshnessHours: 'soon', enterpriseHost: 'https://bad/x' }, settings$: { v: 2 } });
    expect(await readSettings()).toEqual({ ...V1, freshnessHours: DEFAULT_SETTINGS.freshnessHours, enterpriseHost: null });
  });

  test('saving the Enterprise host keeps the other settings', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, activeMatrixId: 'backend-junior' });
    await writeEnterpriseHost('ghe.example.com');
    expect(await readSettings()).toMatchObject({ activeMatrixId: 'backend-junior', enterpriseHost: 'ghe.example.com' });
    await writeEnterpriseHost(null);
    expect((await readSettings()).enterpriseHost).toBeNull();
  });

  test('the Enterprise token is kept apart from the github.com token and given only for its own host', async () => {
    await tokenItem.setValue('github-com-token');
    await writeEnterpriseToken('ghe.example.com', '  ghe-token  ');
    expect(await readToken()).toBe('github-com-token');
    expect(await readEnterpriseToken('ghe.example.com')).toBe('ghe-token');
    expect(await readEnterpriseToken('GHE.example.com')).toBe('ghe-token');
    expect(await readEnterpriseToken('other.example.com')).toBeNull();
    const stored = await fakeBrowser.storage.local.get(null);
    expect(JSON.stringify(stored.settings ?? null)).not.toContain('ghe-token');
    await removeEnterpriseToken();
    expect(await readEnterpriseToken('ghe.example.com')).toBeNull();
    expect(await readToken()).toBe('github-com-token');
  });

  test('a damaged stored Enterprise token is never used', async () => {
    await fakeBrowser.storage.local.set({ enterpriseToken: { host: 'ghe.example.com', token: '' } });
    expect(await readEnterpriseToken('ghe.example.com')).toBeNull();
    await fakeBrowser.storage.local.set({ enterpriseToken: 'a bare string' });
    expect(await readEnterpriseToken('ghe.example.com')).toBeNull();
  });
});
