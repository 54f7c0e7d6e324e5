import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { evaluateGithub, type EvaluateGithubOptions } from '@/lib/evaluation/gather-github';
import { openHttpCache, type HttpCache } from '@/lib/github/http-cache';
import { memoryRateLimitStore } from '@/lib/github/rate-limit-store';
import { deepRestBudget, languagesLeftOut, plannedRequests } from '@/lib/github/request-planner';
import { createApiDouble, type ApiDoubleOptions } from '@/test/support/api-double';
import { MONA, manyReposAccount } from '@/test/support/accounts';

const NOW = Date.parse('2026-11-20T12:00:00Z');
const HOUR = 3_600_000;
let dbCounter = 0;
const caches: HttpCache[] = [];

function freshCache(): HttpCache {
  const cache = openHttpCache({ dbName: `test-cache-${++dbCounter}` });
  caches.push(cache);
  return cache;
}
beforeEach(() => {
  // the API's pause (a secondary limit, the circuit breaker) is kept in storage.local: each test starts without one
  fakeBrowser.reset();
});
afterEach(() => {
  for (const c of caches.splice(0)) c.close();
});

function setup(doubleOptions: Partial<ApiDoubleOptions> = {}) {
  const double = createApiDouble({ accounts: [MONA, manyReposAccount('many10', 10), manyReposAccount('many100', 100), manyReposAccount('many300', 300)], rateLimit: 5000, resetAt: NOW / 1000 + 1800, ...doubleOptions });
  const cache = freshCache();
  const run = (extra: Partial<EvaluateGithubOptions> = {}) =>
    evaluateGithub({ login: 'mona-dev', now: NOW, fetch: double.fetch, cache, retries: 2, timeScale: 1, clock: () => NOW, ...extra });
  return { double, cache, run };
}

describe('request counts per plan (cold)', () => {
  for (const n of [10, 100, 300]) {
    test(`quick plan, ${n} repositories`, async () => {
      const { double, run } = setup();
      const r = await run({ login: `many${n}` });
      expect(r.ok).toBe(true);
      expect(double.log.length).toBe(plannedRequests('quick', 'rest', n));
      expect(double.log.length).toBeLessThanOrEqual(n <= 100 ? 3 : 5);
      if (r.ok) expect(r.evidence.reposConsidered).toBe(n);
    });
    test(`deep plan by REST, ${n} repositories: ≤ 2 + 3K requests in all, the search included`, async () => {
      const { double, run } = setup();
      const r = await run({ login: `many${n}`, plan: 'deep' });
      expect(r.ok).toBe(true);
      const pages = Math.ceil(n / 100);
      const ownRepos = Math.min(10, n - Math.floor((n + 1) / 7)); // every 7th is a fork
      const leftOut = languagesLeftOut(pages, ownRepos, 10);
      expect(double.log.length).toBe(1 + pages + 3 * ownRepos + 1 - leftOut);
      expect(double.log.length).toBeLessThanOrEqual(deepRestBudget(10));
      expect(double.log.length).toBeLessThanOrEqual(plannedRequests('deep', 'rest', n));
      expect(double.log.filter((q) => q.url.includes('/search/')).length).toBe(1);
      // every deep repository's tree and manifest are read; only the lowest-ranked go without languages
      expect(double.log.filter((q) => q.url.includes('/git/trees/')).length).toBe(ownRepos);
      expect(double.log.filter((q) => q.url.includes('/contents/')).length).toBe(ownRepos);
      expect(double.log.filter((q) => q.url.endsWith('/languages')).length).toBe(ownRepos - leftOut);
      if (r.ok) {
        expect(r.evidence.deepRepos).toBe(ownRepos);
        expect(r.evidence.reposConsidered).toBe(n);
      }
    });
    test(`deep plan by GraphQL, ${n} repositories`, async () => {
      const { double, run } = setup();
      const r = await run({ login: `many${n}`, token: 'ghp_test' });
      expect(r.ok).toBe(true);
      expect(double.log.every((q) => q.method === 'POST' && q.url.endsWith('/graphql'))).toBe(true);
      expect(double.log.length).toBe(Math.ceil(n / 100) + 1);
      if (r.ok) {
        expect(r.evidence.transport).toBe('graphql');
        expect(r.evidence.reposConsidered).toBe(n);
      }
    });
  }
  test('100 repositories exactly: public_repos avoids probing an empty second page', async () => {
    const { double, run } = setup();
    await run({ login: 'many100' });
    expect(double.log.map((q) => new URL(q.url).searchParams.get('page'))).toEqual([null, '1']);
  });
});

