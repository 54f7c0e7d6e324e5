/**
 * A recruiter at a company with GitHub Enterprise Server: sets the host up in
 * the options page, grants it, and reads a profile there with the host's own
 * API and token, while github.com keeps its own.
 *
 * Granting: Chromium's permission prompt (from chrome.permissions.request) cannot
 * be answered by Playwright, and headless Chromium neither accepts nor rejects
 * it. So the grant is made the other way Chromium offers a person: the
 * extension's "Site access → Add site" on chrome://extensions, which calls
 * chrome.developerPrivate.addHostPermission. Then the options page's own Save
 * runs unchanged: chrome.permissions.request resolves true at once for a host
 * already granted, and everything after it is the production path.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, openPanel, tabIdOf, type Session } from './harness';
import { createApiDouble } from '../support/api-double';
import { MONA } from '../support/accounts';

const HOST = 'ghe.example.test';
const GITHUB_TOKEN = 'github-com-token-1111';
const ENTERPRISE_TOKEN = 'enterprise-token-2222';

const githubApi = createApiDouble({ accounts: [MONA] });
const enterpriseApi = createApiDouble({ accounts: [MONA] });

let session: Session;
/** the Enterprise profile's tab and its panel, kept open for the revocation test */
let enterpriseTab: { page: Page; panel: Page } | null = null;
beforeAll(async () => {
  session = await launch({ github: { '/mona-dev': 'github/profile-current.html' } }, githubApi);
  await session.routeHost(HOST, { '/mona-dev': 'github/profile-current.html' }, enterpriseApi);
});
afterAll(async () => {
  await session?.close();
});

interface DeveloperPrivate {
  addHostPermission(extensionId: string, host: string): Promise<void>;
  removeHostPermission(extensionId: string, host: string): Promise<void>;
}

/** What a person does on chrome://extensions → Hirelens → Site access. */
async function siteAccess(action: 'add' | 'remove', origin: string): Promise<void> {
  const page = await session.context.newPage();
  await page.goto('chrome://extensions/');
  await page.evaluate(
    async ({ id, origin, action }) => {
      const api = (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome.developerPrivate;
      await (action === 'add' ? api.addHostPermission(id, origin) : api.removeHostPermission(id, origin));
    },
    { id: session.extensionId, origin, action },
  );
  await page.close();
}

/** The hosts the background has registered the GitHub content script for at run time. */
async function registeredHosts(): Promise<string[]> {
  const [worker] = session.context.serviceWorkers();
  if (!worker) return [];
  return worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<Array<{ matches?: string[] }>> } } }).chrome;
    return (await c.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []);
  });
}

/** The options page with its folded Advanced section opened, as a recruiter with no Enterprise host set up opens it. */
async function options(): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  const advanced = page.getByTestId('advanced');
  expect(await advanced.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
  expect(await page.getByTestId('enterprise-host-input').isVisible()).toBe(false);
  await advanced.locator('summary').click();
  await expect.poll(() => page.getByTestId('enterprise-host-input').isVisible()).toBe(true);
  return page;
}

async function panelStateFor(url: string): Promise<{ page: Page; panel: Page }> {
  const page = await session.context.newPage();
  await page.goto(url);
  const panel = await openPanel(session, await tabIdOf(session, page));
  return { page, panel };
}

function tokensSentTo(api: typeof githubApi): string[] {
  return api.log.map((r) => r.headers.authorization ?? '');
}

