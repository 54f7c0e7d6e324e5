import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  migrateLegacyTokens,
  readEnterpriseToken,
  readSettings,
  readToken,
  removeEnterpriseToken,
  removeToken,
  settingsItem,
  hasToken,
  updateSettings,
  writeEnterpriseHost,
  writeEnterpriseToken,
  writeToken,
} from '@/lib/settings/settings-store';
import { migrateSettingsV1ToV2, migrateSettingsV2ToV3 } from '@/lib/settings/migrations';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '@/lib/settings/schema';
import { openSecretStore, resetSecretStoreForTests, SECRETS_DB_NAME } from '@/lib/settings/secret-store';

const V1 = { apiBase: 'https://api.github.com', freshnessHours: 6, deepRepoCount: 20, activeMatrixId: 'backend-mid' };
const V3_ADDS = { retentionMonths: null };

/** Everything a content script could read: every key and value of storage.local and storage.session, as text. */
async function readableByContentScripts(): Promise<string> {
  return JSON.stringify([await fakeBrowser.storage.local.get(null), await fakeBrowser.storage.session.get(null)]);
}

let factory: IDBFactory;

describe('settings storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    factory = new IDBFactory();
    vi.stubGlobal('indexedDB', factory);
    resetSecretStoreForTests();
  });

  test('version 1 settings migrate to version 2 keeping every choice, with no Enterprise host', async () => {
    await fakeBrowser.storage.local.set({ settings: V1, settings$: { v: 1 } });
    await settingsItem.migrate();
    expect(await readSettings()).toEqual({ ...V1, enterpriseHost: null, ...V3_ADDS });
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ 'settings$': { v: SETTINGS_VERSION } });
  });

  test('version 1 settings stored before versions were recorded migrate too', async () => {
    await fakeBrowser.storage.local.set({ settings: V1 });
    await settingsItem.migrate();
    expect(await readSettings()).toEqual({ ...V1, enterpriseHost: null, ...V3_ADDS });
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({ settings: { ...V1, enterpriseHost: null, ...V3_ADDS } });
  });

  test('the migration keeps a damaged v1 value for repair on read, where only the damaged field resets', async () => {
    expect(migrateSettingsV1ToV2({ ...V1, freshnessHours: 'soon' })).toEqual({ ...V1, freshnessHours: 'soon', enterpriseHost: null });
    expect(migrateSettingsV1ToV2(null)).toEqual({ enterpriseHost: null });
    await fakeBrowser.storage.local.set({ settings: { ...V1, freshnessHours: 'soon', enterpriseHost: 'https://bad/x', retentionMonths: null }, settings$: { v: 3 } });
    expect(await readSettings()).toEqual({ ...V1, freshnessHours: DEFAULT_SETTINGS.freshnessHours, enterpriseHost: null, ...V3_ADDS });
  });

  test('saving the Enterprise host keeps the other settings', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, activeMatrixId: 'backend-junior' });
    await writeEnterpriseHost('ghe.example.com');
    expect(await readSettings()).toMatchObject({ activeMatrixId: 'backend-junior', enterpriseHost: 'ghe.example.com' });
    await writeEnterpriseHost(null);
    expect((await readSettings()).enterpriseHost).toBeNull();
  });

  test('the Enterprise token is kept apart from the github.com token and given only for its own host', async () => {
    await writeToken('github-com-token');
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

  test('a damaged old Enterprise token is never used, and is removed', async () => {
    await fakeBrowser.storage.local.set({ enterpriseToken: { host: 'ghe.example.com', token: '' } });
    expect(await readEnterpriseToken('ghe.example.com')).toBeNull();
    expect(await fakeBrowser.storage.local.get('enterpriseToken')).toEqual({});
    await fakeBrowser.storage.local.set({ enterpriseToken: 'a bare string' });
    expect(await readEnterpriseToken('ghe.example.com')).toBeNull();
  });
});

