/**
 * Forged messages the router must refuse beyond test/unit/background/router.test.ts:
 * senders outside the extension, content scripts claiming another site's
 * person or asking for what only extension pages may ask, prototype-pollution
 * keys and pathological payloads. Each refusal leaves storage and the network
 * untouched; an extension page opened in a tab is still an extension page.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { routeMessage } from '@/entrypoints/background/router';
import { readTabState } from '@/lib/evaluation/tab-state-store';
import { createApiDouble } from '../../support/api-double';
import { MONA } from '../../support/accounts';
import { githubProfile, SELF, fromTab, linkedinProfile } from '../../support/profiles';

/** The panel's own URL as the browser reports it for this extension (the fake browser's origin). */
const PANEL_URL = `${fakeBrowser.runtime.getURL('/sidepanel.html')}?tab=7`;

const mona = githubProfile('mona-dev', { name: 'Mona Developer', followers: 10, following: 2 });

const robin = linkedinProfile('robin-evil', { name: 'Robin' });


/** The panel's "open in a window" view, or the options page: an extension page that lives in a tab. */
function fromExtensionPageInTab(url = PANEL_URL, id = 99): Browser.runtime.MessageSender {
  const tab = { id, url, index: 0, active: true } as Browser.tabs.Tab;
  return { id: SELF, url, tab };
}

async function storedEverywhere(): Promise<{ session: Record<string, unknown>; local: Record<string, unknown> }> {
  return {
    session: (await fakeBrowser.storage.session.get(null)) as Record<string, unknown>,
    local: (await fakeBrowser.storage.local.get(null)) as Record<string, unknown>,
  };
}

