/**
 * The router's sender check (an extension page is known by its URL's origin,
 * never by a missing tab alone), hidden characters taken out of page readings,
 * storage restricted to the extension, and the session area pruned.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { fromExtensionPage, routeMessage } from '@/entrypoints/background/router';
import { restrictStorageToExtension } from '@/entrypoints/background/secure-storage';
import { pruneSession } from '@/entrypoints/background/session-upkeep';
import { readTabState, writeTabState } from '@/lib/evaluation/tab-state-store';
import { MAX_SEEN_ENTRIES, pruneSeen, recallGithub, rememberGithub } from '@/lib/evaluation/seen-store';
import { createApiDouble } from '../../support/api-double';
import { MONA } from '../../support/accounts';
import { fromTab, githubProfile, linkedinProfile, SELF } from '../../support/profiles';

const OWN = fakeBrowser.runtime.getURL('/sidepanel.html');
const RLO = '\u202E';

describe('who counts as an extension page', () => {
  test.each<[string, Browser.runtime.MessageSender, boolean]>([
    ['the side panel (no tab, the extension’s URL)', { id: SELF, url: OWN }, true],
    ['the panel opened in a tab', { id: SELF, url: OWN, tab: { id: 4, url: OWN, index: 0, active: true } as Browser.tabs.Tab }, true],
    ['a sender with no tab and no URL', { id: SELF }, false],
    ['a sender with no tab and a web page’s URL', { id: SELF, url: 'https://evil.example/' }, false],
    ['a content script in a github.com tab', fromTab('https://github.com/mona-dev'), false],
    ['another extension’s page', { id: SELF, url: 'chrome-extension://someone-else/page.html' }, false],
    ['the extension’s URL with a web origin', { id: SELF, url: OWN, origin: 'https://evil.example' } as Browser.runtime.MessageSender, false],
    ['an unparseable URL', { id: SELF, url: 'not a url' }, false],
  ])('%s', (_label, sender, expected) => {
    expect(fromExtensionPage(sender)).toBe(expected);
  });

  test('a sender without a tab is refused unless its URL is the extension’s own', async () => {
    fakeBrowser.reset();
    for (const sender of [{ id: SELF }, { id: SELF, url: 'https://evil.example/' }] as Browser.runtime.MessageSender[]) {
      for (const message of [{ type: 'token:check' }, { type: 'data:erase-all' }, { type: 'candidate:erase', id: 'gh:mona-dev' }, { type: 'tab:evaluate', tabId: 7, force: true }]) {
        expect(await routeMessage(message, sender, SELF)).toEqual({ ok: false, error: 'refused: only extension pages may ask' });
      }
    }
  });
});

describe('hidden characters in page readings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.stubGlobal('fetch', createApiDouble({ accounts: [MONA] }).fetch);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  test('a right-to-left override, zero-width and control characters are taken out of a reported name', async () => {
    const hostile = githubProfile('mona-dev', { name: `${RLO}Mona\u200B Dev\u0007eloper\n`, bio: `Builds ${RLO}gpj.exe things\u2066` });
    expect(await routeMessage({ type: 'profile:seen', url: 'https://github.com/mona-dev', profile: hostile }, fromTab('https://github.com/mona-dev'), SELF)).toEqual({ ok: true });
    const state = await readTabState(7);
    expect(state?.profile).toMatchObject({ name: 'Mona Developer', bio: 'Builds gpj.exe things' });
    expect((await recallGithub('mona-dev'))?.name).toBe('Mona Developer');
  });

  test('a LinkedIn name and headline are put on one line', async () => {
    const li = linkedinProfile('robin-x', { name: `Robin\u202D\nX`, headline: `Staff\tEngineer${RLO}` });
    await routeMessage({ type: 'profile:seen', url: 'https://www.linkedin.com/in/robin-x/', profile: li }, fromTab('https://www.linkedin.com/in/robin-x/'), SELF);
    expect((await readTabState(7))?.profile).toMatchObject({ name: 'Robin X', headline: 'Staff Engineer' });
  });
});

describe('storage is for the extension only', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  test('both areas are restricted to trusted contexts where the browser can', async () => {
    const local = vi.fn(async () => undefined);
    const session = vi.fn(async () => undefined);
    (fakeBrowser.storage.local as unknown as Record<string, unknown>).setAccessLevel = local;
    (fakeBrowser.storage.session as unknown as Record<string, unknown>).setAccessLevel = session;
    expect(await restrictStorageToExtension()).toEqual(['local', 'session']);
    expect(local).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
    expect(session).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
  });

  test('a browser that cannot restrict storage.local (Chrome before 140) still gets session restricted', async () => {
    (fakeBrowser.storage.local as unknown as Record<string, unknown>).setAccessLevel = vi.fn(async () => {
      throw new Error('This StorageArea does not support setAccessLevel');
    });
    (fakeBrowser.storage.session as unknown as Record<string, unknown>).setAccessLevel = vi.fn(async () => undefined);
    expect(await restrictStorageToExtension()).toEqual(['session']);
  });

  test('no setAccessLevel at all (Firefox): nothing is restricted, nothing fails', async () => {
    delete (fakeBrowser.storage.local as unknown as Record<string, unknown>).setAccessLevel;
    delete (fakeBrowser.storage.session as unknown as Record<string, unknown>).setAccessLevel;
    expect(await restrictStorageToExtension()).toEqual([]);
  });
});

describe('the session area is pruned', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  test('readings beyond the newest MAX_SEEN_ENTRIES go, the newest stay', async () => {
    for (let i = 0; i < MAX_SEEN_ENTRIES + 5; i++) await rememberGithub(githubProfile(`dev-${i}`));
    const seen = Object.keys(await fakeBrowser.storage.session.get(null)).filter((k) => k.startsWith('seen:'));
    expect(seen.length).toBeLessThanOrEqual(MAX_SEEN_ENTRIES);
    expect(await recallGithub(`dev-${MAX_SEEN_ENTRIES + 4}`)).not.toBeNull();
  });

  test('by size too: big readings push out the oldest', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      for (let i = 0; i < 5; i++) {
        vi.setSystemTime(Date.parse('2026-11-20T12:00:00Z') + i * 1000);
        await rememberGithub(githubProfile(`big-${i}`, { bio: 'x'.repeat(10_000) }));
      }
    } finally {
      vi.useRealTimers();
    }
    expect(await pruneSeen({ chars: 25_000 })).toBe(3);
    expect(await recallGithub('big-4')).not.toBeNull();
    expect(await recallGithub('big-0')).toBeNull();
  });

  test('a reading stored before readings were dated is still read, and pruned first', async () => {
    await fakeBrowser.storage.session.set({ 'seen:gh:old-one': githubProfile('old-one') });
    expect((await recallGithub('old-one'))?.login).toBe('old-one');
    await rememberGithub(githubProfile('new-one'));
    expect(await pruneSeen({ entries: 1 })).toBe(1);
    expect(await recallGithub('old-one')).toBeNull();
    expect(await recallGithub('new-one')).not.toBeNull();
  });

  test('tab states of tabs that are gone are dropped when the worker starts', async () => {
    const state = (tabId: number) => ({ version: 1 as const, tabId, url: '', status: 'idle' as const, profile: null, evidence: null, partial: null, error: null, rateLimit: null, runId: 'r', updatedAt: 1 });
    const open = await fakeBrowser.tabs.create({ url: 'https://github.com/' });
    await writeTabState(state(open.id!));
    await writeTabState(state(9999));
    expect(await pruneSession()).toBe(1);
    expect(await readTabState(9999)).toBeNull();
    expect(await readTabState(open.id!)).not.toBeNull();
  });
});