describe('a recruiter with GitHub Enterprise', () => {
  test('an invalid host is refused with a reason, and nothing is asked of the browser', async () => {
    const page = await options();
    await page.getByTestId('enterprise-host-input').fill('https://ghe.example.test/login');
    await page.getByTestId('enterprise-host-save').click();
    const status = page.getByTestId('enterprise-status');
    await expect.poll(() => status.getAttribute('data-kind')).toBe('error');
    expect(await status.textContent()).toMatch(/host name only/i);
    expect(await page.getByTestId('enterprise-host-current').textContent()).toMatch(/no enterprise host/i);
    await page.close();
  });

  test('after granting the host, a profile there is read with the host’s API and token, and github.com keeps its own', async () => {
    const page = await options();
    await page.getByTestId('token-input').fill(GITHUB_TOKEN);
    await page.getByTestId('token-save').click();
    await expect.poll(() => page.getByTestId('token-status').count()).toBe(1);
    expect(await page.getByTestId('token-status').textContent()).toBe('Connected as @mona-dev · 60 lookups an hour');
    // connecting asked github.com's API, with the github.com token, whose it is; nothing else was read there
    expect(githubApi.log.map((r) => new URL(r.url).pathname)).toEqual(['/user']);
    expect(tokensSentTo(githubApi).every((h) => h.includes(GITHUB_TOKEN))).toBe(true);
    const githubAsked = githubApi.log.length;

    await siteAccess('add', `https://${HOST}/*`);
    await page.getByTestId('enterprise-host-input').fill('GHE.Example.test');
    await page.getByTestId('enterprise-host-save').click();
    await expect.poll(() => page.getByTestId('enterprise-status').getAttribute('data-kind')).toBe('ok');
    expect(await page.getByTestId('enterprise-host-current').textContent()).toContain(HOST);
    await page.getByTestId('enterprise-token-input').fill(ENTERPRISE_TOKEN);
    await page.getByTestId('enterprise-token-save').click();
    await expect.poll(() => page.getByTestId('enterprise-status').textContent()).toMatch(/token saved/i);
    await page.close();

    await expect.poll(registeredHosts, { timeout: 15_000 }).toEqual([`https://${HOST}/*`]);

    const enterprise = await panelStateFor(`https://${HOST}/mona-dev`);
    const root = enterprise.panel.getByTestId('panel');
    await expect.poll(() => root.getAttribute('data-state'), { timeout: 30_000 }).toBe('ready');
    expect(await enterprise.panel.getByTestId('profile-id').textContent()).toBe('mona-dev');
    expect(await enterprise.panel.getByTestId('profile-name').textContent()).toBe('Mona Developer');
    // the evidence came from the Enterprise host's API (/api/v3, /api/graphql), with its own token only
    expect(enterpriseApi.log.length).toBeGreaterThan(0);
    expect(tokensSentTo(enterpriseApi).every((h) => h.includes(ENTERPRISE_TOKEN))).toBe(true);
    expect(githubApi.log).toHaveLength(githubAsked);
    enterpriseTab = enterprise;

    const github = await panelStateFor('https://github.com/mona-dev');
    await expect.poll(() => github.panel.getByTestId('panel').getAttribute('data-state'), { timeout: 30_000 }).toBe('ready');
    // the same login on github.com is asked of github.com's API, not answered from the Enterprise host's cache
    expect(githubApi.log.length).toBeGreaterThan(0);
    expect(tokensSentTo(githubApi).every((h) => h.includes(GITHUB_TOKEN))).toBe(true);
    expect(tokensSentTo(enterpriseApi).some((h) => h.includes(GITHUB_TOKEN))).toBe(false);
    await github.panel.close();
    await github.page.close();
  });

  test('revoking the host’s permission stops Hirelens reading it', async () => {
    if (!enterpriseTab) throw new Error('the previous test left no Enterprise tab');
    const { page, panel } = enterpriseTab;
    await siteAccess('remove', `https://${HOST}/*`);
    await expect.poll(registeredHosts, { timeout: 15_000 }).toEqual([]);
    const asked = enterpriseApi.log.length;
    // the recruiter reloads the profile: nothing reads it any more, the panel shows nobody
    await page.reload();
    await expect.poll(() => panel.getByTestId('panel').getAttribute('data-state'), { timeout: 30_000 }).toBe('idle');
    expect(await panel.getByTestId('profile-name').count()).toBe(0);
    expect(enterpriseApi.log.length).toBe(asked);
    await panel.close();
    await page.close();
  });
});
