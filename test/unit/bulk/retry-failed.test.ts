import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { routeMessage } from '@/entrypoints/background/router';
import { readBulkQueue, writeBulkQueue } from '@/lib/bulk/bulk-queue-store';
import { cancelQueue, failedLogins, isActive, markDone, markFailed, newQueue, retryFailed, withoutLogins } from '@/lib/bulk/queue-machine';
import { BulkQueue } from '@/lib/bulk/queue-schema';
import { eraseAllCandidates, listCandidates } from '@/lib/candidates';
import { clearHttpCache } from '@/lib/github/http-cache';
import { createApiDouble } from '../../support/api-double';
import { MONA } from '../../support/accounts';
import { SELF } from '../../support/profiles';

const NOW = Date.parse('2026-11-20T12:00:00Z');
const PANEL = { id: SELF, url: fakeBrowser.runtime.getURL('/sidepanel.html') };

function finishedRun(): BulkQueue {
  let q = newQueue({ id: 'bulk-1', logins: ['mona-dev', 'ada-l', 'gone-user'], matrixId: 'backend-senior', tags: [], now: NOW });
  q = markDone(q, 'mona-dev', { candidateId: 'gh:mona-dev', overall: 70 }, NOW);
  q = markFailed(q, 'ada-l', 'GitHub could not be reached (network error)', NOW);
  q = markFailed(q, 'gone-user', 'GitHub has no such user', NOW);
  return q;
}

describe('Retry failed', () => {
  test('failed logins go back in line with a clean slate; done ones stay done; the run is active again', () => {
    const q = finishedRun();
    expect(isActive(q)).toBe(false);
    expect(failedLogins(q)).toEqual(['ada-l', 'gone-user']);
    const again = retryFailed({ ...q, items: q.items.map((i) => (i.status === 'failed' ? { ...i, attempts: 3 } : i)) }, NOW + 1);
    expect(again.items).toEqual([
      expect.objectContaining({ login: 'mona-dev', status: 'done' }),
      { login: 'ada-l', status: 'queued', attempts: 0 },
      { login: 'gone-user', status: 'queued', attempts: 0 },
    ]);
    expect(isActive(again)).toBe(true);
    expect(BulkQueue.safeParse(again).success).toBe(true);
  });

  test('a cancelled run: its failed logins run again, its cancelled ones stay cancelled', () => {
    let q = newQueue({ id: 'bulk-2', logins: ['a-1', 'b-2', 'c-3'], matrixId: 'backend-senior', tags: [], now: NOW });
    q = markFailed(q, 'a-1', 'boom', NOW);
    q = cancelQueue(q, NOW);
    const again = retryFailed(q, NOW);
    expect(again.cancelled).toBe(false);
    expect(again.items.map((i) => i.status)).toEqual(['queued', 'cancelled', 'cancelled']);
  });

  test('nothing failed: the same queue', () => {
    const q = newQueue({ id: 'bulk-3', logins: ['a-1'], matrixId: 'backend-senior', tags: [], now: NOW });
    expect(retryFailed(q, NOW)).toBe(q);
  });

  test('withoutLogins drops an erased person’s items, whatever their state', () => {
    const q = finishedRun();
    expect(withoutLogins(q, ['ADA-L'], NOW)?.items.map((i) => i.login)).toEqual(['mona-dev', 'gone-user']);
    expect(withoutLogins(q, ['nobody'], NOW)).toBe(q);
    expect(withoutLogins(q, ['mona-dev', 'ada-l', 'gone-user'], NOW)).toBeNull();
  });
});

describe('bulk:retry-failed through the router', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await eraseAllCandidates();
    await clearHttpCache();
    vi.stubGlobal('fetch', createApiDouble({ accounts: [MONA] }).fetch);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  test('the panel retries the failed logins and the run finishes them', async () => {
    let q = newQueue({ id: 'bulk-4', logins: ['mona-dev'], matrixId: 'backend-senior', tags: [], now: NOW });
    q = markFailed(q, 'mona-dev', 'GitHub could not be reached (network error)', NOW);
    await writeBulkQueue(q);
    expect(await routeMessage({ type: 'bulk:retry-failed' }, PANEL, SELF)).toEqual({ ok: true, data: { requeued: 1 } });
    await vi.waitFor(async () => {
      if ((await readBulkQueue())?.items[0]?.status !== 'done') throw new Error('still running');
    }, { timeout: 10_000, interval: 20 });
    expect((await listCandidates()).candidates.map((c) => c.id)).toEqual(['gh:mona-dev']);
  });

  test('with nothing failed it answers 0; a content script may not ask', async () => {
    expect(await routeMessage({ type: 'bulk:retry-failed' }, PANEL, SELF)).toEqual({ ok: true, data: { requeued: 0 } });
    const tab = { id: SELF, url: 'https://github.com/x', tab: { id: 3, url: 'https://github.com/x', index: 0, active: true } };
    expect(await routeMessage({ type: 'bulk:retry-failed' }, tab as never, SELF)).toEqual({ ok: false, error: 'refused: only extension pages may ask' });
  });
});
