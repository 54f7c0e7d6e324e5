/**
 * The bulk queue's state machine: pure transitions from one stored queue to
 * the next. The runner (entrypoints/background/bulk.ts) reads the queue,
 * applies one of these, writes it back, and does the slow work in between.
 */
import { BULK_QUEUE_VERSION, type BulkItem, type BulkQueue } from './queue-schema';

/** A runner whose heartbeat is older than this is taken as gone. */
export const LEASE_MS = 30_000;
/** A running runner beats its heart this often. */
export const HEARTBEAT_MS = 10_000;
/** A `running` item started this long ago with no live runner was interrupted. */
export const STALE_RUNNING_MS = 60_000;
/** An item interrupted this many times (it keeps killing the worker) is given up. */
export const MAX_ATTEMPTS = 3;

export interface NewQueueInput {
  id: string;
  logins: readonly string[];
  matrixId: string;
  tags: readonly string[];
  now: number;
}

export function newQueue({ id, logins, matrixId, tags, now }: NewQueueInput): BulkQueue {
  return {
    version: BULK_QUEUE_VERSION,
    id,
    items: logins.map((login) => ({ login, status: 'queued', attempts: 0 })),
    matrixId,
    tags: [...tags],
    waitingUntil: null,
    cancelled: false,
    runner: null,
    startedAt: now,
    updatedAt: now,
  };
}

const OPEN: ReadonlySet<BulkItem['status']> = new Set(['queued', 'running', 'waiting']);

/** Work is left and the recruiter has not cancelled. */
export function isActive(queue: BulkQueue | null): boolean {
  return queue !== null && !queue.cancelled && queue.items.some((i) => OPEN.has(i.status));
}

export type BulkPhase = 'running' | 'waiting' | 'done' | 'cancelled';

/** `now` null: a stored `waitingUntil` counts as waiting (the runner clears it when it carries on). */
export function phaseOf(queue: BulkQueue, now: number | null): BulkPhase {
  if (queue.cancelled) return 'cancelled';
  if (!isActive(queue)) return 'done';
  const held = queue.waitingUntil !== null && (now === null || queue.waitingUntil > now);
  if (held && !queue.items.some((i) => i.status === 'running')) return 'waiting';
  return 'running';
}

export interface BulkProgress {
  total: number;
  /** evaluated and saved */
  done: number;
  failed: number;
  cancelled: number;
  /** done + failed: the items the run has finished with */
  finished: number;
}

export function progressOf(queue: BulkQueue): BulkProgress {
  const count = (s: BulkItem['status']) => queue.items.filter((i) => i.status === s).length;
  const done = count('done');
  const failed = count('failed');
  return { total: queue.items.length, done, failed, cancelled: count('cancelled'), finished: done + failed };
}

