/**
 * Trust boundaries in the built extension, checked the way an outside review
 * would: the token is in no storage area a content script can read; deleting
 * a person leaves no trace of them in any store; after GitHub's secondary
 * rate limit nothing is asked before retry-after, however the panel is poked.
 * (The erase is asked with the panel's message from an extension page, so the
 * check does not depend on where the panel shows its Delete button.)
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { launch, openPanel, reloadPanel, tabIdOf, type Session } from './harness';
import { createApiDouble } from '../support/api-double';
import { MONA } from '../support/accounts';

const TOKEN = 'github_pat_e2e_trust_boundaries_0001';
const PAGES = { github: { '/mona-dev': 'github/profile-current.html' } };

function worker(session: Session): Worker {
  const [w] = session.context.serviceWorkers();
  if (!w) throw new Error('no service worker');
  return w;
}

/** Every extension storage area as text, read from the worker. */
async function storageText(session: Session): Promise<string> {
  return worker(session).evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { storage: Record<'local' | 'session', { get(k: null): Promise<unknown> }> } }).chrome;
    return JSON.stringify([await c.storage.local.get(null), await c.storage.session.get(null)]);
  });
}

/** Every key (and, for candidates, every record) of an IndexedDB store of the extension, as text. */
async function indexedDbText(session: Session, dbName: string, store: string): Promise<string> {
  return worker(session).evaluate(
    async ({ dbName, store }) =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open(dbName);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(store)) {
            db.close();
            resolve('');
            return;
          }
          const all = db.transaction(store, 'readonly').objectStore(store).getAll();
          all.onsuccess = () => {
            db.close();
            resolve(JSON.stringify(all.result));
          };
          all.onerror = () => reject(all.error);
        };
      }),
    { dbName, store },
  );
}

async function extensionPage(session: Session, path: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/${path}`);
  return page;
}

describe('the token and erasing a person', () => {
  const api = createApiDouble({ accounts: [MONA] });
  let session: Session;
  beforeAll(async () => {
    session = await launch(PAGES, api);
  });
  afterAll(async () => {
    await session?.close();
  });

  test('a saved token is in no storage area a content script can read, and goes only to the GitHub API', async () => {
    const options = await extensionPage(session, 'options.html');
    await options.getByTestId('token-input').fill(TOKEN);
    await options.getByTestId('token-save').click();
    await expect.poll(() => options.getByTestId('token-status').count()).toBe(1);
    await options.close();
    expect(await storageText(session)).not.toContain(TOKEN);

    const page = await session.context.newPage();
    await page.goto('https://github.com/mona-dev');
    const panel = await openPanel(session, await tabIdOf(session, page));
    await expect.poll(() => panel.getByTestId('panel').getAttribute('data-state'), { timeout: 30_000 }).toBe('ready');
    expect(api.log.length).toBeGreaterThan(0);
    expect(api.log.every((r) => new URL(r.url).host === 'api.github.com' && (r.headers.authorization ?? '').includes(TOKEN))).toBe(true);
    expect(await storageText(session)).not.toContain(TOKEN);
    await panel.close();
    await page.close();
  });

  test('deleting a person leaves no trace of them in any store', async () => {
    const page = await session.context.newPage();
    await page.goto('https://github.com/mona-dev');
    const panel = await openPanel(session, await tabIdOf(session, page));
    await expect.poll(() => panel.getByTestId('panel').getAttribute('data-state'), { timeout: 30_000 }).toBe('ready');
    await panel.getByTestId('save-candidate').click();
    await expect.poll(() => indexedDbText(session, 'hirelens-candidates', 'candidates'), { timeout: 15_000 }).toContain('mona-dev');
    await panel.close();
    await page.close();
    expect(await indexedDbText(session, 'hirelens-http-cache', 'responses')).toContain('mona-dev');
    expect(await storageText(session)).toContain('mona-dev');

    const options = await extensionPage(session, 'options.html');
    const reply = await options.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome;
      return c.runtime.sendMessage({ type: 'candidate:erase', id: 'gh:mona-dev' });
    });
    await options.close();
    expect(reply).toEqual({ ok: true, data: { deleted: true } });
    expect(await indexedDbText(session, 'hirelens-candidates', 'candidates')).not.toContain('mona-dev');
    expect(await indexedDbText(session, 'hirelens-http-cache', 'responses')).not.toContain('mona-dev');
    expect(await storageText(session)).not.toContain('mona-dev');
  });
});

describe('after a secondary rate limit', () => {
  const api = createApiDouble({
    accounts: [MONA],
    faults: [{ match: /.*/, status: 403, headers: { 'retry-after': '300' }, body: '{"message":"You have exceeded a secondary rate limit. Please wait a few minutes before you try again."}' }],
  });
  let session: Session;
  beforeAll(async () => {
    session = await launch(PAGES, api);
  });
  afterAll(async () => {
    await session?.close();
  });

  test('nothing is asked before retry-after, however the page and the panel are poked', async () => {
    const page = await session.context.newPage();
    await page.goto('https://github.com/mona-dev');
    const tabId = await tabIdOf(session, page);
    const panel = await openPanel(session, tabId);
    await expect.poll(() => panel.getByTestId('panel').getAttribute('data-state'), { timeout: 30_000 }).toBe('ready');
    expect(api.log).toHaveLength(1);
    // the recruiter is told, in the profile view, that Hirelens waits and until when
    await expect.poll(() => panel.getByTestId('github-paused').textContent(), { timeout: 10_000 }).toMatch(/^GitHub asked Hirelens to slow down.*\(until .+\)$/);
    const until = Number(await panel.getByTestId('github-paused').getAttribute('data-until'));
    expect(until - Date.now()).toBeGreaterThan(200_000);
    expect(until - Date.now()).toBeLessThanOrEqual(300_000);

    // the page reloaded, the panel reopened, another panel, the panel asking for a re-evaluation
    await page.reload();
    await reloadPanel(panel);
    const second = await openPanel(session, tabId);
    await second.evaluate(async (id) => {
      const c = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome;
      await c.runtime.sendMessage({ type: 'tab:evaluate', tabId: id, force: true });
      await c.runtime.sendMessage({ type: 'bulk:start', logins: ['mona-dev'] });
    }, tabId);
    await expect.poll(() => second.getByTestId('panel').getAttribute('data-state'), { timeout: 30_000 }).toBe('ready');
    // and in the Bulk view
    await second.getByTestId('nav-bulk').click();
    await expect.poll(() => second.getByTestId('github-paused').count(), { timeout: 10_000 }).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(api.log).toHaveLength(1);
    await second.close();
    await panel.close();
    await page.close();
  });
});
