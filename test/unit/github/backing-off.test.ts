/**
 * Backing off for good: after GitHub's secondary rate limit, or repeated
 * failures, no request goes out before the not-before, however the panel or
 * the worker is poked (a tab report, the panel's tab:evaluate on open, a bulk
 * run started, the bulk alarm, a worker start, a token check); and a bulk run
 * offline waits instead of failing every login.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { routeMessage } from '@/entrypoints/background/router';
import { BULK_ALARM, onBulkAlarm, runBulk, startBulk, type BulkRunOptions } from '@/lib/evaluation/bulk-runner';
import { checkToken } from '@/entrypoints/background/check-token';
import { readBulkQueue } from '@/lib/bulk/bulk-queue-store';
import { eraseAllCandidates, listCandidates } from '@/lib/candidates';
import { evaluateGithub } from '@/lib/evaluation/gather-github';
import { readTabState } from '@/lib/evaluation/tab-state-store';
import { FIRST_PAUSE_MS } from '@/lib/github/api-pause';
import { apiPauseItem, readApiPause } from '@/lib/github/api-pause-store';
import { clearHttpCache } from '@/lib/github/http-cache';
import { removeToken, writeToken } from '@/lib/settings/settings-store';
import { createApiDouble, type ApiDouble } from '../../support/api-double';
import { MONA, makeAccount } from '../../support/accounts';
import { fromTab, githubProfile, SELF } from '../../support/profiles';

const PANEL = { id: SELF, url: fakeBrowser.runtime.getURL('/sidepanel.html') };
const SECONDARY = { 'retry-after': '120' };
const SECONDARY_BODY = '{"message":"You have exceeded a secondary rate limit. Please wait a few minutes before you try again."}';

let api: ApiDouble;

function useApi(double: ApiDouble): void {
  api = double;
  vi.stubGlobal('fetch', double.fetch);
}

beforeEach(async () => {
  fakeBrowser.reset();
  await removeToken();
  await eraseAllCandidates();
  await clearHttpCache();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('after a secondary rate limit, nothing is asked before retry-after', () => {
  test('however the panel or the worker is poked', async () => {
    useApi(createApiDouble({ accounts: [MONA], faults: [{ match: /^GET \/users\/mona-dev$/, status: 403, headers: SECONDARY, body: SECONDARY_BODY }] }));
    const mona = githubProfile('mona-dev');
    await routeMessage({ type: 'profile:seen', url: 'https://github.com/mona-dev', profile: mona }, fromTab('https://github.com/mona-dev'), SELF);
    expect(api.log).toHaveLength(1);
    const state = await readTabState(7);
    // a labelled result that resumes on its own, not a failure
    expect(state?.status).toBe('ready');
    expect(state?.partial?.reason).toMatch(/secondary rate limit/i);
    const pause = await readApiPause('api.github.com');
    expect(pause.reason).toBe('secondary-rate-limit');
    expect(pause.notBefore).toBeGreaterThan(Date.now() + 100_000);

    // the panel opens and asks again; another tab reports; a bulk run starts; the alarm and a worker start; the token check
    await routeMessage({ type: 'tab:evaluate', tabId: 7, force: true }, PANEL, SELF);
    await routeMessage({ type: 'profile:seen', url: 'https://github.com/ada-l', profile: githubProfile('ada-l') }, fromTab('https://github.com/ada-l', 8), SELF);
    await startBulk({ logins: ['mona-dev', 'ada-l'] });
    expect(await runBulk()).toBe('waiting');
    expect(await onBulkAlarm({ name: BULK_ALARM })).toBe('waiting');
    await writeToken('ghp_tokentokentokentokentokentoken0001');
    const check = await checkToken();
    expect(check.error).toMatch(/asks again in/);
    expect(api.log).toHaveLength(1);

    const queue = await readBulkQueue();
    expect(queue?.items.map((i) => i.status)).toEqual(['waiting', 'queued']);
    expect(queue?.waitingReason).toMatch(/slow down/);
    expect(queue?.waitingUntil).toBe(pause.notBefore);
    expect((await readTabState(8))?.partial?.resumeAt).toBe(pause.notBefore);

    // once retry-after has passed (here: the stored not-before set in the past), requests go out again
    await apiPauseItem.setValue({ 'api.github.com': { ...pause, notBefore: Date.now() - 1 } });
    useApi(createApiDouble({ accounts: [MONA] }));
    await routeMessage({ type: 'tab:evaluate', tabId: 7, force: true }, PANEL, SELF);
    expect(api.log.length).toBeGreaterThan(0);
    expect((await readTabState(7))?.evidence?.account.login).toBe('mona-dev');
  });

  test('abuse-detection wording without retry-after holds for a minute', async () => {
    const NOW = Date.parse('2026-11-20T12:00:00Z');
    useApi(createApiDouble({ accounts: [MONA], faults: [{ match: /^GET \/users\//, status: 403, body: '{"message":"You have triggered an abuse detection mechanism."}' }] }));
    const first = await evaluateGithub({ login: 'mona-dev', now: NOW, clock: () => NOW, fetch: api.fetch, retries: 0 });
    expect(first.ok).toBe(false);
    expect(first.partial?.resumeAt).toBe(NOW + 60_000);
    const again = await evaluateGithub({ login: 'mona-dev', now: NOW + 59_000, clock: () => NOW + 59_000, fetch: api.fetch, retries: 0 });
    expect(again.partial?.resumeAt).toBe(NOW + 60_000);
    expect(api.log).toHaveLength(1);
  });
});

describe('the circuit breaker', () => {
  const NOW = Date.parse('2026-11-20T12:00:00Z');
  let clock = NOW;
  const options: BulkRunOptions = { now: () => clock, timeScale: 1, retries: 2 };
  const logins = Array.from({ length: 50 }, (_, i) => `dev-${i}`);
  const accounts = [MONA, ...logins.map((l) => makeAccount(l, l, [{ name: 'svc', language: 'Go', size: 900, pushedAt: '2026-09-01T09:00:00Z' }]))];

  beforeEach(() => {
    clock = NOW;
  });

  test('offline, a bulk run of fifty waits with a growing pause instead of failing fifty logins', async () => {
    useApi(createApiDouble({ accounts, faults: [{ match: /.*/, network: true }] }));
    await startBulk({ logins }, options);
    expect(await runBulk(options)).toBe('waiting');
    // one login's attempt and its two retries; then the breaker opened
    expect(api.log).toHaveLength(3);
    let queue = await readBulkQueue();
    expect(queue?.items.filter((i) => i.status === 'failed')).toHaveLength(0);
    expect(queue?.items[0]?.status).toBe('waiting');
    expect(queue?.waitingUntil).toBe(NOW + FIRST_PAUSE_MS);
    expect(queue?.waitingReason).toMatch(/could not be reached several times in a row/);
    expect((await fakeBrowser.alarms.get(BULK_ALARM))?.scheduledTime).toBe(NOW + FIRST_PAUSE_MS + 1000);

    // the alarm before the pause ends asks nothing
    clock = NOW + FIRST_PAUSE_MS - 1000;
    expect(await onBulkAlarm({ name: BULK_ALARM }, options)).toBe('waiting');
    expect(api.log).toHaveLength(3);

    // still offline after the pause: three more attempts, and a pause twice as long
    clock = NOW + FIRST_PAUSE_MS + 1000;
    expect(await onBulkAlarm({ name: BULK_ALARM }, options)).toBe('waiting');
    expect(api.log).toHaveLength(6);
    queue = await readBulkQueue();
    expect(queue?.waitingUntil).toBe(clock + 2 * FIRST_PAUSE_MS);

    // back online after the second pause: the whole run completes, nobody failed
    clock += 2 * FIRST_PAUSE_MS + 1000;
    useApi(createApiDouble({ accounts, rateLimit: 5000 }));
    expect(await onBulkAlarm({ name: BULK_ALARM }, options)).toBe('finished');
    queue = await readBulkQueue();
    expect(queue?.items.every((i) => i.status === 'done')).toBe(true);
    expect((await listCandidates()).candidates).toHaveLength(50);
    expect((await readApiPause('api.github.com')).strikes).toBe(0);
  });

  test('repeated 5xx answers pause a tab’s evaluation too, and say so', async () => {
    useApi(createApiDouble({ accounts: [MONA], faults: [{ match: /.*/, status: 502 }] }));
    const r = await evaluateGithub({ login: 'mona-dev', now: NOW, clock: () => NOW, fetch: api.fetch, retries: 2, timeScale: 1 });
    expect(r.ok).toBe(false);
    expect(api.log).toHaveLength(3);
    const again = await evaluateGithub({ login: 'mona-dev', now: NOW + 1000, clock: () => NOW + 1000, fetch: api.fetch, retries: 2, timeScale: 1 });
    expect(api.log).toHaveLength(3);
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error).toMatch(/pauses and asks again in 29 s/);
    expect(again.partial?.resumeAt).toBe(NOW + FIRST_PAUSE_MS);
  });
});

describe('the merged pull request search', () => {
  test('asks for public pull requests only', async () => {
    const NOW = Date.parse('2026-11-20T12:00:00Z');
    useApi(createApiDouble({ accounts: [MONA], rateLimit: 5000 }));
    await evaluateGithub({ login: 'mona-dev', now: NOW, clock: () => NOW, fetch: api.fetch, plan: 'deep', retries: 0 });
    const search = api.log.find((r) => r.url.includes('/search/issues'));
    expect(new URL(search!.url).searchParams.get('q')).toBe('author:mona-dev type:pr is:merged is:public -user:mona-dev');
  });
});
