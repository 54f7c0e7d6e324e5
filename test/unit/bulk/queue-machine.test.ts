import { describe, expect, test } from 'vitest';
import {
  LEASE_MS,
  MAX_ATTEMPTS,
  acquireLease,
  cancelQueue,
  markDone,
  markFailed,
  newQueue,
  phaseOf,
  planStep,
  progressOf,
} from '@/lib/bulk/queue-machine';
import { BulkQueue } from '@/lib/bulk/queue-schema';

const NOW = Date.parse('2026-11-20T12:00:00Z');

function queueOf(logins: string[]): BulkQueue {
  return newQueue({ id: 'bulk-1', logins, matrixId: 'backend-senior', tags: ['bulk'], now: NOW });
}

function leased(q: BulkQueue, id = 'r1', at = NOW): BulkQueue {
  const r = acquireLease(q, id, at);
  if (!r.acquired) throw new Error('expected the lease');
  return r.queue;
}

describe('the bulk queue state machine', () => {
  test('a new queue is every login queued, in order, and passes its schema', () => {
    const q = queueOf(['mona-dev', 'ada-l']);
    expect(BulkQueue.parse(q)).toEqual(q);
    expect(q.items.map((i) => [i.login, i.status, i.attempts])).toEqual([
      ['mona-dev', 'queued', 0],
      ['ada-l', 'queued', 0],
    ]);
    expect(phaseOf(q, NOW)).toBe('running');
  });

  test('steps run the logins one by one until the queue is finished', () => {
    let q = leased(queueOf(['mona-dev', 'ada-l']));
    const first = planStep(q, 'r1', NOW, null);
    expect(first).toMatchObject({ kind: 'run', login: 'mona-dev' });
    q = first.queue!;
    expect(q.items[0]).toMatchObject({ status: 'running', attempts: 1, startedAt: NOW });
    q = markDone(q, 'mona-dev', { candidateId: 'gh:mona-dev', overall: 71 }, NOW + 1);
    const second = planStep(q, 'r1', NOW + 2, null);
    expect(second).toMatchObject({ kind: 'run', login: 'ada-l' });
    q = markFailed(second.queue!, 'ada-l', 'GitHub has no such user', NOW + 3);
    const third = planStep(q, 'r1', NOW + 4, null);
    expect(third).toMatchObject({ kind: 'stop', reason: 'finished' });
    expect(progressOf(q)).toEqual({ total: 2, done: 1, failed: 1, cancelled: 0, finished: 2 });
    expect(phaseOf(q, NOW + 4)).toBe('done');
  });

  test('an exhausted rate limit holds the next login until the reset', () => {
    const q = leased(queueOf(['mona-dev', 'ada-l']));
    const resetAt = NOW + 30 * 60_000;
    const s = planStep(q, 'r1', NOW, resetAt);
    expect(s).toMatchObject({ kind: 'wait', until: resetAt, login: 'mona-dev' });
    expect(s.queue?.items[0]).toMatchObject({ status: 'waiting', attempts: 0 });
    expect(s.queue?.waitingUntil).toBe(resetAt);
    expect(phaseOf(s.queue!, NOW)).toBe('waiting');
    // after the reset the held login goes first
    const after = planStep(s.queue, 'r1', resetAt + 1000, null);
    expect(after).toMatchObject({ kind: 'run', login: 'mona-dev' });
    expect(after.queue?.waitingUntil).toBeNull();
  });

  test('a second runner is refused while the first one beats its heart, and told when to look again', () => {
    const q = leased(queueOf(['mona-dev']), 'r1', NOW);
    const r = acquireLease(q, 'r2', NOW + 5_000);
    expect(r).toEqual({ acquired: false, queue: q, retryAt: NOW + LEASE_MS });
    expect(planStep(q, 'r2', NOW + 5_000, null)).toMatchObject({ kind: 'stop', reason: 'lost-lease' });
  });

  test('a runner that stopped beating loses the queue, and its running login goes back in line', () => {
    let q = leased(queueOf(['mona-dev', 'ada-l']), 'dead', NOW);
    q = planStep(q, 'dead', NOW, null).queue!;
    expect(q.items[0]?.status).toBe('running');
    const r = acquireLease(q, 'r2', NOW + 90_000);
    expect(r.acquired).toBe(true);
    expect(r.queue?.items[0]).toMatchObject({ login: 'mona-dev', status: 'queued', attempts: 1 });
    expect(r.queue?.runner).toEqual({ id: 'r2', heartbeatAt: NOW + 90_000 });
  });

  test(`a login that was interrupted ${MAX_ATTEMPTS} times is given up rather than tried forever`, () => {
    let q = queueOf(['crashy', 'ada-l']);
    for (let n = 0; n < MAX_ATTEMPTS; n++) {
      const at = NOW + n * 120_000;
      q = leased(q, `r${n}`, at);
      q = planStep(q, `r${n}`, at, null).queue!;
    }
    const r = acquireLease(q, 'last', NOW + MAX_ATTEMPTS * 120_000);
    expect(r.queue?.items[0]).toMatchObject({ status: 'failed', error: `Stopped after ${MAX_ATTEMPTS} interrupted attempts` });
    expect(r.queue?.items[1]?.status).toBe('queued');
  });

  test('cancelling marks everything unfinished cancelled and keeps what is done', () => {
    let q = leased(queueOf(['mona-dev', 'ada-l', 'linus-t']));
    q = markDone(planStep(q, 'r1', NOW, null).queue!, 'mona-dev', { candidateId: 'gh:mona-dev', overall: 70 }, NOW);
    q = planStep(q, 'r1', NOW, null).queue!;
    q = cancelQueue(q, NOW + 1);
    expect(q.items.map((i) => i.status)).toEqual(['done', 'cancelled', 'cancelled']);
    expect(phaseOf(q, NOW + 1)).toBe('cancelled');
    expect(planStep(q, 'r1', NOW + 2, null)).toMatchObject({ kind: 'stop', reason: 'cancelled' });
    expect(acquireLease(q, 'r2', NOW + 60_000).acquired).toBe(false);
  });

  test('a finished queue offers no lease', () => {
    const q = markDone(queueOf(['mona-dev']), 'mona-dev', { candidateId: 'gh:mona-dev', overall: 1 }, NOW);
    expect(acquireLease(q, 'r1', NOW)).toEqual({ acquired: false, queue: q, retryAt: null });
    expect(acquireLease(null, 'r1', NOW)).toEqual({ acquired: false, queue: null, retryAt: null });
  });
});
