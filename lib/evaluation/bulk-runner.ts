/**
 * The bulk evaluation runner. Nothing is kept in memory between steps: each
 * step reads the queue from storage, takes the next login, evaluates it
 * through the HTTP cache, saves the candidate and writes the queue back. A
 * lease in the queue keeps two triggers from running two loops; an alarm
 * brings the run back after the rate limit resets or the worker was stopped.
 */
import { clearAlarm, scheduleAlarm } from './bulk-alarm-client';
import { parseLoginList, type RejectedInput } from '../bulk/parse-login-list';
import {
  HEARTBEAT_MS,
  acquireLease,
  beat,
  cancelQueue,
  holdsLease,
  isActive,
  markDone,
  markFailed,
  markWaiting,
  newQueue,
  planStep,
  releaseLease,
  retryFailed,
  statusOf,
} from '../bulk/queue-machine';
import type { BulkQueue } from '../bulk/queue-schema';
import { updateBulkQueue } from '../bulk/bulk-queue-store';
import { getCandidate, githubKey } from '../candidates';
import { evaluateGithub, resolvePlan } from './gather-github';
import { httpCache, type HttpCache } from '../github/http-cache';
import { EMPTY_RATE_LIMIT_STATE, exhaustedUntil, type RateLimitState } from '../github/rate-limit-state';
import { rateLimitStore } from '../github/rate-limit-store';
import { NO_PAUSE, pauseText, pausedUntil, type ApiPause } from '../github/api-pause';
import { readApiPause } from '../github/api-pause-store';
import { GITHUB_API_BASE, GITHUB_API_HOST } from '../github/token-scope';
import { evaluatePerson, readingsForLogin } from './evaluate-person';
import { saveEvaluation } from './save-evaluation';
import { DEFAULT_MATRIX_ID, presetById } from '../matrix';
import { getMatrix } from '../matrix/matrix-store';
import type { GithubEvidence } from '../schemas/tab-state';
import { readSettings, readToken } from '../settings/settings-store';
import { safeHttpUrl } from '../safe-url';
import { isGithubHost } from '../page/github-url';

export { BULK_ALARM } from './bulk-alarm-client';
import { BULK_ALARM } from './bulk-alarm-client';
/** While a run is under way an alarm stands this far ahead, so a stopped worker is woken to carry on. */
export const WATCHDOG_MS = 60_000;

export interface BulkRunOptions {
  /** the clock (tests set it past a rate-limit reset) */
  now?: () => number;
  runnerId?: string;
  /** passed to the GitHub client (tests shrink retry waits) */
  timeScale?: number;
  retries?: number;
}

export interface BulkStartInput {
  logins: readonly string[];
  matrixId?: string;
  tags?: readonly string[];
}

export type BulkStartResult =
  | { ok: true; queueId: string; queued: number; rejected: RejectedInput[]; duplicates: string[] }
  | { ok: false; error: string; rejected: RejectedInput[] };

export type BulkRunOutcome = 'finished' | 'waiting' | 'cancelled' | 'busy' | 'idle' | 'lost-lease' | 'error';

