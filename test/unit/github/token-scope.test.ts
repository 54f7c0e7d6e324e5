import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { GithubApiError, GithubClient } from '@/lib/github/client';
import { evaluateGithub } from '@/lib/evaluation/gather-github';
import { isApiRequestOf, scopeOfApiBase } from '@/lib/github/token-scope';
import { checkToken } from '@/entrypoints/background/check-token';
import { removeToken, writeEnterpriseHost, writeToken } from '@/lib/settings/settings-store';
import { createApiDouble } from '../../support/api-double';
import { MONA } from '../../support/accounts';

const NOW = Date.parse('2026-11-20T12:00:00Z');
const TOKEN = 'ghp_tokentokentokentokentokentoken0001';

interface Sent {
  url: string;
  authorization: string | null;
}

/** A fetch that records every request and its authorization header, answering as the GitHub API double. */
function recorder(): { fetch: typeof fetch; sent: Sent[] } {
  const api = createApiDouble({ accounts: [MONA], rateLimit: 5000 });
  const sent: Sent[] = [];
  const f = (async (input: Parameters<typeof fetch>[0], init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    sent.push({ url, authorization: new Headers(init?.headers).get('authorization') });
    const u = new URL(url);
    const path = u.pathname === '/api/graphql' ? '/graphql' : u.pathname.replace(/^\/api\/v3/, '');
    // the double has no GET /user (who the token is): answered here
    if (path === '/user') {
      return new Response(JSON.stringify({ login: 'mona-dev' }), {
        status: 200,
        headers: { 'content-type': 'application/json', 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '4999', 'x-ratelimit-reset': String(NOW / 1000 + 3600) },
      });
    }
    return api.fetch(`https://api.github.com${path}${u.search}`, init);
  }) as typeof fetch;
  return { fetch: f, sent };
}

describe('where GitHub requests, and so the token, may go', () => {
  test.each([
    ['https://api.github.com', { kind: 'github' }],
    ['https://api.github.com/', { kind: 'github' }],
    ['https://ghe.example.com/api/v3', { kind: 'enterprise', host: 'ghe.example.com' }],
    ['https://ghe.example.com:8443/api/v3/', { kind: 'enterprise', host: 'ghe.example.com:8443' }],
    ['https://evil.example/x', null],
    ['http://api.github.com', null],
    ['https://api.github.com/x', null],
    ['https://user:pw@api.github.com', null],
    ['https://api.github.com.evil.example', null],
    ['https://github.com/api/v3', null],
    ['https://ghe.example.com/api/v3?x=1', null],
    ['not a url', null],
  ])('the API base %s', (base, scope) => {
    expect(scopeOfApiBase(base)).toEqual(scope);
  });

  test('a request belongs to its scope only on the exact host, over https, under the API paths', () => {
    const gh = { kind: 'github' } as const;
    const ghe = { kind: 'enterprise', host: 'ghe.example.com' } as const;
    expect(isApiRequestOf('https://api.github.com/users/x', gh)).toBe(true);
    expect(isApiRequestOf('https://api.github.com/graphql', gh)).toBe(true);
    expect(isApiRequestOf('https://evil.example/users/x', gh)).toBe(false);
    expect(isApiRequestOf('http://api.github.com/users/x', gh)).toBe(false);
    expect(isApiRequestOf('https://ghe.example.com/api/v3/users/x', ghe)).toBe(true);
    expect(isApiRequestOf('https://ghe.example.com/api/graphql', ghe)).toBe(true);
    expect(isApiRequestOf('https://ghe.example.com/login', ghe)).toBe(false);
    expect(isApiRequestOf('https://api.github.com/users/x', ghe)).toBe(false);
  });

  test('the token goes to https://api.github.com with each request', async () => {
    const { fetch, sent } = recorder();
    const client = new GithubClient({ token: TOKEN, fetch, retries: 0 });
    await client.getUser('mona-dev');
    expect(sent).toEqual([{ url: 'https://api.github.com/users/mona-dev', authorization: `token ${TOKEN}` }]);
  });

  test('a tampered API base gets no request, no token, and a clear error', async () => {
    const { fetch, sent } = recorder();
    const client = new GithubClient({ baseUrl: 'https://evil.example/x', token: TOKEN, fetch, retries: 2 });
    const error = await client.getUser('mona-dev').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GithubApiError);
    expect((error as GithubApiError).kind).toBe('refused');
    expect((error as GithubApiError).message).toMatch(/asks only the GitHub API.*evil\.example was refused and no token was sent/);
    expect(sent).toHaveLength(0);
  });

  test('a request for another address through a github.com client is refused at the moment it is made', async () => {
    const { fetch, sent } = recorder();
    const client = new GithubClient({ token: TOKEN, fetch, retries: 0 });
    const error = await client.octokit.request('GET https://evil.example/steal').catch((e: unknown) => e);
    expect((error as GithubApiError).kind).toBe('refused');
    expect(sent).toHaveLength(0);
  });

  test('an authorization header set by a caller is dropped; mayAuthorize decides per request', async () => {
    const { fetch, sent } = recorder();
    const asked: string[] = [];
    const client = new GithubClient({
      baseUrl: 'https://ghe.example.com/api/v3',
      token: TOKEN,
      fetch,
      retries: 0,
      mayAuthorize: (url) => {
        asked.push(url);
        return false;
      },
    });
    await client.octokit.request('GET /users/{u}', { u: 'mona-dev', headers: { authorization: 'token planted' } });
    expect(sent).toEqual([{ url: 'https://ghe.example.com/api/v3/users/mona-dev', authorization: null }]);
    expect(asked).toEqual(['https://ghe.example.com/api/v3/users/mona-dev']);
  });
});

