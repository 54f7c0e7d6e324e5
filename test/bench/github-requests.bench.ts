/** Requests each GitHub plan costs (cold and warm) and the time to build evidence for 300 repositories. */
import 'fake-indexeddb/auto';
import { test } from 'vitest';
import { evaluateGithub } from '../../lib/evaluation/gather-github';
import { openHttpCache } from '../../lib/github/http-cache';
import { buildSkillEvidence } from '../../lib/evidence/build-evidence';
import { ApiRepo, ApiUser } from '../../lib/github/api-schemas';
import type { GatheredGithub } from '../../lib/github/gathered';
import { createApiDouble } from '../support/api-double';
import { manyReposAccount } from '../support/accounts';
import { medianMs, report } from './report';

const NOW = Date.parse('2026-11-20T12:00:00Z');
const SIZES = [10, 100, 300] as const;
const PLANS = [
  { name: 'quick', plan: 'quick', token: null, target: (n: number) => (n <= 100 ? '≤ 3' : '≤ 5') },
  { name: 'deep-rest', plan: 'deep', token: null, target: () => '≤ 2 + 3K = 32 in all at K=10 (pages beyond 100 and the search included)' },
  { name: 'deep-graphql', plan: 'deep', token: 'ghp_bench', target: () => 'fewer than deep-rest' },
] as const;

let db = 0;

test('github request counts', { timeout: 120_000 }, async () => {
  for (const p of PLANS) {
    for (const n of SIZES) {
      const login = `many${n}`;
      const double = createApiDouble({ accounts: [manyReposAccount(login, n)], rateLimit: 100_000 });
      const cache = openHttpCache({ dbName: `bench-${++db}` });
      const options = { login, now: NOW, fetch: double.fetch, cache, plan: p.plan, token: p.token, timeScale: 1, clock: () => NOW };
      await evaluateGithub(options);
      report(`github.requests.cold.${p.name}.${n}-repos`, double.log.length, 'requests', p.target(n));
      const before = double.log.length;
      await evaluateGithub({ ...options, clock: () => NOW + 3_600_000 });
      report(`github.requests.warm.${p.name}.${n}-repos`, double.log.length - before, 'requests', '0');
      const stale = double.log.length;
      await evaluateGithub({ ...options, clock: () => NOW + 25 * 3_600_000 });
      const sent = double.log.length - stale;
      report(`github.requests.after-freshness.${p.name}.${n}-repos`, sent, 'requests', p.token ? 're-sent: GraphQL has no ETags' : 'all conditional');
      report(`github.requests.after-freshness-304.${p.name}.${n}-repos`, double.notModified(), 'answered 304', p.token ? '0 (POST)' : `${sent} (free on the authenticated limit)`);
      cache.close();
    }
  }
});

test('evidence building time, 300 repositories', { timeout: 60_000 }, async () => {
  const account = manyReposAccount('many300', 300);
  const repos = account.repos.map((r) => ApiRepo.parse(r));
  const details: GatheredGithub['details'] = {};
  for (const r of repos.slice(0, 10)) {
    const c = account.contents?.[r.name];
    if (!c) continue;
    details[r.full_name] = {
      languages: c.languages,
      files: Object.entries(c.files).map(([path, f]) => ({ path, size: f.size ?? f.text?.length ?? null })),
      manifests: Object.entries(c.files).flatMap(([path, f]) => (f.text ? [{ path, text: f.text }] : [])),
    };
  }
  const data: GatheredGithub = { user: ApiUser.parse(account.user), repos, details, pullRequests: null };
  buildSkillEvidence(data, NOW);
  report('github.evidence.build.300-repos', await medianMs(15, () => buildSkillEvidence(data, NOW)), 'ms', '< 50 ms');
});