function sameLogin(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function withItem(queue: BulkQueue, login: string, now: number, change: (item: BulkItem) => BulkItem): BulkQueue {
  return { ...queue, updatedAt: now, items: queue.items.map((i) => (sameLogin(i.login, login) ? change(i) : i)) };
}

function leaseIsFresh(queue: BulkQueue, now: number): boolean {
  return queue.runner !== null && now - queue.runner.heartbeatAt < LEASE_MS;
}

/** An item left `running` by a runner that is gone goes back in line, or fails after too many interruptions. */
function recovered(item: BulkItem, now: number, orphaned: boolean): BulkItem {
  if (item.status !== 'running') return item;
  const stale = orphaned || item.startedAt === undefined || now - item.startedAt > STALE_RUNNING_MS;
  if (!stale) return item;
  if (item.attempts >= MAX_ATTEMPTS) {
    return { ...item, status: 'failed', finishedAt: now, error: `Stopped after ${item.attempts} interrupted attempts` };
  }
  return { ...item, status: 'queued' };
}

export type LeaseResult = { acquired: true; queue: BulkQueue } | { acquired: false; queue: BulkQueue | null; retryAt: number | null };

/**
 * Takes the queue for `runnerId` unless another runner's lease is fresh. Items
 * the previous runner left running go back in line (it was stopped mid-item;
 * re-running them is idempotent: the HTTP cache answers what was fetched and
 * saving merges into the same candidate).
 */
export function acquireLease(queue: BulkQueue | null, runnerId: string, now: number): LeaseResult {
  if (queue === null || !isActive(queue)) return { acquired: false, queue, retryAt: null };
  if (leaseIsFresh(queue, now) && queue.runner?.id !== runnerId) {
    return { acquired: false, queue, retryAt: (queue.runner?.heartbeatAt ?? now) + LEASE_MS };
  }
  const orphaned = queue.runner?.id !== runnerId;
  return {
    acquired: true,
    queue: { ...queue, runner: { id: runnerId, heartbeatAt: now }, updatedAt: now, items: queue.items.map((i) => recovered(i, now, orphaned)) },
  };
}

export function holdsLease(queue: BulkQueue | null, runnerId: string): queue is BulkQueue {
  return queue !== null && queue.runner?.id === runnerId;
}

export function beat(queue: BulkQueue, runnerId: string, now: number): BulkQueue {
  return holdsLease(queue, runnerId) ? { ...queue, runner: { id: runnerId, heartbeatAt: now } } : queue;
}

export function releaseLease(queue: BulkQueue, runnerId: string, now: number): BulkQueue {
  return holdsLease(queue, runnerId) ? { ...queue, runner: null, updatedAt: now } : queue;
}

/** The item to evaluate next: the one held by the rate limit first, then the first queued. */
function nextItem(queue: BulkQueue): BulkItem | null {
  return queue.items.find((i) => i.status === 'waiting') ?? queue.items.find((i) => i.status === 'queued') ?? null;
}

export type Step =
  | { kind: 'stop'; reason: 'lost-lease' | 'cancelled' | 'finished'; queue: BulkQueue | null }
  | { kind: 'wait'; until: number; login: string; queue: BulkQueue }
  | { kind: 'run'; login: string; queue: BulkQueue };

/**
 * What the runner does next, given the queue as stored and when the rate limit
 * the evaluation spends is exhausted until (null: requests may go out).
 */
export function planStep(queue: BulkQueue | null, runnerId: string, now: number, exhaustedUntil: number | null, reason: string | null = null): Step {
  if (!holdsLease(queue, runnerId)) return { kind: 'stop', reason: 'lost-lease', queue };
  if (queue.cancelled) return { kind: 'stop', reason: 'cancelled', queue };
  const next = nextItem(queue);
  if (!next) return { kind: 'stop', reason: 'finished', queue: { ...queue, waitingUntil: null, waitingReason: null, updatedAt: now } };
  const beaten = beat(queue, runnerId, now);
  if (exhaustedUntil !== null && exhaustedUntil > now) {
    return { kind: 'wait', until: exhaustedUntil, login: next.login, queue: markWaiting(beaten, next.login, exhaustedUntil, now, false, reason) };
  }
  return { kind: 'run', login: next.login, queue: markRunning(beaten, next.login, now) };
}

export function markRunning(queue: BulkQueue, login: string, now: number): BulkQueue {
  const next = withItem(queue, login, now, (i) => ({ ...i, status: 'running', attempts: i.attempts + 1, startedAt: now, error: undefined }));
  return { ...next, waitingUntil: null, waitingReason: null };
}

/**
 * Holds `login` until the rate limit resets (or GitHub's pause ends).
 * `undoAttempt`: the item had started and the limit ran out under it; that
 * start does not count as an attempt. `reason`: what the panel says.
 */
export function markWaiting(queue: BulkQueue, login: string, until: number, now: number, undoAttempt = false, reason: string | null = null): BulkQueue {
  const next = withItem(queue, login, now, (i) =>
    i.status === 'cancelled' ? i : { ...i, status: 'waiting', attempts: undoAttempt ? Math.max(0, i.attempts - 1) : i.attempts },
  );
  return { ...next, waitingUntil: until, waitingReason: reason?.slice(0, 500) ?? null };
}

export function markDone(queue: BulkQueue, login: string, result: { candidateId: string; overall: number }, now: number): BulkQueue {
  return withItem(queue, login, now, (i) => ({ ...i, status: 'done', finishedAt: now, candidateId: result.candidateId, overall: result.overall, error: undefined }));
}

export function markFailed(queue: BulkQueue, login: string, error: string, now: number): BulkQueue {
  return withItem(queue, login, now, (i) => ({ ...i, status: 'failed', finishedAt: now, error: error.slice(0, 500) }));
}

/** The item's current status (case-insensitive login), or null when it is not in the queue. */
export function statusOf(queue: BulkQueue | null, login: string): BulkItem['status'] | null {
  return queue?.items.find((i) => sameLogin(i.login, login))?.status ?? null;
}

/** The logins that failed, in queue order. */
export function failedLogins(queue: BulkQueue | null): string[] {
  return queue ? queue.items.filter((i) => i.status === 'failed').map((i) => i.login) : [];
}

/**
 * "Retry failed": every failed item goes back in line with its attempts and
 * error cleared, and the run carries on (a finished or cancelled run becomes
 * active again; items that were cancelled stay cancelled). The same queue
 * object when nothing failed.
 */
export function retryFailed(queue: BulkQueue, now: number): BulkQueue {
  if (!queue.items.some((i) => i.status === 'failed')) return queue;
  return {
    ...queue,
    cancelled: false,
    waitingUntil: null,
    waitingReason: null,
    updatedAt: now,
    items: queue.items.map((i): BulkItem => (i.status === 'failed' ? { login: i.login, status: 'queued', attempts: 0 } : i)),
  };
}

/**
 * The queue without these logins (a person erased): their items go, whatever
 * their state; a running one is then not saved (the runner records a result
 * only for an item still running). Null when nothing is left. The same queue
 * object when none of them was in it.
 */
export function withoutLogins(queue: BulkQueue, logins: readonly string[], now: number): BulkQueue | null {
  const gone = new Set(logins.map((l) => l.toLowerCase()));
  const items = queue.items.filter((i) => !gone.has(i.login.toLowerCase()));
  if (items.length === queue.items.length) return queue;
  if (items.length === 0) return null;
  return { ...queue, items, updatedAt: now };
}

/** Stops the run: everything not finished is cancelled (a running item's result is not saved). */
export function cancelQueue(queue: BulkQueue, now: number): BulkQueue {
  return {
    ...queue,
    cancelled: true,
    waitingUntil: null,
    waitingReason: null,
    updatedAt: now,
    items: queue.items.map((i) => (OPEN.has(i.status) ? { ...i, status: 'cancelled', finishedAt: now } : i)),
  };
}
