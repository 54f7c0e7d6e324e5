/**
 * Failures end to end, as a recruiter meets them in the panel: a GitHub API
 * that fails and recovers, a person GitHub does not know, a rate limit spent
 * mid-way, and the service worker stopped in the middle of an evaluation.
 * Each test runs in its own browser profile, so no cache or limit carries over.
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { CDPSession, Page, Route } from 'playwright-core';
import { launch, openPanel, reloadPanel, tabIdOf, type Session } from './harness';
import { createApiDouble, type ApiDouble, type ApiDoubleOptions } from '../support/api-double';
import { MONA } from '../support/accounts';

/** Mirrors STALE_LOADING_MS in entrypoints/background/evaluate-tab.ts: a `loading` older than this is resumed. */
const STALE_LOADING_MS = 20_000;

const pages = { github: { '/mona-dev': 'github/profile-current.html' } };

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

async function start(options: ApiDoubleOptions): Promise<{ api: ApiDouble; session: Session }> {
  const api = createApiDouble(options);
  session = await launch(pages, api);
  return { api, session };
}

async function openMona(s: Session): Promise<{ page: Page; panel: Page; tabId: number }> {
  const page = await s.context.newPage();
  await page.goto('https://github.com/mona-dev');
  const tabId = await tabIdOf(s, page);
  const panel = await openPanel(s, tabId);
  return { page, panel, tabId };
}

function stateOf(panel: Page): Promise<string | null> {
  return panel.getByTestId('panel').getAttribute('data-state');
}

function languagesOf(panel: Page): Promise<(string | null)[]> {
  return panel.getByTestId('language').evaluateAll((els) => els.map((e) => e.getAttribute('data-language')));
}

function asked(api: ApiDouble, path: string): number {
  return api.log.filter((r) => new URL(r.url).pathname === path).length;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}

describe('GitHub failing', () => {
  test('a 500 that recovers: the client retries and the panel ends ready with the languages', async () => {
    const { api, session: s } = await start({
      accounts: [MONA],
      faults: [
        { match: /^GET \/users\/mona-dev$/, status: 500, times: 2 },
        { match: /^GET \/users\/mona-dev\/repos\b/, status: 502, times: 1 },
      ],
    });
    const { panel } = await openMona(s);
    await expect.poll(() => stateOf(panel), { timeout: 45_000 }).toBe('ready');
    const languages = await languagesOf(panel);
    expect(languages[0]).toBe('Go');
    expect(languages).toContain('Python');
    expect(await panel.getByTestId('error').count()).toBe(0);
    expect(await panel.getByTestId('partial-notice').count()).toBe(0);
    // two failures then an answer for the user, one failure then an answer for the repositories
    expect(asked(api, '/users/mona-dev')).toBe(3);
    expect(asked(api, '/users/mona-dev/repos')).toBe(2);
  });

  test('a person GitHub does not know: a clear error with a Retry that asks again', async () => {
    const { api, session: s } = await start({ accounts: [] });
    const { panel } = await openMona(s);
    await expect.poll(() => stateOf(panel), { timeout: 30_000 }).toBe('error');
    const error = panel.getByTestId('error');
    expect(await error.textContent()).toMatch(/no such user/i);
    // what the page shows is still there
    expect(await panel.getByTestId('profile-name').textContent()).toBe('Mona Developer');
    const retry = error.getByRole('button');
    expect(await retry.count()).toBe(1);

    // the account appears (a typo fixed, a rename undone): Retry finds it
    const before = asked(api, '/users/mona-dev');
    api.accounts.set('mona-dev', MONA);
    await retry.click();
    await expect.poll(() => stateOf(panel), { timeout: 30_000 }).toBe('ready');
    expect(asked(api, '/users/mona-dev')).toBe(before + 1);
    expect(await languagesOf(panel)).toContain('Go');
    expect(await panel.getByTestId('error').count()).toBe(0);
  });

  test('the rate limit runs out mid-way: a labelled partial result that completes after the reset', async () => {
    const resetAt = Math.floor(Date.now() / 1000) + 12;
    const { api, session: s } = await start({ accounts: [MONA], rateLimit: 1, resetAt, windowSeconds: 3600 });
    const { panel } = await openMona(s);

    await expect.poll(() => stateOf(panel), { timeout: 30_000 }).toBe('ready');
    const notice = panel.getByTestId('partial-notice');
    expect(await notice.count()).toBe(1);
    expect(await notice.textContent()).toMatch(/partial/i);
    const rate = panel.getByTestId('rate-limit');
    await expect.poll(() => rate.getAttribute('data-remaining'), { timeout: 10_000 }).toBe('0');
    const firstReset = Date.parse((await rate.getAttribute('data-reset')) ?? '');
    expect(firstReset).toBe(resetAt * 1000);
    // the person is shown; the repositories are what is missing
    expect(await panel.getByTestId('profile-name').textContent()).toBe('Mona Developer');
    expect(await panel.getByTestId('language').count()).toBe(0);
    expect(asked(api, '/users/mona-dev/repos')).toBe(0);

    // after the reset, opening the panel again asks the background to finish
    await sleep(resetAt * 1000 - Date.now() + 1_500);
    await reloadPanel(panel);
    await expect.poll(() => panel.getByTestId('partial-notice').count(), { timeout: 30_000 }).toBe(0);
    expect(await stateOf(panel)).toBe('ready');
    const languages = await languagesOf(panel);
    expect(languages[0]).toBe('Go');
    expect(languages).toContain('Python');
    // the user came from the cache; only the repositories were asked for
    expect(asked(api, '/users/mona-dev')).toBe(1);
    expect(asked(api, '/users/mona-dev/repos')).toBe(1);
    await expect
      .poll(async () => Date.parse((await panel.getByTestId('rate-limit').getAttribute('data-reset')) ?? ''), { timeout: 10_000 })
      .toBeGreaterThan(firstReset);
  });
});

