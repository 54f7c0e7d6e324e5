/** Bulk evaluation: requests a login costs through the runner (cold and on a re-run), runner time per login, list parsing time. */
import 'fake-indexeddb/auto';
import { test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runBulk, startBulk } from '../../lib/evaluation/bulk-runner';
import { parseLoginList } from '../../lib/bulk/parse-login-list';
import { eraseAllCandidates } from '../../lib/candidates';
import { clearHttpCache } from '../../lib/github/http-cache';
import { createApiDouble } from '../support/api-double';
import { manyReposAccount } from '../support/accounts';
import { medianMs, report } from './report';

const NOW = Date.parse('2026-11-20T12:00:00Z');
const LOGINS = Array.from({ length: 20 }, (_, i) => `bulk${i}`);

test('bulk evaluation figures', { timeout: 120_000 }, async () => {
  fakeBrowser.reset();
  await eraseAllCandidates();
  await clearHttpCache();
  const double = createApiDouble({ accounts: LOGINS.map((l, i) => manyReposAccount(l, 10 + i * 5)), rateLimit: 100_000 });
  vi.stubGlobal('fetch', double.fetch);
  const options = { now: () => NOW, timeScale: 1, retries: 0 };

  await startBulk({ logins: LOGINS }, options);
  const t0 = performance.now();
  await runBulk(options);
  const coldMs = performance.now() - t0;
  const cold = double.log.length;
  report('bulk-requests-per-login-cold', cold / LOGINS.length, 'requests', '≤ 3 (quick plan, no token)');
  report('bulk-runner-time-per-login', coldMs / LOGINS.length, 'ms', '< 500 ms, excluding GitHub latency');

  await startBulk({ logins: LOGINS }, options);
  await runBulk(options);
  report('bulk-requests-per-login-rerun', (double.log.length - cold) / LOGINS.length, 'requests', '0 within the freshness window');

  const text = Array.from({ length: 1000 }, (_, i) => (i % 3 === 0 ? `https://github.com/user-${i}?tab=repositories` : i % 3 === 1 ? `@user-${i}` : `user-${i}`)).join('\n');
  report('bulk-parse-1000-logins', await medianMs(20, () => parseLoginList(text)), 'ms', '< 50 ms');
  vi.unstubAllGlobals();
});