describe('cache', () => {
  test('a revisit within the freshness window makes zero requests and gives the same evidence', async () => {
    const { double, run } = setup();
    const first = await run({ plan: 'deep' });
    const before = double.log.length;
    const second = await run({ plan: 'deep', clock: () => NOW + 23 * HOUR });
    expect(double.log.length).toBe(before);
    expect(second.ok && first.ok && second.evidence.skills).toEqual(first.ok && first.evidence.skills);
    expect(second.ok && second.evidence.requests).toBe(0);
  });
  test('after the window, conditional requests: 304s reuse the cached bodies', async () => {
    const { double, run } = setup();
    await run({ plan: 'deep' });
    const before = double.log.length;
    const again = await run({ plan: 'deep', clock: () => NOW + 25 * HOUR });
    const revalidation = double.log.slice(before);
    expect(revalidation.length).toBe(before);
    expect(revalidation.every((q) => q.headers['if-none-match'])).toBe(true);
    expect(double.notModified()).toBe(before);
    expect(again.ok && again.evidence.skills.some((s) => s.skill === 'postgresql')).toBe(true);
  });
  test('changed data after the window comes back as 200 and replaces the cached body', async () => {
    const { double, run } = setup();
    await run();
    const mona = double.accounts.get('mona-dev');
    if (mona) mona.user = { ...mona.user, followers: 999 };
    const r = await run({ clock: () => NOW + 25 * HOUR });
    expect(r.ok && r.evidence.account.followers).toBe(999);
  });
  test('a shorter freshness setting revalidates sooner', async () => {
    const { double, run } = setup();
    await run();
    const before = double.log.length;
    await run({ settings: { freshnessHours: 1 }, clock: () => NOW + 2 * HOUR });
    expect(double.log.length).toBe(before * 2);
  });
  test('API bases are cached apart and the token is not part of the key', async () => {
    const { double, run } = setup();
    await run();
    const n = double.log.length;
    await run({ settings: { apiBase: 'https://ghe.example.com/api/v3' } });
    expect(double.log.length).toBe(2 * n);
    await run({ plan: 'quick', transport: 'rest', token: 'ghp_other' });
    expect(double.log.length).toBe(2 * n);
  });
});

describe('rate limit', () => {
  test('exhausted mid-way: what was fetched is kept, marked partial with the reset time, and the state is stored', async () => {
    const { run } = setup({ rateLimit: 8 });
    const store = memoryRateLimitStore();
    const r = await run({ plan: 'deep', rateLimitStore: store });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.partial?.resumeAt).toBe(NOW + 1800 * 1000);
    expect(r.evidence.partial?.reason).toMatch(/rate limit/i);
    expect(r.evidence.skills.some((s) => s.skill === 'go')).toBe(true);
    expect(store.current.core).toMatchObject({ limit: 8, remaining: 0 });
    expect(r.rateLimit?.remaining).toBe(0);
  });
  test('a spent limit in storage (worker restarted) sends nothing until the reset and answers from the cache', async () => {
    const { double, run } = setup();
    await run();
    const store = memoryRateLimitStore({ core: { limit: 60, remaining: 0, resetAt: NOW + 31 * HOUR }, search: null, graphql: null, updatedAt: NOW });
    const before = double.log.length;
    const r = await run({ rateLimitStore: store, clock: () => NOW + 30 * HOUR });
    expect(double.log.length).toBe(before);
    expect(r.ok && r.evidence.account.login).toBe('mona-dev');
  });
  test('nothing cached and no requests left: a clear message, resume time, no rejection', async () => {
    const { run } = setup({ rateLimit: 0 });
    const r = await run();
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatch(/rate limit/i);
    expect(r.partial?.resumeAt).toBe(NOW + 1800 * 1000);
  });
});