describe('a deep evaluation under the rate limit', () => {
  test('"dig deeper" is not offered while the requests left cannot finish it, and is once the limit resets', async () => {
    const resetAt = Math.floor(Date.now() / 1000) + 15;
    // 19 requests: the quick plan's two leave 17, one short of what reading Mona's 6 repositories in depth may cost (18)
    const { session: s } = await start({ accounts: [MONA], rateLimit: 19, resetAt, windowSeconds: 3600 });
    const { panel } = await openMona(s);
    await expect.poll(() => stateOf(panel), { timeout: 30_000 }).toBe('ready');
    await expect.poll(() => panel.getByTestId('rate-limit').getAttribute('data-remaining'), { timeout: 10_000 }).toBe('17');
    const dig = panel.getByTestId('dig-deeper');
    expect(await dig.isDisabled()).toBe(true);
    expect(await panel.getByTestId('dig-deeper-cost').textContent()).toMatch(/needs about 18, 17 are left until/);

    await sleep(resetAt * 1000 - Date.now() + 1_500);
    await reloadPanel(panel);
    await expect.poll(() => stateOf(panel), { timeout: 30_000 }).toBe('ready');
    expect(await panel.getByTestId('dig-deeper').isDisabled()).toBe(false);
    expect(await panel.getByTestId('dig-deeper-cost').textContent()).toMatch(/up to 6 repositories: about 18 requests of your 19 left/);
    await panel.getByTestId('dig-deeper').click();
    await expect.poll(() => panel.getByTestId('skill-evidence').evaluateAll((els) => els.map((e) => e.getAttribute('data-skill'))), { timeout: 30_000 }).toContain('fastapi');
    expect(await panel.getByTestId('dig-deeper').count()).toBe(0);
  });

  test('runs out mid-way through "dig deeper": partial and labelled, then completes in depth after the reset', async () => {
    const resetAt = Math.floor(Date.now() / 1000) + 15;
    // enough requests to offer it, but GitHub says the limit is spent at the first manifest
    const { session: s } = await start({
      accounts: [MONA],
      rateLimit: 60,
      resetAt,
      windowSeconds: 3600,
      faults: [{ match: /^GET \/repos\/mona-dev\/[^/]+\/contents\//, status: 403, times: 1, headers: { 'x-ratelimit-remaining': '0' } }],
    });
    const { panel } = await openMona(s);
    await expect.poll(() => stateOf(panel), { timeout: 30_000 }).toBe('ready');
    expect(await panel.getByTestId('partial-notice').count()).toBe(0);
    const skillsOf = () => panel.getByTestId('skill-evidence').evaluateAll((els) => els.map((e) => e.getAttribute('data-skill')));
    // FastAPI shows only in a manifest (requirements.txt), which only the deep plan reads
    expect(await skillsOf()).not.toContain('fastapi');

    await panel.getByTestId('dig-deeper').click();
    await expect.poll(() => panel.getByTestId('partial-notice').count(), { timeout: 30_000 }).toBe(1);
    expect(await stateOf(panel)).toBe('ready');
    await expect.poll(() => panel.getByTestId('rate-limit').getAttribute('data-remaining'), { timeout: 10_000 }).toBe('0');
    expect(await skillsOf()).not.toContain('fastapi');

    await sleep(resetAt * 1000 - Date.now() + 1_500);
    await reloadPanel(panel);
    await expect.poll(() => panel.getByTestId('partial-notice').count(), { timeout: 30_000 }).toBe(0);
    expect(await stateOf(panel)).toBe('ready');
    // completed in depth, not quietly downgraded to the quick plan
    await expect.poll(skillsOf, { timeout: 10_000 }).toContain('fastapi');
    expect(await panel.getByTestId('dig-deeper').count()).toBe(0);
  });
});

interface WorkerVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: string;
}

/** Watches the extension's service worker through the DevTools protocol's ServiceWorker domain. */
async function watchWorker(cdp: CDPSession, extensionId: string) {
  const versions = new Map<string, WorkerVersion>();
  cdp.on('ServiceWorker.workerVersionUpdated', (event: { versions: WorkerVersion[] }) => {
    for (const v of event.versions) {
      if (v.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) versions.set(v.versionId, v);
    }
  });
  await cdp.send('ServiceWorker.enable');
  const running = () => [...versions.values()].filter((v) => v.runningStatus === 'running' || v.runningStatus === 'starting');
  return { versions, running };
}

describe('the service worker stopped mid-evaluation', () => {
  test('the evaluation completes when the panel asks again', async () => {
    const { api, session: s } = await start({ accounts: [MONA] });

    // Hold the first repository-list request, so the worker is stopped with the evaluation in flight.
    let arrived!: () => void;
    const heldArrived = new Promise<void>((resolve) => (arrived = resolve));
    let held: Route | null = null;
    let repoRequests = 0;
    await s.context.route('https://api.github.com/users/mona-dev/repos**', async (route) => {
      repoRequests += 1;
      if (repoRequests === 1) {
        held = route;
        arrived();
        return;
      }
      const request = route.request();
      const res = api.handle({ method: request.method(), url: request.url(), headers: request.headers(), body: request.postData() });
      await route.fulfill({ status: res.status, headers: res.headers, body: res.body });
    });

    const { page, panel } = await openMona(s);
    await heldArrived;
    expect(await stateOf(panel)).toBe('loading');
    expect(await panel.getByTestId('profile-name').textContent()).toBe('Mona Developer');

    const cdp = await s.context.newCDPSession(panel);
    const worker = await watchWorker(cdp, s.extensionId);
    await expect.poll(() => worker.running().length, { timeout: 10_000 }).toBeGreaterThan(0);
    for (const v of worker.running()) await cdp.send('ServiceWorker.stopWorker', { versionId: v.versionId });
    await expect.poll(() => worker.running().length, { timeout: 10_000 }).toBe(0);
    const stoppedAt = Date.now();
    // the interrupted request never gets its answer
    await (held as Route | null)?.abort('connectionaborted').catch(() => undefined);

    // Nothing finishes the evaluation by itself: the worker is gone, the stored state says loading.
    await sleep(stoppedAt + STALE_LOADING_MS + 1_500 - Date.now());
    expect(await stateOf(panel)).toBe('loading');
    expect(await panel.getByTestId('language').count()).toBe(0);

    // The recruiter opens the panel again: it asks the background, which wakes and resumes.
    await reloadPanel(panel);
    await expect.poll(() => stateOf(panel), { timeout: 30_000 }).toBe('ready');
    const languages = await languagesOf(panel);
    expect(languages[0]).toBe('Go');
    expect(languages).toContain('Python');
    expect(await panel.getByTestId('error').count()).toBe(0);
    // resumed, not restarted from nothing: the user came from the cache, the list was asked again
    expect(asked(api, '/users/mona-dev')).toBe(1);
    expect(repoRequests).toBe(2);
    await cdp.detach().catch(() => undefined);
    await panel.close();
    await page.close();
  });
});