function nested(depth: number): unknown {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

describe('forged messages the router refuses', () => {
  let api: ReturnType<typeof createApiDouble>;
  beforeEach(() => {
    fakeBrowser.reset();
    api = createApiDouble({ accounts: [MONA] });
    vi.stubGlobal('fetch', api.fetch);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  const forged: Array<[string, unknown, Browser.runtime.MessageSender]> = [
    // a web page has no extension id (externally_connectable is not declared, so it cannot even reach us)
    ['a web page', { type: 'profile:seen', url: 'https://github.com/mona-dev', profile: mona }, { url: 'https://evil.example/', origin: 'https://evil.example' }],
    ['a web page asking for an evaluation', { type: 'tab:evaluate', tabId: 7, force: true }, { url: 'https://evil.example/' }],
    ['a LinkedIn tab reporting its own URL with a GitHub person', { type: 'profile:seen', url: 'https://www.linkedin.com/in/robin-evil/', profile: mona }, fromTab('https://www.linkedin.com/in/robin-evil/')],
    ['a GitHub tab reporting a LinkedIn person', { type: 'profile:seen', url: 'https://github.com/mona-dev', profile: robin }, fromTab('https://github.com/mona-dev')],
    ['a GitHub tab claiming a look-alike host', { type: 'profile:seen', url: 'https://github.com.evil.example/mona-dev', profile: mona }, fromTab('https://github.com/mona-dev')],
    ['a look-alike host claiming github.com', { type: 'profile:seen', url: 'https://github.com/mona-dev', profile: mona }, fromTab('https://github.com.evil.example/mona-dev')],
    ['a plain-http GitHub tab', { type: 'profile:seen', url: 'http://github.com/mona-dev', profile: mona }, fromTab('http://github.com/mona-dev')],
    ['a LinkedIn tab claiming a LinkedIn look-alike', { type: 'profile:seen', url: 'https://linkedin.com.evil.example/in/robin-evil/', profile: robin }, fromTab('https://www.linkedin.com/in/robin-evil/')],
    ['a content script asking to check the token', { type: 'token:check' }, fromTab('https://github.com/mona-dev')],
    ['a content script starting a bulk run', { type: 'bulk:start', logins: ['mona-dev'] }, fromTab('https://github.com/mona-dev')],
    ['a content script cancelling a bulk run', { type: 'bulk:cancel' }, fromTab('https://www.linkedin.com/in/robin-evil/')],
    ['a negative tab id', { type: 'tab:evaluate', tabId: -1, force: true }, { id: SELF, url: PANEL_URL }],
    ['a fractional tab id', { type: 'tab:evaluate', tabId: 7.5, force: true }, { id: SELF, url: PANEL_URL }],
    ['a tab id as text', { type: 'tab:evaluate', tabId: '7', force: true }, { id: SELF, url: PANEL_URL }],
    ['a payload nested 100 000 deep', { type: 'profile:seen', url: 'https://github.com/mona-dev', profile: nested(100_000) }, fromTab('https://github.com/mona-dev')],
    ['an array for a message', [{ type: 'token:check' }], { id: SELF, url: PANEL_URL }],
    ['null', null, { id: SELF, url: PANEL_URL }],
  ];

  test.each(forged)('refuses %s and changes nothing', async (_label, message, sender) => {
    const before = await storedEverywhere();
    const reply = await routeMessage(message, sender, SELF);
    expect(reply.ok).toBe(false);
    expect(await storedEverywhere()).toEqual(before);
    expect(api.log).toHaveLength(0);
  });
});

describe('prototype-pollution keys in a payload', () => {
  let api: ReturnType<typeof createApiDouble>;
  beforeEach(() => {
    fakeBrowser.reset();
    api = createApiDouble({ accounts: [MONA] });
    vi.stubGlobal('fetch', api.fetch);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    // in case a test failed half-way, leave no pollution for the next file
    delete (Object.prototype as Record<string, unknown>).polluted;
  });

  test('a GitHub profile with __proto__ and constructor keys pollutes nothing and is stored without them', async () => {
    // JSON.parse makes __proto__ an own key, as a structured-cloned message would carry it
    const raw = JSON.parse(
      JSON.stringify({ type: 'profile:seen', url: 'https://github.com/mona-dev', profile: mona }).replace(
        '"source":"github"',
        '"source":"github","__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}',
      ),
    ) as unknown;
    expect(Object.keys((raw as { profile: object }).profile)).toContain('__proto__');
    const reply = await routeMessage(raw, fromTab('https://github.com/mona-dev'), SELF);
    expect(reply).toEqual({ ok: true });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const state = await readTabState(7);
    expect(state?.profile).toMatchObject({ login: 'mona-dev' });
    expect(Object.keys(state?.profile ?? {})).not.toContain('__proto__');
    expect(Object.keys(state?.profile ?? {})).not.toContain('constructor');
    expect((state?.profile as Record<string, unknown> | undefined)?.polluted).toBeUndefined();
  });

  test('a LinkedIn reading whose section names are __proto__ and constructor pollutes nothing', async () => {
    const raw = JSON.parse(
      JSON.stringify({ type: 'profile:seen', url: 'https://www.linkedin.com/in/robin-evil/', profile: { ...robin, strategies: { experience: 'anchored' } } }).replace(
        '"experience":"anchored"',
        '"experience":"anchored","__proto__":"json-ld","constructor":"headings"',
      ),
    ) as unknown;
    const reply = await routeMessage(raw, fromTab('https://www.linkedin.com/in/robin-evil/'), SELF);
    // refusing the reading is as good as accepting it safely; what matters is no pollution
    if (reply.ok) {
      const state = await readTabState(7);
      const strategies = state?.profile?.source === 'linkedin' ? state.profile.strategies : undefined;
      expect(Object.getPrototypeOf(strategies ?? {})).toBe(Object.prototype);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.toString.call({})).toBe('[object Object]');
    expect(typeof ({} as { constructor: unknown }).constructor).toBe('function');
    expect(api.log).toHaveLength(0);
  });
});

describe('an extension page opened in a tab is still an extension page', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.stubGlobal('fetch', createApiDouble({ accounts: [MONA] }).fetch);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  // CONTRACT.md: `sidepanel.html?tab=<tabId>` serves the "open in a window" view; the options page opens in a tab.
  test('the panel in a tab may ask the background to evaluate (Retry, Dig deeper, resume)', async () => {
    await routeMessage({ type: 'profile:seen', url: 'https://github.com/mona-dev', profile: mona }, fromTab('https://github.com/mona-dev'), SELF);
    const reply = await routeMessage({ type: 'tab:evaluate', tabId: 7, force: true }, fromExtensionPageInTab(), SELF);
    expect(reply).toEqual({ ok: true });
    expect((await readTabState(7))?.status).toBe('ready');
  });

  test('a page of another extension in a tab may not', async () => {
    const sender = { ...fromExtensionPageInTab('chrome-extension://other-extension/page.html'), id: 'other-extension' };
    const reply = await routeMessage({ type: 'tab:evaluate', tabId: 7, force: true }, sender, SELF);
    expect(reply.ok).toBe(false);
  });
});