describe('the Enterprise token is checked against settings and permissions at the moment of each request', () => {
  let granted: Set<string>;
  beforeEach(() => {
    fakeBrowser.reset();
    granted = new Set(['https://ghe.example.com/*']);
    (fakeBrowser.permissions as unknown as Record<string, unknown>).contains = vi.fn(async (p: { origins?: string[] }) => (p.origins ?? []).every((o) => granted.has(o)));
  });

  const run = (f: typeof fetch) =>
    evaluateGithub({ login: 'mona-dev', now: NOW, token: 'ghe-token', plan: 'quick', settings: { apiBase: 'https://ghe.example.com/api/v3' }, fetch: f, clock: () => NOW, retries: 0 });

  test('configured and granted: the token goes with every request, to that host only', async () => {
    await writeEnterpriseHost('ghe.example.com');
    const { fetch, sent } = recorder();
    expect((await run(fetch)).ok).toBe(true);
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((s) => new URL(s.url).host === 'ghe.example.com' && s.authorization === 'token ghe-token')).toBe(true);
  });

  test('a host no longer configured, or no longer granted, gets no token', async () => {
    const { fetch, sent } = recorder();
    await run(fetch);
    expect(sent.every((s) => s.authorization === null)).toBe(true);
    await writeEnterpriseHost('ghe.example.com');
    granted.clear();
    const again = recorder();
    await run(again.fetch);
    expect(again.sent.length).toBeGreaterThan(0);
    expect(again.sent.every((s) => s.authorization === null)).toBe(true);
  });
});

describe('the token check', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await removeToken();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  test('a tampered API base in storage changes nothing: the check asks https://api.github.com only', async () => {
    await writeToken(TOKEN);
    await fakeBrowser.storage.local.set({ settings: { apiBase: 'https://evil.example/x' }, settings$: { v: 3 } });
    const { fetch, sent } = recorder();
    const reply = await checkToken({ fetch, now: () => NOW });
    expect(reply).toMatchObject({ login: 'mona-dev', error: null });
    expect(sent.map((s) => new URL(s.url).origin)).toEqual(['https://api.github.com']);
  });
});
