import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ENTERPRISE_SCRIPT_ID, GITHUB_CONTENT_SCRIPT_FILE, grantedEnterpriseHost, syncEnterpriseScript } from '@/entrypoints/background/enterprise';
import { writeEnterpriseHost } from '@/lib/settings/settings-store';

interface Registered {
  id: string;
  matches?: string[];
  js?: string[];
}

/** The browser's permission and scripting state, which the fake browser does not model. */
function installBrowserState(granted: string[]) {
  const origins = new Set(granted);
  const scripts = new Map<string, Registered>();
  const permissions = fakeBrowser.permissions as unknown as Record<string, unknown>;
  permissions.contains = vi.fn(async (p: { origins?: string[] }) => (p.origins ?? []).every((o) => origins.has(o)));
  const scripting = {
    getRegisteredContentScripts: vi.fn(async (filter?: { ids?: string[] }) =>
      [...scripts.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id)),
    ),
    registerContentScripts: vi.fn(async (list: Registered[]) => {
      for (const s of list) {
        if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        scripts.set(s.id, s);
      }
    }),
    unregisterContentScripts: vi.fn(async (filter: { ids: string[] }) => {
      for (const id of filter.ids) scripts.delete(id);
    }),
  };
  Object.assign(fakeBrowser.scripting as unknown as Record<string, unknown>, scripting);
  return { origins, scripts, scripting };
}

describe('registering the GitHub content script on the Enterprise host (Chrome)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  test('a configured and granted host gets the GitHub content script', async () => {
    const state = installBrowserState(['https://ghe.example.com/*']);
    await writeEnterpriseHost('ghe.example.com');
    expect(await syncEnterpriseScript()).toBe('ghe.example.com');
    expect(state.scripts.get(ENTERPRISE_SCRIPT_ID)).toMatchObject({ matches: ['https://ghe.example.com/*'], js: [GITHUB_CONTENT_SCRIPT_FILE] });
  });

  test('a configured host the recruiter has not granted gets nothing, and is not trusted', async () => {
    const state = installBrowserState([]);
    await writeEnterpriseHost('ghe.example.com');
    expect(await syncEnterpriseScript()).toBeNull();
    expect(state.scripts.size).toBe(0);
    expect(await grantedEnterpriseHost()).toBeNull();
  });

  test('syncing again on a restart or a repeated event registers once, without a duplicate error', async () => {
    const state = installBrowserState(['https://ghe.example.com/*']);
    await writeEnterpriseHost('ghe.example.com');
    const results = await Promise.all([syncEnterpriseScript(), syncEnterpriseScript(), syncEnterpriseScript()]);
    expect(results).toEqual(['ghe.example.com', 'ghe.example.com', 'ghe.example.com']);
    expect(state.scripting.registerContentScripts).toHaveBeenCalledTimes(1);
    expect(state.scripts.size).toBe(1);
  });

  test('a revoked permission unregisters the script', async () => {
    const state = installBrowserState(['https://ghe.example.com/*']);
    await writeEnterpriseHost('ghe.example.com');
    await syncEnterpriseScript();
    state.origins.clear();
    expect(await syncEnterpriseScript()).toBeNull();
    expect(state.scripts.size).toBe(0);
  });

  test('a removed host unregisters the script; a changed host moves it', async () => {
    const state = installBrowserState(['https://ghe.example.com/*', 'https://code.example.org/*']);
    await writeEnterpriseHost('ghe.example.com');
    await syncEnterpriseScript();
    await writeEnterpriseHost('code.example.org');
    await syncEnterpriseScript();
    expect(state.scripts.get(ENTERPRISE_SCRIPT_ID)?.matches).toEqual(['https://code.example.org/*']);
    await writeEnterpriseHost(null);
    expect(await syncEnterpriseScript()).toBeNull();
    expect(state.scripts.size).toBe(0);
  });
});

describe('registering on Firefox MV2 (contentScripts.register)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  test('registers through contentScripts when the scripting API is absent, and unregisters on revocation', async () => {
    const origins = new Set(['https://ghe.example.com/*']);
    (fakeBrowser.permissions as unknown as Record<string, unknown>).contains = vi.fn(async (p: { origins?: string[] }) => (p.origins ?? []).every((o) => origins.has(o)));
    const unregister = vi.fn(async () => undefined);
    const register = vi.fn(async () => ({ unregister }));
    const saved = fakeBrowser.scripting.registerContentScripts;
    const target = fakeBrowser as unknown as Record<string, unknown>;
    (fakeBrowser.scripting as unknown as Record<string, unknown>).registerContentScripts = undefined;
    target.contentScripts = { register };
    try {
      await writeEnterpriseHost('ghe.example.com');
      expect(await syncEnterpriseScript()).toBe('ghe.example.com');
      expect(register).toHaveBeenCalledWith({ matches: ['https://ghe.example.com/*'], js: [{ file: GITHUB_CONTENT_SCRIPT_FILE }], runAt: 'document_idle' });
      expect(await syncEnterpriseScript()).toBe('ghe.example.com');
      expect(register).toHaveBeenCalledTimes(1);
      origins.clear();
      expect(await syncEnterpriseScript()).toBeNull();
      expect(unregister).toHaveBeenCalledTimes(1);
    } finally {
      delete target.contentScripts;
      (fakeBrowser.scripting as unknown as Record<string, unknown>).registerContentScripts = saved;
    }
  });
});
