import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Session } from './harness';
import { createApiDouble } from '../support/api-double';
import { MONA, makeAccount } from '../support/accounts';

const ADA = makeAccount('ada-l', 'Ada Lovelace', [
  { name: 'analytical', language: 'Python', size: 1800, pushedAt: '2026-10-01T09:00:00Z', stars: 40, topics: ['django', 'postgresql'] },
  { name: 'notes', language: 'Python', size: 300, pushedAt: '2026-06-01T09:00:00Z' },
]);
const LINUS = makeAccount('linus-t', 'Linus T', [
  { name: 'kernel-tools', language: 'C', size: 5000, pushedAt: '2026-11-01T09:00:00Z', stars: 500 },
  { name: 'svc', language: 'Go', size: 900, pushedAt: '2026-09-01T09:00:00Z', topics: ['docker', 'redis'] },
]);

const api = createApiDouble({ accounts: [MONA, ADA, LINUS] });

interface StoredItem {
  login: string;
  status: string;
  candidateId?: string;
  overall?: number;
}
interface SavedCandidate {
  id: string;
  name: string;
  githubLogin: string | null;
  tags: string[];
  roleId: string;
  snapshot: { overall: number; matrixId: string };
}

/** The extension's own APIs as an extension page sees them. */
type Chrome = {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
};

async function queueItems(page: Page): Promise<StoredItem[]> {
  return page.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
    const stored = await chrome.storage.local.get('bulkQueue');
    const queue = stored.bulkQueue as { items?: StoredItem[] } | null | undefined;
    return queue?.items ?? [];
  });
}

async function savedCandidates(page: Page): Promise<SavedCandidate[]> {
  return page.evaluate(
    () =>
      new Promise<SavedCandidate[]>((resolve, reject) => {
        const open = indexedDB.open('hirelens-candidates');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('candidates', 'readonly').objectStore('candidates').getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result as SavedCandidate[]);
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

let session: Session;
beforeAll(async () => {
  session = await launch({}, api);
});
afterAll(async () => {
  await session?.close();
});

describe('a recruiter evaluating a list of GitHub logins in bulk', () => {
  test('three logins pasted as a login, an @login and a profile link are evaluated and saved to the list', async () => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tab=-1`);

    const reply = await page.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      return chrome.runtime.sendMessage({
        type: 'bulk:start',
        logins: ['mona-dev', '@ada-l', 'https://github.com/linus-t?tab=repositories', 'https://github.com/settings'],
        matrixId: 'backend-senior',
        tags: ['bulk-e2e'],
      });
    });
    expect(reply, JSON.stringify(reply)).toMatchObject({ ok: true, data: { queued: 3, rejected: [{ input: 'https://github.com/settings', reason: 'reserved' }] } });

    await expect
      .poll(async () => (await queueItems(page)).map((i) => `${i.login}:${i.status}`), { timeout: 60_000, interval: 250 })
      .toEqual(['mona-dev:done', 'ada-l:done', 'linus-t:done']);

    const candidates = await savedCandidates(page);
    expect(candidates.map((c) => c.githubLogin).sort()).toEqual(['ada-l', 'linus-t', 'mona-dev']);
    const byLogin = new Map(candidates.map((c) => [c.githubLogin, c]));
    expect(byLogin.get('mona-dev')?.name).toBe('Mona Developer');
    expect(byLogin.get('ada-l')?.name).toBe('Ada Lovelace');
    for (const c of candidates) {
      expect(c.tags).toEqual(['bulk-e2e']);
      expect(c.roleId).toBe('backend-senior');
      expect(c.snapshot.overall).toBeGreaterThanOrEqual(0);
      expect(c.snapshot.overall).toBeLessThanOrEqual(100);
    }
    // the queue shows the score each one was saved with
    const items = await queueItems(page);
    expect(items.map((i) => i.overall)).toEqual(['mona-dev', 'ada-l', 'linus-t'].map((l) => byLogin.get(l)?.snapshot.overall));

    // each person cost their user and one page of repositories, nothing for the rejected link
    const asked = api.log.map((r) => new URL(r.url).pathname);
    for (const login of ['mona-dev', 'ada-l', 'linus-t']) expect(asked).toContain(`/users/${login}`);
    expect(asked).not.toContain('/users/settings');

    // a web page cannot start a run: the router refuses messages from tabs (covered in unit tests);
    // a second start while nothing is running replaces the finished run
    const again = await page.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      return chrome.runtime.sendMessage({ type: 'bulk:start', logins: ['no-such-person'] });
    });
    expect(again).toMatchObject({ ok: true, data: { queued: 1 } });
    await expect.poll(async () => (await queueItems(page)).map((i) => i.status), { timeout: 60_000, interval: 250 }).toEqual(['failed']);
    expect((await savedCandidates(page)).length).toBe(3);
  });

  test('a run held by the rate limit carries on by itself after the browser restarts', async () => {
    // two people spend the window (a user and a page of repositories each); it resets a few seconds later
    const resetAt = Math.ceil(Date.now() / 1000) + 4;
    const spent = createApiDouble({ accounts: [MONA, ADA, LINUS], rateLimit: 4, resetAt });
    const first = await launch({}, spent);
    const page = await first.context.newPage();
    await page.goto(`chrome-extension://${first.extensionId}/sidepanel.html?tab=-1`);
    await page.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      return chrome.runtime.sendMessage({ type: 'bulk:start', logins: ['mona-dev', 'ada-l', 'linus-t'] });
    });
    await expect
      .poll(async () => (await queueItems(page)).map((i) => `${i.login}:${i.status}`), { timeout: 60_000, interval: 250 })
      .toEqual(['mona-dev:done', 'ada-l:done', 'linus-t:waiting']);
    await first.close({ keepProfile: true });

    // the browser comes back after the reset, in a new window at GitHub
    while (Date.now() < resetAt * 1000 + 500) await new Promise((r) => setTimeout(r, 200));
    const fresh = createApiDouble({ accounts: [MONA, ADA, LINUS] });
    const second = await launch({}, fresh, first.userDataDir);
    try {
      const again = await second.context.newPage();
      await again.goto(`chrome-extension://${second.extensionId}/sidepanel.html?tab=-1`);
      await expect
        .poll(async () => (await queueItems(again)).map((i) => `${i.login}:${i.status}`), { timeout: 60_000, interval: 250 })
        .toEqual(['mona-dev:done', 'ada-l:done', 'linus-t:done']);
      expect((await savedCandidates(again)).map((c) => c.githubLogin).sort()).toEqual(['ada-l', 'linus-t', 'mona-dev']);
      // only the one still missing was asked for after the restart
      expect(fresh.log.map((r) => new URL(r.url).pathname).filter((p) => p.startsWith('/users/'))).toEqual(['/users/linus-t', '/users/linus-t/repos']);
    } finally {
      await second.close();
    }
  });
});