function newId(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** Queues a new run. Refused while another run is unfinished; a finished or cancelled one is replaced. */
export async function startBulk(input: BulkStartInput, options: BulkRunOptions = {}): Promise<BulkStartResult> {
  const now = options.now ?? Date.now;
  const list = parseLoginList(input.logins.join('\n'));
  if (list.logins.length === 0) return { ok: false, error: 'The list has no GitHub logins or profile links', rejected: list.rejected };
  const settings = await readSettings();
  const matrixId = input.matrixId ?? settings.activeMatrixId;
  if (!(await getMatrix(matrixId))) return { ok: false, error: `No role "${matrixId}"`, rejected: list.rejected };
  const queue = newQueue({ id: newId('bulk'), logins: list.logins, matrixId, tags: input.tags ?? [], now: now() });
  const started = await updateBulkQueue((current) => (isActive(current) ? { queue: current, value: false } : { queue, value: true }));
  if (!started) return { ok: false, error: 'A bulk evaluation is already under way: cancel it or let it finish first', rejected: list.rejected };
  return { ok: true, queueId: queue.id, queued: list.logins.length, rejected: list.rejected, duplicates: list.duplicates };
}

/** Stops the run: what is saved stays; the rest is marked cancelled. True when there was a run to stop. */
export async function cancelBulk(options: BulkRunOptions = {}): Promise<boolean> {
  const now = options.now ?? Date.now;
  const cancelled = await updateBulkQueue((q) => (q && isActive(q) ? { queue: cancelQueue(q, now()), value: true } : { queue: q, value: false }));
  await clearAlarm();
  return cancelled;
}

/**
 * "Retry failed": the failed logins go back in line and the run carries on
 * (a finished or cancelled run becomes active again). Resolves to how many
 * were queued again; the caller starts the runner.
 */
export async function retryFailedBulk(options: BulkRunOptions = {}): Promise<number> {
  const now = options.now ?? Date.now;
  return updateBulkQueue((q) => {
    if (!q) return { queue: q, value: 0 };
    const next = retryFailed(q, now());
    return { queue: next, value: next === q ? 0 : q.items.filter((i) => i.status === 'failed').length };
  });
}

/** Applies `change` to the queue only while this runner holds it and the item is still running. */
function recordResult(runnerId: string, login: string, change: (q: BulkQueue) => BulkQueue): Promise<boolean> {
  return updateBulkQueue((q) =>
    holdsLease(q, runnerId) && statusOf(q, login) === 'running' ? { queue: change(q), value: true } : { queue: q, value: false },
  );
}

async function storedLimits(apiBase: string): Promise<RateLimitState> {
  try {
    return await rateLimitStore(apiBase).read();
  } catch {
    return EMPTY_RATE_LIMIT_STATE;
  }
}

async function storedPause(): Promise<ApiPause> {
  try {
    return await readApiPause(GITHUB_API_HOST);
  } catch {
    return NO_PAUSE;
  }
}

/**
 * Until when the next login must wait, and why: the spent rate limit the
 * plan needs, or the API's durable pause (a secondary limit, the circuit
 * breaker), whichever ends later. Null when requests may go out.
 */
async function heldUntil(transport: 'graphql' | 'core', at: number): Promise<{ until: number; reason: string } | null> {
  const [limits, pause] = await Promise.all([storedLimits(GITHUB_API_BASE), storedPause()]);
  const exhausted = exhaustedUntil(limits, transport, at);
  const paused = pausedUntil(pause, at);
  if (paused !== null && (exhausted === null || paused >= exhausted)) return { until: paused, reason: pauseText(pause.reason, paused, at) };
  if (exhausted !== null) return { until: exhausted, reason: 'GitHub rate limit reached' };
  return null;
}

/** Evaluates the login's evidence with what is saved of the person, scores it against the run's role and saves it. */
async function saveEvaluated(evidence: GithubEvidence, matrixId: string, tags: readonly string[], at: number): Promise<{ candidateId: string; overall: number }> {
  const matrix = (await getMatrix(matrixId)) ?? presetById(DEFAULT_MATRIX_ID);
  if (!matrix) throw new Error('No role to score against');
  const existing = await getCandidate(githubKey(evidence.account.login));
  const readings = readingsForLogin(evidence, existing?.profiles ?? null);
  const date = new Date(at);
  const htmlUrl = evidence.account.htmlUrl;
  const safe = safeHttpUrl(htmlUrl);
  const onOtherHost = safe !== null && !isGithubHost(new URL(safe));
  const saved = await saveEvaluation({
    readings,
    evaluation: evaluatePerson(readings, date),
    matrix,
    now: date,
    ...(tags.length > 0 ? { tags: [...tags] } : {}),
    ...(onOtherHost ? { githubUrl: htmlUrl } : {}),
  });
  return { candidateId: saved.candidateId, overall: saved.overall };
}

type StepOutcome = 'continue' | Exclude<BulkRunOutcome, 'busy' | 'idle' | 'error'>;

async function step(runnerId: string, now: () => number, cache: HttpCache, options: BulkRunOptions): Promise<StepOutcome> {
  const [settings, token] = await Promise.all([readSettings(), readToken()]);
  const { transport } = resolvePlan({ plan: 'auto', token });
  const at = now();
  const held = await heldUntil(transport === 'graphql' ? 'graphql' : 'core', at);
  const plan = await updateBulkQueue((q) => {
    const s = planStep(q, runnerId, at, held?.until ?? null, held?.reason ?? null);
    return { queue: s.kind === 'stop' && s.reason !== 'finished' ? q : s.queue, value: s };
  });

  if (plan.kind === 'stop') {
    if (plan.reason !== 'lost-lease') await clearAlarm();
    return plan.reason === 'lost-lease' ? 'lost-lease' : plan.reason;
  }
  if (plan.kind === 'wait') {
    await scheduleAlarm(plan.until + 1000);
    return 'waiting';
  }

  const login = plan.login;
  await scheduleAlarm(at + WATCHDOG_MS);
  const result = await evaluateGithub({
    login,
    now: at,
    token,
    settings: { ...settings, apiBase: GITHUB_API_BASE },
    plan: 'auto',
    cache,
    rateLimitStore: rateLimitStore(GITHUB_API_BASE),
    clock: now,
    ...(options.timeScale !== undefined ? { timeScale: options.timeScale } : {}),
    ...(options.retries !== undefined ? { retries: options.retries } : {}),
  });

  // the limit ran out under this login, or GitHub paused: it waits (what was fetched is cached), then runs again
  const resumeAt = result.partial?.resumeAt ?? null;
  if (resumeAt !== null) {
    const reason = result.partial?.reason ?? null;
    const held = await recordResult(runnerId, login, (q) => markWaiting(q, login, resumeAt, now(), true, reason));
    if (!held) return 'continue';
    await scheduleAlarm(Math.max(resumeAt, now()) + 1000);
    return 'waiting';
  }
  if (!result.ok) {
    // the failure paused GitHub (the circuit breaker opened): this login waits with the rest, it has not failed
    const pause = await storedPause();
    const paused = pausedUntil(pause, now());
    if (paused !== null) {
      const reason = pauseText(pause.reason, paused, now());
      const held = await recordResult(runnerId, login, (q) => markWaiting(q, login, paused, now(), true, reason));
      if (!held) return 'continue';
      await scheduleAlarm(paused + 1000);
      return 'waiting';
    }
    await recordResult(runnerId, login, (q) => markFailed(q, login, result.error, now()));
    return 'continue';
  }
  // cancelled (or taken over) while GitHub was asked: nothing is saved
  const queue = await updateBulkQueue((q) =>
    holdsLease(q, runnerId) && statusOf(q, login) === 'running' ? { queue: beat(q, runnerId, now()), value: q } : { queue: q, value: null },
  );
  if (!queue) return 'continue';
  try {
    const saved = await saveEvaluated(result.evidence, queue.matrixId, queue.tags, now());
    await recordResult(runnerId, login, (q) => markDone(q, login, saved, now()));
  } catch (error) {
    const message = error instanceof Error && error.message ? error.message : 'Could not save the candidate';
    await recordResult(runnerId, login, (q) => markFailed(q, login, message, now()));
  }
  return 'continue';
}

/**
 * Works the queue until it is finished, cancelled or held by the rate limit.
 * Returns at once ('busy') when another runner holds a fresh lease, after
 * setting the alarm for when that lease would be stale. Never rejects.
 */
export async function runBulk(options: BulkRunOptions = {}): Promise<BulkRunOutcome> {
  const now = options.now ?? Date.now;
  const runnerId = options.runnerId ?? newId('runner');
  let lease;
  try {
    lease = await updateBulkQueue((q) => {
      const r = acquireLease(q, runnerId, now());
      return { queue: r.acquired ? r.queue : q, value: r };
    });
  } catch {
    return 'error';
  }
  if (!lease.acquired) {
    if (lease.retryAt !== null) await scheduleAlarm(lease.retryAt + 1000);
    return lease.retryAt !== null ? 'busy' : 'idle';
  }
  const heartbeat = setInterval(() => {
    updateBulkQueue((q) => ({ queue: q && holdsLease(q, runnerId) ? beat(q, runnerId, now()) : q, value: null })).catch(() => undefined);
  }, HEARTBEAT_MS);
  const cache = httpCache();
  try {
    for (;;) {
      const outcome = await step(runnerId, now, cache, options);
      if (outcome !== 'continue') return outcome;
    }
  } catch {
    // storage failed under the runner; the watchdog alarm tries again
    return 'error';
  } finally {
    clearInterval(heartbeat);
    await updateBulkQueue((q) => ({ queue: q ? releaseLease(q, runnerId, now()) : q, value: null })).catch(() => undefined);
  }
}

export function onBulkAlarm(alarm: { name: string }, options: BulkRunOptions = {}): Promise<BulkRunOutcome> | null {
  return alarm.name === BULK_ALARM ? runBulk(options) : null;
}
