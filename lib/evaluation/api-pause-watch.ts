/**
 * GitHub's pause as the panel shows it, live: while the github.com API is
 * paused (a secondary rate limit, or the circuit breaker after repeated
 * failures; lib/github/api-pause.ts) the panel says so and until when. The
 * panel watches it here and never reaches into lib/github.
 */
import { pauseText, pausedUntil } from '../github/api-pause';
import { readApiPause, watchApiPause } from '../github/api-pause-store';
import { GITHUB_API_HOST } from '../github/token-scope';

export interface ShownPause {
  /** epoch ms when requests may go out again */
  until: number;
  /** the sentence the panel shows */
  text: string;
}

/**
 * Calls `onChange` with the pause (null when none), now, on every change and
 * when it runs out; returns the unwatch function.
 */
export function watchShownPause(onChange: (pause: ShownPause | null) => void, now: () => number = Date.now): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  const show = (state: Awaited<ReturnType<typeof readApiPause>>) => {
    if (stopped) return;
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const at = now();
    const until = pausedUntil(state, at);
    onChange(until === null ? null : { until, text: pauseText(state.reason, until, at) });
    if (until !== null) timer = setTimeout(() => show(state), Math.min(until - at + 50, 2_147_000_000));
  };
  void readApiPause(GITHUB_API_HOST)
    .then(show)
    .catch(() => undefined);
  const unwatch = watchApiPause(GITHUB_API_HOST, show);
  return () => {
    stopped = true;
    if (timer !== null) clearTimeout(timer);
    unwatch();
  };
}