describe('faults give clear messages', () => {
  const cases: { name: string; fault: ApiDoubleOptions['faults']; message: RegExp; status: number | null }[] = [
    { name: '404 user', fault: [{ match: /^GET \/users\/mona-dev$/, status: 404 }], message: /no such user/i, status: 404 },
    { name: '451', fault: [{ match: /^GET \/users\//, status: 451 }], message: /legal/i, status: 451 },
    { name: 'network failure', fault: [{ match: /^GET \/users\//, network: true }], message: /could not be reached/i, status: null },
    { name: 'malformed JSON', fault: [{ match: /^GET \/users\/mona-dev$/, status: 200, body: '{"login": "mona' }], message: /shape Hirelens does not understand/i, status: null },
    { name: '5xx that persists', fault: [{ match: /^GET \/users\//, status: 502 }], message: /failing \(HTTP 502\)/, status: 502 },
    {
      name: '403 primary limit with x-ratelimit-reset',
      fault: [{ match: /^GET \/users\//, status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 600) }, body: '{"message":"API rate limit exceeded"}' }],
      message: /rate limit reached/i,
      status: 403,
    },
    {
      name: '429 with retry-after longer than a worker lives',
      fault: [{ match: /^GET \/users\//, status: 429, headers: { 'retry-after': '120' }, body: '{"message":"Too many requests"}' }],
      message: /rate limit/i,
      status: 429,
    },
  ];
  for (const c of cases) {
    test(c.name, async () => {
      const { double, run } = setup({ faults: c.fault });
      const r = await run();
      expect(r.ok).toBe(false);
      // client errors are not retried; 5xx and network failures are, twice
      expect(double.log.length).toBe(c.status !== null && c.status >= 500 ? 3 : c.name === 'network failure' ? 3 : 1);
      if (r.ok) return;
      expect(r.error).toMatch(c.message);
      expect(r.status).toBe(c.status);
    });
  }
  test('429 retry-after gives the resume time', async () => {
    const { run } = setup({ faults: [{ match: /^GET \/users\//, status: 429, headers: { 'retry-after': '120' } }] });
    const r = await run();
    expect(!r.ok && r.partial?.resumeAt).toBe(NOW + 120_000);
  });
  test('5xx twice then recovery (retried)', async () => {
    const { double, run } = setup({ faults: [{ match: /^GET \/users\/mona-dev$/, status: 500, times: 2 }] });
    const r = await run();
    expect(r.ok).toBe(true);
    expect(double.log.filter((q) => q.url.endsWith('/users/mona-dev')).length).toBe(3);
  });
  test('a network failure once then recovery (retried)', async () => {
    const { run } = setup({ faults: [{ match: /^GET \/users\/mona-dev$/, network: true, times: 1 }] });
    expect((await run()).ok).toBe(true);
  });
  test('secondary rate limit with a short retry-after is waited out once', async () => {
    const { double, run } = setup({
      faults: [{ match: /repos\?/, status: 403, times: 1, headers: { 'retry-after': '1' }, body: '{"message":"You have exceeded a secondary rate limit. Please wait a few minutes before you try again."}' }],
    });
    // waits are shrunk (timeScale 1: a millisecond a second), so the clock runs a thousand times faster too
    const start = Date.now();
    const r = await run({ clock: () => NOW + (Date.now() - start) * 1000 });
    expect(r.ok && r.partial).toBeNull();
    expect(double.log.filter((q) => q.url.includes('/repos?')).length).toBe(2);
  });
  test('secondary rate limit mid-way in the deep plan: partial, with what came before', async () => {
    const { run } = setup({
      faults: [{ match: /\/git\/trees\//, status: 403, headers: { 'retry-after': '300' }, body: '{"message":"You have exceeded a secondary rate limit."}' }],
    });
    const r = await run({ plan: 'deep' });
    expect(r.ok).toBe(true);
    expect(r.ok && r.partial?.reason).toMatch(/secondary rate limit/);
    expect(r.ok && r.evidence.skills.length).toBeGreaterThan(0);
  });
  test('a missing repository in the deep plan is skipped, not fatal', async () => {
    const { run } = setup({ faults: [{ match: /\/repos\/mona-dev\/ledger\/languages/, status: 404 }] });
    const r = await run({ plan: 'deep' });
    expect(r.ok && r.partial).toBeNull();
    expect(r.ok && r.evidence.deepRepos).toBe(5);
    // its tree and manifest were still read
    expect(r.ok && r.evidence.skills.find((s) => s.skill === 'go')?.sources.some((x) => x.repo === 'mona-dev/ledger')).toBe(true);
  });
});

describe('restarts', () => {
  test('an evaluation interrupted after N requests, rerun, costs only the remaining requests', async () => {
    const reference = setup();
    await reference.run({ plan: 'deep' });
    const cold = reference.double.log.length;
    expect(cold).toBeLessThanOrEqual(plannedRequests('deep', 'rest', MONA.repos.length, 10));
    const { double, cache } = setup();
    let sent = 0;
    const dying: typeof fetch = async (input, init) => {
      if (++sent > 7) throw new Error('service worker stopped');
      return double.fetch(input, init);
    };
    const base = { login: 'mona-dev', now: NOW, cache, plan: 'deep' as const, retries: 0, timeScale: 1, clock: () => NOW };
    const interrupted = await evaluateGithub({ ...base, fetch: dying });
    expect(interrupted.ok && interrupted.partial).toBeTruthy();
    expect(double.log.length).toBe(7);
    const rerun = await evaluateGithub({ ...base, fetch: double.fetch });
    expect(rerun.ok && rerun.partial).toBeNull();
    expect(double.log.length).toBe(cold);
    expect(rerun.ok && rerun.evidence.requests).toBe(cold - 7);
    // and a third run, the worker restarted once more: nothing at all
    await evaluateGithub({ ...base, fetch: double.fetch });
    expect(double.log.length).toBe(cold);
  });
});
