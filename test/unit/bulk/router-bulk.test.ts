import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { routeMessage } from '@/entrypoints/background/router';
import { readBulkQueue } from '@/lib/bulk/bulk-queue-store';
import { isActive } from '@/lib/bulk/queue-machine';
import { eraseAllCandidates, listCandidates } from '@/lib/candidates';
import { clearHttpCache } from '@/lib/github/http-cache';
import { createApiDouble } from '../../support/api-double';
import { MONA, makeAccount } from '../../support/accounts';

const SELF = 'hirelens-test-id';
/** The panel as the browser reports it: a page on this extension's own origin. */
const PANEL: Browser.runtime.MessageSender = { id: SELF, url: fakeBrowser.runtime.getURL('/sidepanel.html') };
const GITHUB_TAB: Browser.runtime.MessageSender = {
  id: SELF,
  url: 'https://github.com/mona-dev',
  tab: { id: 7, url: 'https://github.com/mona-dev', index: 0, active: true } as Browser.tabs.Tab,
};

async function settled(): Promise<void> {
  await vi.waitFor(async () => {
    const q = await readBulkQueue();
    if (!q || isActive(q) || q.runner !== null) throw new Error('still running');
  }, { timeout: 10_000, interval: 20 });
}

describe('bulk messages through the router', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await eraseAllCandidates();
    await clearHttpCache();
    vi.stubGlobal('fetch', createApiDouble({ accounts: [MONA, makeAccount('ada-l', 'Ada Lovelace', [{ name: 'a', language: 'Python' }])] }).fetch);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  test('the panel starts a run; the reply comes at once and the run finishes in the background', async () => {
    const reply = await routeMessage({ type: 'bulk:start', logins: ['mona-dev', 'https://github.com/ada-l', 'settings'] }, PANEL, SELF);
    expect(reply).toMatchObject({ ok: true, data: { queued: 2, rejected: [{ input: 'settings', reason: 'reserved' }] } });
    await settled();
    expect((await readBulkQueue())?.items.map((i) => i.status)).toEqual(['done', 'done']);
    expect((await listCandidates()).candidates).toHaveLength(2);
  });

  test('a web page (a content script tab) may not start, cancel or resume a run', async () => {
    for (const type of ['bulk:start', 'bulk:cancel', 'bulk:resume'] as const) {
      const message = type === 'bulk:start' ? { type, logins: ['mona-dev'] } : { type };
      expect(await routeMessage(message, GITHUB_TAB, SELF)).toEqual({ ok: false, error: 'refused: only extension pages may ask' });
    }
    expect(await readBulkQueue()).toBeNull();
  });

  test('the panel opened in a tab of its own ("open in a window") may ask too', async () => {
    const url = fakeBrowser.runtime.getURL('/sidepanel.html');
    const panelTab: Browser.runtime.MessageSender = { id: SELF, url, tab: { id: 9, url, index: 0, active: true } as Browser.tabs.Tab };
    expect(await routeMessage({ type: 'bulk:cancel' }, panelTab, SELF)).toEqual({ ok: true, data: { cancelled: false } });
  });

  test('malformed bulk messages are refused before anything runs', async () => {
    for (const message of [{ type: 'bulk:start', logins: [] }, { type: 'bulk:start', logins: 'mona-dev' }, { type: 'bulk:start', logins: ['x'], tags: [''] }]) {
      expect(await routeMessage(message, PANEL, SELF)).toEqual({ ok: false, error: 'refused: unknown or malformed message' });
    }
  });

  test('cancel answers whether there was a run to stop; resume with nothing to do is harmless', async () => {
    expect(await routeMessage({ type: 'bulk:cancel' }, PANEL, SELF)).toEqual({ ok: true, data: { cancelled: false } });
    expect(await routeMessage({ type: 'bulk:resume' }, PANEL, SELF)).toEqual({ ok: true });
    expect(await routeMessage({ type: 'bulk:start', logins: ['nobody-here', 'https://github.com/topics'] }, PANEL, SELF)).toMatchObject({ ok: true });
    await settled();
    expect((await readBulkQueue())?.items).toMatchObject([{ login: 'nobody-here', status: 'failed' }]);
  });
});
