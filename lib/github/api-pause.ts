/**
 * Backing off for good: a durable *not-before* per API host, and a circuit
 * breaker. Pure; kept in storage by api-pause-store.ts so that a restarted
 * worker, a panel that opens, a bulk alarm or a token check all see it.
 *
 * - A secondary rate limit (403 or 429 with `retry-after`, or GitHub's
 *   "secondary rate limit" / abuse-detection wording without it) sets the
 *   not-before to `retry-after` from now, or, without one, to a minute that
 *   doubles with each pause in a row.
 * - The breaker: network errors, 5xx answers and 403s no rate limit explains
 *   count as failures; FAILURES_BEFORE_PAUSE of them in a row pause the host
 *   for FIRST_PAUSE_MS, doubling with each pause in a row, at most
 *   MAX_PAUSE_MS. Any other answer (a 200, a 304, a 404) closes it again.
 * - An exhausted primary limit is not a pause: the per-resource rate-limit
 *   state (rate-limit-state.ts) already holds those requests until the reset.
 *
 * A stored not-before further ahead than MAX_PAUSE_MS is read as MAX_PAUSE_MS
 * from now, so a damaged or tampered value cannot stop Hirelens for good.
 */
import { z } from 'zod';

export const ApiPauseReason = z.enum(['secondary-rate-limit', 'failing']);
export type ApiPauseReason = z.infer<typeof ApiPauseReason>;

export const ApiPause = z.object({
  /** epoch ms before which no request goes to the host; null: none */
  notBefore: z.number().nullable().default(null),
  /** why the host is paused (kept after the pause ends, until a success) */
  reason: ApiPauseReason.nullable().default(null),
  /** failures in a row (network errors, 5xx, unexplained 403) since the last answer */
  failures: z.number().int().nonnegative().default(0),
  /** pauses in a row since the last answer: each lasts twice the one before */
  strikes: z.number().int().nonnegative().default(0),
  /** epoch ms of the last change */
  updatedAt: z.number().default(0),
});
export type ApiPause = z.infer<typeof ApiPause>;

export const NO_PAUSE: ApiPause = ApiPause.parse({});

export const FAILURES_BEFORE_PAUSE = 3;
export const FIRST_PAUSE_MS = 30_000;
/** GitHub: "wait at least one minute" after a secondary limit without retry-after. */
export const SECONDARY_PAUSE_MS = 60_000;
export const MAX_PAUSE_MS = 60 * 60_000;

/** What one attempt came to, for the breaker and the not-before. */
export type ApiOutcome =
  | { kind: 'answer' }
  | { kind: 'secondary'; retryAfterMs: number | null }
  | { kind: 'failure' }
  | { kind: 'neutral' };

type HeaderBag = Headers | Record<string, string | number | undefined>;

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const v = headers[name];
  return v === undefined ? undefined : String(v);
}

/** GitHub's words for a secondary rate limit (the pause and the error text read them alike). */
export const SECONDARY_WORDING = /secondary rate|abuse detection|abuse-detection/i;

/**
 * What a response says about the host. `text` is the body of a 403 or 429
 * (GitHub's wording is the only sign of a secondary limit without `retry-after`).
 */
export function outcomeOf(status: number, headers: HeaderBag, text = ''): ApiOutcome {
  if (status >= 500) return { kind: 'failure' };
  if (status !== 403 && status !== 429) return { kind: 'answer' };
  const retryAfter = header(headers, 'retry-after');
  const seconds = retryAfter === undefined ? Number.NaN : Number(retryAfter);
  if (Number.isFinite(seconds) && seconds >= 0) return { kind: 'secondary', retryAfterMs: seconds * 1000 };
  if (SECONDARY_WORDING.test(text)) return { kind: 'secondary', retryAfterMs: null };
  // a spent primary limit: held by the rate-limit state until its reset
  if (header(headers, 'x-ratelimit-remaining') === '0') return { kind: 'neutral' };
  if (status === 429) return { kind: 'secondary', retryAfterMs: null };
  return { kind: 'failure' };
}

/** How long the `strikes`-th pause in a row lasts from `base`: doubling, at most MAX_PAUSE_MS. */
export function pauseLength(strikes: number, base: number): number {
  return Math.min(MAX_PAUSE_MS, base * 2 ** Math.min(strikes, 20));
}

function later(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.max(a, b);
}

/** The state after one attempt at `now`. */
export function afterOutcome(state: ApiPause, outcome: ApiOutcome, now: number): ApiPause {
  switch (outcome.kind) {
    case 'neutral':
      return state;
    case 'answer': {
      // an answer closes the breaker; a pause still running (another context's) stays
      const running = state.notBefore !== null && state.notBefore > now;
      const next: ApiPause = { ...state, failures: 0, strikes: 0, notBefore: running ? state.notBefore : null, reason: running ? state.reason : null };
      const same = next.failures === state.failures && next.strikes === state.strikes && next.notBefore === state.notBefore && next.reason === state.reason;
      return same ? state : { ...next, updatedAt: now };
    }
    case 'secondary': {
      const wait = outcome.retryAfterMs ?? pauseLength(state.strikes, SECONDARY_PAUSE_MS);
      const notBefore = now + Math.min(MAX_PAUSE_MS, Math.max(0, wait));
      return { ...state, notBefore: later(state.notBefore, notBefore), reason: 'secondary-rate-limit', strikes: state.strikes + 1, failures: 0, updatedAt: now };
    }
    case 'failure': {
      const failures = state.failures + 1;
      if (failures < FAILURES_BEFORE_PAUSE) return { ...state, failures, updatedAt: now };
      const notBefore = now + pauseLength(state.strikes, FIRST_PAUSE_MS);
      return { ...state, notBefore: later(state.notBefore, notBefore), reason: 'failing', strikes: state.strikes + 1, failures: 0, updatedAt: now };
    }
  }
}

/** Until when the host is paused at `now` (never more than MAX_PAUSE_MS ahead), or null. */
export function pausedUntil(state: ApiPause, now: number): number | null {
  if (state.notBefore === null || state.notBefore <= now) return null;
  return Math.min(state.notBefore, now + MAX_PAUSE_MS);
}

/**
 * Two views of one host's state (stored, and what a run learnt): a pause is
 * never shortened by another context; the counters come from the newer one.
 */
export function mergePause(stored: ApiPause, incoming: ApiPause): ApiPause {
  const newer = incoming.updatedAt >= stored.updatedAt ? incoming : stored;
  const notBefore = later(stored.notBefore, incoming.notBefore);
  const reasonFrom = notBefore !== null && stored.notBefore === notBefore && incoming.notBefore !== notBefore ? stored : newer;
  return { ...newer, notBefore, reason: reasonFrom.reason ?? newer.reason };
}

function describeWhen(ms: number, now: number): string {
  const seconds = Math.max(1, Math.ceil((ms - now) / 1000));
  if (seconds < 90) return `in ${seconds} s`;
  const minutes = Math.ceil(seconds / 60);
  return minutes < 90 ? `in ${minutes} min` : `at ${new Date(ms).toISOString().slice(11, 16)} UTC`;
}

/**
 * What the recruiter reads while the host is paused. (Never the words
 * "secondary rate": octokit's throttling would take the paused answer for
 * GitHub's own and wait to retry it.)
 */
export function pauseText(reason: ApiPauseReason | null, until: number, now: number): string {
  const when = describeWhen(until, now);
  return reason === 'failing'
    ? `GitHub failed or could not be reached several times in a row: Hirelens pauses and asks again ${when}`
    : `GitHub asked Hirelens to slow down (its secondary limit on requests at once): Hirelens waits and asks again ${when}`;
}
