import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { routeMessage } from '@/entrypoints/background/router';
import { readTabState } from '@/lib/evaluation/tab-state-store';
import { createApiDouble } from '../../support/api-double';
import { MONA } from '../../support/accounts';
import { githubProfile, SELF, fromTab } from '../../support/profiles';


const mona = githubProfile('mona-dev', { name: 'Mona Developer', followers: 10, following: 2 });


async function storedSession(): Promise<Record<string, unknown>> {
  return (await fakeBrowser.storage.session.get(null)) as Record<string, unknown>;
}

describe('the background message router', () => {
  let api: ReturnType<typeof createApiDouble>;
  beforeEach(() => {
    fakeBrowser.reset();
    api = createApiDouble({ accounts: [MONA] });
    vi.stubGlobal('fetch', api.fetch);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  test('evaluates a GitHub profile reported by a github.com tab', async () => {
    const reply = await routeMessage({ type: 'profile:seen', url: 'https://github.com/mona-dev', profile: mona }, fromTab('https://github.com/mona-dev'), SELF);
    expect(reply).toEqual({ ok: true });
    const state = await readTabState(7);
    expect(state?.status).toBe('ready');
    expect(state?.profile).toMatchObject({ login: 'mona-dev' });
    expect(state?.evidence?.languages[0]?.language).toBe('Go');
    expect(state?.evidence?.skills.map((s) => s.skill)).toContain('go');
    expect(state?.rateLimit?.remaining).toBeLessThan(60);
  });

  test('a page that is not a profile leaves the tab idle, with nothing of the previous person', async () => {
    await routeMessage({ type: 'profile:seen', url: 'https://github.com/mona-dev', profile: mona }, fromTab('https://github.com/mona-dev'), SELF);
    await routeMessage({ type: 'profile:seen', url: 'https://github.com/mona-dev/orbit-api', profile: null }, fromTab('https://github.com/mona-dev/orbit-api'), SELF);
    const state = await readTabState(7);
    expect(state?.status).toBe('idle');
    expect(state?.profile).toBeNull();
    expect(state?.evidence).toBeNull();
  });

  test("GitHub's 404 page under a profile address leaves the tab idle with its note, and a note never comes with a person", async () => {
    const note = { kind: 'not-found' as const, note: 'There is no GitHub profile at this address.' };
    const at = 'https://github.com/no-such-login';
    expect(await routeMessage({ type: 'profile:seen', url: at, profile: null, note }, fromTab(at), SELF)).toEqual({ ok: true });
    const state = await readTabState(7);
    expect(state).toMatchObject({ status: 'idle', profile: null, note });
    const both = await routeMessage({ type: 'profile:seen', url: 'https://github.com/mona-dev', profile: mona, note }, fromTab('https://github.com/mona-dev'), SELF);
    expect(both.ok).toBe(false);
    expect((await readTabState(7))?.profile).toBeNull();
  });

  test('an unknown user ends in a clear error, not a blank panel', async () => {
    const ghost = { ...mona, login: 'nobody-here' };
    await routeMessage({ type: 'profile:seen', url: 'https://github.com/nobody-here', profile: ghost }, fromTab('https://github.com/nobody-here'), SELF);
    const state = await readTabState(7);
    expect(state?.status).toBe('error');
    expect(state?.error).toMatch(/no such user/i);
  });

  const forged: Array<[string, unknown, Browser.runtime.MessageSender]> = [
    ['another extension', { type: 'profile:seen', url: 'https://github.com/mona-dev', profile: mona }, { ...fromTab('https://github.com/mona-dev'), id: 'evil' }],
    ['a tab on another site', { type: 'profile:seen', url: 'https://github.com/mona-dev', profile: mona }, fromTab('https://evil.example/mona-dev')],
    ['a LinkedIn tab claiming a GitHub profile', { type: 'profile:seen', url: 'https://github.com/mona-dev', profile: mona }, fromTab('https://www.linkedin.com/in/x/')],
    ['no tab at all', { type: 'profile:seen', url: 'https://github.com/mona-dev', profile: mona }, { id: SELF }],
    ['an unknown type', { type: 'candidates:erase' }, { id: SELF }],
    ['a malformed profile', { type: 'profile:seen', url: 'https://github.com/mona-dev', profile: { ...mona, followers: 'many' } }, fromTab('https://github.com/mona-dev')],
    ['a javascript: website', { type: 'profile:seen', url: 'https://github.com/mona-dev', profile: { ...mona, website: 'javascript:alert(1)' } }, fromTab('https://github.com/mona-dev')],
    ['an oversized message', { type: 'profile:seen', url: 'https://github.com/mona-dev', profile: { ...mona, bio: 'x'.repeat(3_000_000) } }, fromTab('https://github.com/mona-dev')],
    ['a content script asking for an evaluation', { type: 'tab:evaluate', tabId: 7, force: true }, fromTab('https://github.com/mona-dev')],
    ['not an object', 'profile:seen', { id: SELF }],
  ];

  test.each(forged)('refuses a message from %s and changes nothing', async (_label, message, sender) => {
    const before = await storedSession();
    const reply = await routeMessage(message, sender, SELF);
    expect(reply.ok).toBe(false);
    expect(await storedSession()).toEqual(before);
    expect(api.log).toHaveLength(0);
  });
});
