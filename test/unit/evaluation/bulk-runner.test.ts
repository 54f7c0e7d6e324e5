import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BULK_ALARM, cancelBulk, onBulkAlarm, runBulk, startBulk, type BulkRunOptions } from '@/lib/evaluation/bulk-runner';
import { readBulkQueue, writeBulkQueue } from '@/lib/bulk/bulk-queue-store';
import { newQueue } from '@/lib/bulk/queue-machine';
import { eraseAllCandidates, listCandidates, saveCandidate } from '@/lib/candidates';
import { clearHttpCache } from '@/lib/github/http-cache';
import { createApiDouble, type ApiDouble } from '../../support/api-double';
import { MONA, makeAccount } from '../../support/accounts';

const NOW = Date.parse('2026-11-20T12:00:00Z');
const RESET_S = NOW / 1000 + 1800;

const ADA = makeAccount('ada-l', 'Ada Lovelace', [
  { name: 'analytical', language: 'Python', size: 1800, pushedAt: '2026-10-01T09:00:00Z', stars: 40, topics: ['django', 'postgresql'] },
  { name: 'notes', language: 'Python', size: 300, pushedAt: '2026-06-01T09:00:00Z' },
]);
const LINUS = makeAccount('linus-t', 'Linus T', [
  { name: 'kernel-tools', language: 'C', size: 5000, pushedAt: '2026-11-01T09:00:00Z', stars: 500 },
  { name: 'svc', language: 'Go', size: 900, pushedAt: '2026-09-01T09:00:00Z', topics: ['docker', 'redis'] },
]);

let clock = NOW;
const options: BulkRunOptions = { now: () => clock, timeScale: 1, retries: 0 };
let api: ApiDouble;

function useApi(double: ApiDouble): void {
  api = double;
  vi.stubGlobal('fetch', double.fetch);
}

function asked(login: string): number {
  return api.log.filter((r) => new URL(r.url).pathname.startsWith(`/users/${login}`)).length;
}

async function statuses(): Promise<Record<string, string>> {
  const q = await readBulkQueue();
  return Object.fromEntries((q?.items ?? []).map((i) => [i.login, i.status]));
}