describe('where the tokens are kept', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    factory = new IDBFactory();
    vi.stubGlobal('indexedDB', factory);
    resetSecretStoreForTests();
  });

  test('a saved token is in no storage area a content script can read; only that one is saved is', async () => {
    await writeToken('ghp_secretsecretsecretsecretsecret0001');
    await writeEnterpriseHost('ghe.example.com');
    await writeEnterpriseToken('ghe.example.com', 'ghe_secret_0002');
    const readable = await readableByContentScripts();
    expect(readable).not.toContain('ghp_secretsecretsecretsecretsecret0001');
    expect(readable).not.toContain('ghe_secret_0002');
    expect(await fakeBrowser.storage.local.get('githubTokenSaved')).toEqual({ githubTokenSaved: true });
    expect(await readToken()).toBe('ghp_secretsecretsecretsecretsecret0001');
    expect(await readEnterpriseToken('ghe.example.com')).toBe('ghe_secret_0002');
    // the panel's yes/no never carries the token
    expect(await hasToken()).toBe(true);
    await removeToken();
    expect(await hasToken()).toBe(false);
    expect(await fakeBrowser.storage.local.get('githubTokenSaved')).toEqual({ githubTokenSaved: false });
  });

  test('a token written under the old storage.local keys is moved into the token store and the old copies removed', async () => {
    await fakeBrowser.storage.local.set({
      githubToken: 'ghp_oldoldoldoldoldoldoldoldoldold0003',
      'githubToken$': { v: 1 },
      enterpriseToken: { host: 'ghe.example.com', token: 'ghe_old_0004' },
      'enterpriseToken$': { v: 1 },
    });
    expect(await migrateLegacyTokens()).toBe(true);
    expect(await readableByContentScripts()).not.toMatch(/ghp_old|ghe_old/);
    expect(await fakeBrowser.storage.local.get(['githubToken', 'githubToken$', 'enterpriseToken', 'enterpriseToken$'])).toEqual({});
    expect(await readToken()).toBe('ghp_oldoldoldoldoldoldoldoldoldold0003');
    expect(await readEnterpriseToken('ghe.example.com')).toBe('ghe_old_0004');
    expect(await hasToken()).toBe(true);
    // kept in the extension's IndexedDB, read back through its schema
    const secrets = openSecretStore({ indexedDB: factory, dbName: SECRETS_DB_NAME });
    expect(await secrets.get('githubToken')).toEqual({ name: 'githubToken', version: 1, token: 'ghp_oldoldoldoldoldoldoldoldoldold0003' });
    secrets.close();
  });

  test('reading the token moves an old copy first (a worker that never ran the start-up move)', async () => {
    await fakeBrowser.storage.local.set({ githubToken: '  ghp_lazylazylazylazylazylazylazy0005  ' });
    expect(await readToken()).toBe('ghp_lazylazylazylazylazylazylazy0005');
    expect(await fakeBrowser.storage.local.get('githubToken')).toEqual({});
  });

  test('the move happens once: a value written under the old key afterwards is removed, never used', async () => {
    await writeToken('ghp_currentcurrentcurrentcurrent0006');
    await fakeBrowser.storage.local.set({ githubToken: 'ghp_plantedplantedplantedplanted0007' });
    expect(await migrateLegacyTokens()).toBe(false);
    expect(await readToken()).toBe('ghp_currentcurrentcurrentcurrent0006');
    expect(await fakeBrowser.storage.local.get('githubToken')).toEqual({});
    await removeToken();
    await fakeBrowser.storage.local.set({ githubToken: 'ghp_plantedplantedplantedplanted0007' });
    expect(await readToken()).toBeNull();
  });

  test('after the worker’s first start, a value a content script writes under the old key is never taken for a token', async () => {
    expect(await migrateLegacyTokens(undefined, { atStart: true })).toBe(false);
    await fakeBrowser.storage.local.set({ githubToken: 'ghp_plantedplantedplantedplanted0010' });
    expect(await readToken()).toBeNull();
    expect(await fakeBrowser.storage.local.get('githubToken')).toEqual({});
  });

  test('an old token never replaces one already in the token store', async () => {
    const secrets = openSecretStore({ indexedDB: factory });
    await secrets.put({ name: 'githubToken', version: 1, token: 'ghp_newnewnewnewnewnewnewnewnew0008' });
    secrets.close();
    await fakeBrowser.storage.local.set({ githubToken: 'ghp_oldoldoldoldoldoldoldoldold0009' });
    await migrateLegacyTokens();
    expect(await readToken()).toBe('ghp_newnewnewnewnewnewnewnewnew0008');
  });

  test('without IndexedDB there is no token, and no failure', async () => {
    vi.stubGlobal('indexedDB', undefined);
    resetSecretStoreForTests();
    expect(await readToken()).toBeNull();
    expect(await readEnterpriseToken('ghe.example.com')).toBeNull();
  });
});

describe('the API base is a constant', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  test('version 2 settings migrate to version 3: a tampered API base is replaced, retention arrives off', async () => {
    const v2 = { ...V1, apiBase: 'https://evil.example/x', enterpriseHost: 'ghe.example.com' };
    expect(migrateSettingsV2ToV3(v2)).toEqual({ ...v2, apiBase: 'https://api.github.com', retentionMonths: null });
    await fakeBrowser.storage.local.set({ settings: v2, settings$: { v: 2 } });
    await settingsItem.migrate();
    expect(await readSettings()).toEqual({ ...V1, enterpriseHost: 'ghe.example.com', retentionMonths: null });
  });

  test('an API base written into storage later still reads as https://api.github.com', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...V1, apiBase: 'https://evil.example/x', enterpriseHost: null, retentionMonths: 6 }, settings$: { v: SETTINGS_VERSION } });
    expect(await readSettings()).toMatchObject({ apiBase: 'https://api.github.com', retentionMonths: 6, freshnessHours: 6 });
  });

  test('retention is off by default and takes whole months', async () => {
    expect(DEFAULT_SETTINGS.retentionMonths).toBeNull();
    expect((await updateSettings({ retentionMonths: 12 })).retentionMonths).toBe(12);
    await expect(updateSettings({ retentionMonths: 0 })).rejects.toThrow();
    expect((await updateSettings({ retentionMonths: null })).retentionMonths).toBeNull();
  });
});
