import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { routeMessage } from '@/entrypoints/background/router';
import { readTabState } from '@/lib/evaluation/tab-state-store';
import { removeEnterpriseToken, removeToken, writeEnterpriseHost, writeEnterpriseToken, writeToken } from '@/lib/settings/settings-store';
import { createApiDouble } from '../../support/api-double';
import { MONA } from '../../support/accounts';
import { githubProfile, SELF, fromTab } from '../../support/profiles';

const HOST = 'ghe.example.com';

const mona = githubProfile('mona-dev', { name: 'Mona Developer', followers: 10, following: 2 });


function report(url: string) {
  return { type: 'profile:seen', url, profile: mona };
}

describe('reports from a GitHub Enterprise host', () => {
  let githubApi: ReturnType<typeof createApiDouble>;
  let enterpriseApi: ReturnType<typeof createApiDouble>;
  /** every request the background made, by host, with the token it carried */
  let sent: Array<{ host: string; authorization: string | null }>;
  let granted: Set<string>;

  beforeEach(async () => {
    fakeBrowser.reset();
    // the tokens live in IndexedDB, which fakeBrowser.reset() does not clear
    await removeToken();
    await removeEnterpriseToken();
    githubApi = createApiDouble({ accounts: [MONA] });
    enterpriseApi = createApiDouble({ accounts: [MONA] });
    sent = [];
    granted = new Set([`https://${HOST}/*`]);
    (fakeBrowser.permissions as unknown as Record<string, unknown>).contains = vi.fn(async (p: { origins?: string[] }) =>
      (p.origins ?? []).every((o) => granted.has(o)),
    );
    vi.stubGlobal('fetch', (async (input, init) => {
      const u = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
      sent.push({ host: u.host, authorization: new Headers(init?.headers).get('authorization') });
      if (u.host !== HOST) return githubApi.fetch(input, init);
      // the Enterprise API answers at /api/v3 and /api/graphql what github.com answers at / and /graphql
      const path = u.pathname === '/api/graphql' ? '/graphql' : u.pathname.replace(/^\/api\/v3/, '');
      return enterpriseApi.fetch(`https://api.github.com${path}${u.search}`, init);
    }) as typeof fetch);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  test('a report from the configured, granted host is evaluated with that host’s API and token only', async () => {
    await writeEnterpriseHost(HOST);
    await writeEnterpriseToken(HOST, 'ghe-token');
    await writeToken('github-com-token');
    const reply = await routeMessage(report(`https://${HOST}/mona-dev`), fromTab(`https://${HOST}/mona-dev`), SELF);
    expect(reply).toEqual({ ok: true });
    const state = await readTabState(7);
    expect(state?.status).toBe('ready');
    expect(state?.profile).toMatchObject({ login: 'mona-dev' });
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((r) => r.host === HOST)).toBe(true);
    expect(sent.every((r) => r.authorization?.includes('ghe-token'))).toBe(true);
    expect(githubApi.log).toHaveLength(0);
  });

  test('github.com reports keep the github.com API and token while an Enterprise host is set up', async () => {
    await writeEnterpriseHost(HOST);
    await writeEnterpriseToken(HOST, 'ghe-token');
    await writeToken('github-com-token');
    await routeMessage(report('https://github.com/mona-dev'), fromTab('https://github.com/mona-dev'), SELF);
    expect((await readTabState(7))?.status).toBe('ready');
    expect(sent.every((r) => r.host === 'api.github.com')).toBe(true);
    expect(sent.some((r) => r.authorization?.includes('ghe-token'))).toBe(false);
    expect(enterpriseApi.log).toHaveLength(0);
  });

  const refused: Array<[string, () => Promise<void>, unknown, Browser.runtime.MessageSender]> = [
    ['a host that is not configured', async () => undefined, report(`https://${HOST}/mona-dev`), fromTab(`https://${HOST}/mona-dev`)],
    ['the configured host before it is granted', async () => {
      await writeEnterpriseHost(HOST);
      granted.clear();
    }, report(`https://${HOST}/mona-dev`), fromTab(`https://${HOST}/mona-dev`)],
    ['another host than the configured one', async () => {
      await writeEnterpriseHost(HOST);
    }, report('https://evil.example.com/mona-dev'), fromTab('https://evil.example.com/mona-dev')],
    ['a github.com tab claiming an Enterprise profile', async () => {
      await writeEnterpriseHost(HOST);
    }, report(`https://${HOST}/mona-dev`), fromTab('https://github.com/mona-dev')],
    ['an Enterprise tab claiming a github.com profile', async () => {
      await writeEnterpriseHost(HOST);
    }, report('https://github.com/mona-dev'), fromTab(`https://${HOST}/mona-dev`)],
    ['plain http on the configured host', async () => {
      await writeEnterpriseHost(HOST);
    }, report(`http://${HOST}/mona-dev`), fromTab(`http://${HOST}/mona-dev`)],
  ];

  test.each(refused)('refuses a report from %s and asks no API', async (_label, arrange, message, sender) => {
    await arrange();
    const reply = await routeMessage(message, sender, SELF);
    expect(reply).toEqual({ ok: false, error: 'refused: report from another site' });
    expect(await readTabState(7)).toBeNull();
    expect(sent).toHaveLength(0);
  });

  test('a tab left on a host that is no longer set up is not evaluated against github.com', async () => {
    await writeEnterpriseHost(HOST);
    await routeMessage(report(`https://${HOST}/mona-dev`), fromTab(`https://${HOST}/mona-dev`), SELF);
    const asked = sent.length;
    await writeEnterpriseHost(null);
    await routeMessage({ type: 'tab:evaluate', tabId: 7, force: true }, { id: SELF, url: fakeBrowser.runtime.getURL('/sidepanel.html') }, SELF);
    const state = await readTabState(7);
    expect(state?.status).toBe('error');
    expect(state?.error).toMatch(/no longer set up/i);
    expect(sent).toHaveLength(asked);
  });
});