beforeEach(async () => {
  fakeBrowser.reset();
  clock = NOW;
  await eraseAllCandidates();
  await clearHttpCache();
  useApi(createApiDouble({ accounts: [MONA, ADA, LINUS], resetAt: RESET_S }));
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('bulk evaluation of GitHub logins', () => {
  test('three logins are evaluated and land in the candidate list with their scores, role and tags', async () => {
    const started = await startBulk({ logins: ['https://github.com/mona-dev', '@ada-l', 'linus-t'], matrixId: 'backend-mid', tags: ['bulk-nov'] }, options);
    expect(started).toMatchObject({ ok: true, queued: 3, rejected: [] });
    expect(await runBulk(options)).toBe('finished');

    expect(await statuses()).toEqual({ 'mona-dev': 'done', 'ada-l': 'done', 'linus-t': 'done' });
    const { candidates } = await listCandidates();
    const byLogin = new Map(candidates.map((c) => [c.githubLogin, c]));
    expect([...byLogin.keys()].sort()).toEqual(['ada-l', 'linus-t', 'mona-dev']);
    const mona = byLogin.get('mona-dev')!;
    expect(mona.name).toBe('Mona Developer');
    expect(mona.roleId).toBe('backend-mid');
    expect(mona.tags).toEqual(['bulk-nov']);
    expect(mona.snapshot.matrixId).toBe('backend-mid');
    expect(mona.snapshot.skills.map((s) => s.skill)).toContain('go');
    expect(byLogin.get('ada-l')!.snapshot.skills.map((s) => s.skill)).toContain('python');
    for (const c of candidates) {
      expect(c.snapshot.overall).toBeGreaterThanOrEqual(0);
      expect(c.snapshot.overall).toBeLessThanOrEqual(100);
    }
    // the queue remembers where each result went and the score it was saved with
    const q = await readBulkQueue();
    expect(q?.items.find((i) => i.login === 'ada-l')).toMatchObject({ candidateId: byLogin.get('ada-l')!.id, overall: byLogin.get('ada-l')!.snapshot.overall });
    expect(q?.runner).toBeNull();
    expect(await fakeBrowser.alarms.get(BULK_ALARM)).toBeUndefined();
  });

  test('an unknown login is marked failed with the reason while the others carry on', async () => {
    await startBulk({ logins: ['mona-dev', 'no-such-person', 'ada-l'] }, options);
    expect(await runBulk(options)).toBe('finished');
    expect(await statuses()).toEqual({ 'mona-dev': 'done', 'no-such-person': 'failed', 'ada-l': 'done' });
    const failed = (await readBulkQueue())?.items.find((i) => i.login === 'no-such-person');
    expect(failed?.error).toMatch(/no such user/i);
    expect((await listCandidates()).candidates.map((c) => c.githubLogin).sort()).toEqual(['ada-l', 'mona-dev']);
  });

  // 4: the limit is spent exactly after two logins (user + one page of repositories each), so the
  // third waits before it starts; 5: the third gets its user and the limit runs out under it.
  for (const limit of [4, 5]) {
    test(`the rate limit running out (${limit} requests) holds the queue until the reset, then it completes`, async () => {
      useApi(createApiDouble({ accounts: [MONA, ADA, LINUS], rateLimit: limit, resetAt: RESET_S }));
      await startBulk({ logins: ['mona-dev', 'ada-l', 'linus-t'] }, options);
      expect(await runBulk(options)).toBe('waiting');

      expect(await statuses()).toEqual({ 'mona-dev': 'done', 'ada-l': 'done', 'linus-t': 'waiting' });
      const q = await readBulkQueue();
      expect(q?.waitingUntil).toBe(RESET_S * 1000);
      expect(q?.items.find((i) => i.login === 'linus-t')?.attempts).toBe(0);
      expect((await fakeBrowser.alarms.get(BULK_ALARM))?.scheduledTime).toBe(RESET_S * 1000 + 1000);
      expect((await listCandidates()).candidates).toHaveLength(2);
      // nothing was asked after GitHub said the limit was spent
      expect(api.log.filter((r) => r.url.includes('linus-t')).length).toBe(limit === 5 ? 1 : 0);

      // the alarm before the reset finds the limit still spent: it waits again, asking nothing
      clock = RESET_S * 1000 - 60_000;
      const before = api.log.length;
      expect(await onBulkAlarm({ name: BULK_ALARM }, options)).toBe('waiting');
      expect(api.log.length).toBe(before);

      // a new window at GitHub, and the alarm after the reset
      clock = RESET_S * 1000 + 2000;
      useApi(createApiDouble({ accounts: [MONA, ADA, LINUS], rateLimit: limit, resetAt: RESET_S + 3600 }));
      expect(await onBulkAlarm({ name: BULK_ALARM }, options)).toBe('finished');
      expect(await statuses()).toEqual({ 'mona-dev': 'done', 'ada-l': 'done', 'linus-t': 'done' });
      expect((await listCandidates()).candidates.map((c) => c.githubLogin).sort()).toEqual(['ada-l', 'linus-t', 'mona-dev']);
      // the user answer fetched before the limit ran out came from the cache
      expect(asked('linus-t')).toBe(limit === 5 ? 1 : 2);
    });
  }

  test('a worker stopped mid-login: the next start re-runs it, without a second candidate', async () => {
    // the first worker saved ada-l and died before marking it done
    await startBulk({ logins: ['ada-l'] }, options);
    await runBulk(options);
    expect((await listCandidates()).candidates).toHaveLength(1);
    const q = newQueue({ id: 'bulk-restart', logins: ['ada-l', 'linus-t'], matrixId: 'backend-senior', tags: ['again'], now: NOW - 200_000 });
    await writeBulkQueue({
      ...q,
      runner: { id: 'dead-worker', heartbeatAt: NOW - 90_000 },
      items: [{ login: 'ada-l', status: 'running', attempts: 1, startedAt: NOW - 120_000 }, { login: 'linus-t', status: 'queued', attempts: 0 }],
    });

    // browser restart: runtime.onStartup resumes the run
    expect(await runBulk(options)).toBe('finished');
    expect(await statuses()).toEqual({ 'ada-l': 'done', 'linus-t': 'done' });
    expect((await readBulkQueue())?.items[0]?.attempts).toBe(2);
    const { candidates } = await listCandidates();
    expect(candidates.map((c) => c.githubLogin).sort()).toEqual(['ada-l', 'linus-t']);
    expect(candidates.find((c) => c.githubLogin === 'ada-l')?.tags).toEqual(['again']);
  });

  test('a second trigger while a runner is alive does nothing but look again when its lease would lapse', async () => {
    await startBulk({ logins: ['mona-dev'] }, options);
    const q = await readBulkQueue();
    await writeBulkQueue({ ...q!, runner: { id: 'live-worker', heartbeatAt: NOW - 5_000 } });
    expect(await runBulk(options)).toBe('busy');
    expect(api.log).toHaveLength(0);
    expect(await statuses()).toEqual({ 'mona-dev': 'queued' });
    expect((await fakeBrowser.alarms.get(BULK_ALARM))?.scheduledTime).toBe(NOW - 5_000 + 30_000 + 1000);
  });

  test('cancel stops the run: what is saved stays, nothing more is asked or saved', async () => {
    const cancelOnAda: typeof fetch = async (input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (url.endsWith('/users/ada-l')) await cancelBulk(options);
      return api.fetch(input, init);
    };
    vi.stubGlobal('fetch', cancelOnAda);
    await startBulk({ logins: ['mona-dev', 'ada-l', 'linus-t'] }, options);
    expect(await runBulk(options)).toBe('cancelled');

    expect(await statuses()).toEqual({ 'mona-dev': 'done', 'ada-l': 'cancelled', 'linus-t': 'cancelled' });
    expect((await listCandidates()).candidates.map((c) => c.githubLogin)).toEqual(['mona-dev']);
    expect(asked('linus-t')).toBe(0);
    expect(await fakeBrowser.alarms.get(BULK_ALARM)).toBeUndefined();
    // a cancelled run is not resumed
    expect(await runBulk(options)).toBe('idle');
  });

  test('a new run is refused while one is under way, and replaces a finished one', async () => {
    expect(await startBulk({ logins: ['mona-dev'] }, options)).toMatchObject({ ok: true });
    expect(await startBulk({ logins: ['ada-l'] }, options)).toMatchObject({ ok: false, error: expect.stringMatching(/already under way/) });
    await runBulk(options);
    expect(await startBulk({ logins: ['ada-l', 'settings', 'bad_login'] }, options)).toMatchObject({
      ok: true,
      queued: 1,
      rejected: [
        { input: 'settings', reason: 'reserved' },
        { input: 'bad_login', reason: 'invalid-login' },
      ],
    });
    expect(await statuses()).toEqual({ 'ada-l': 'queued' });
  });

  test('a list with no logins, or an unknown role, starts nothing', async () => {
    expect(await startBulk({ logins: ['https://github.com/settings'] }, options)).toMatchObject({ ok: false, rejected: [{ reason: 'reserved' }] });
    expect(await startBulk({ logins: ['mona-dev'], matrixId: 'no-such-role' }, options)).toMatchObject({ ok: false, error: 'No role "no-such-role"' });
    expect(await readBulkQueue()).toBeNull();
  });

  test('re-evaluating a person saved from their page keeps what the page showed, in the same record', async () => {
    await startBulk({ logins: ['mona-dev'] }, options);
    await runBulk(options);
    const first = (await listCandidates()).candidates[0]!;
    // the recruiter had saved Mona from her profile page: pinned repositories, time zone, a LinkedIn link
    await saveCandidate({
      profiles: {
        github: {
          ...first.profiles.github!,
          pinned: [{ owner: 'mona-dev', name: 'orbit-api', description: null, language: 'Go', stars: 120, forks: 3 }],
          socialLinks: ['https://www.linkedin.com/in/mona-dev'],
          utcOffsetHours: 1,
        },
      },
      snapshot: first.snapshot,
      tags: ['page'],
    });
    await startBulk({ logins: ['MONA-DEV'], tags: ['second'] }, options);
    await runBulk(options);
    const { candidates } = await listCandidates();
    expect(candidates).toHaveLength(1);
    expect(candidates[0]?.id).toBe(first.id);
    expect(candidates[0]?.tags.sort()).toEqual(['page', 'second']);
    expect(candidates[0]?.profiles.github?.pinned.map((r) => r.name)).toEqual(['orbit-api']);
    expect(candidates[0]?.profiles.github?.utcOffsetHours).toBe(1);
    expect(candidates[0]?.linkedinUrl).toMatch(/^https:\/\/www\.linkedin\.com\/in\/mona-dev\/?$/);
  });
});
