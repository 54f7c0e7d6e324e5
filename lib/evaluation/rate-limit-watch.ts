/**
 * The GitHub limit as the panel shows it, live: the stored per-API state
 * (lib/github/rate-limit-store.ts) reduced to the one limit that matters for
 * the plan the recruiter's settings run (GraphQL's with a token, else core's).
 * The panel watches it here and never reaches into lib/github.
 */
import { displayedRateLimit } from '../github/rate-limit-state';
import { readRateLimits, watchRateLimits } from '../github/rate-limit-store';
import type { RateLimit } from '../schemas/tab-state';
import { readSettings, readToken } from '../settings/settings-store';

/** Calls `onChange` with the shown limit (null until a first request), now and on every change; returns the unwatch. */
export function watchShownRateLimit(onChange: (rateLimit: RateLimit | null) => void): () => void {
  let unwatch: (() => void) | null = null;
  let cancelled = false;
  void Promise.all([readSettings(), readToken()]).then(async ([settings, token]) => {
    if (cancelled) return;
    const graphql = Boolean(token);
    const initial = await readRateLimits(settings.apiBase);
    if (cancelled) return;
    onChange(displayedRateLimit(initial, graphql));
    unwatch = watchRateLimits(settings.apiBase, (limits) => onChange(displayedRateLimit(limits, graphql)));
  });
  return () => {
    cancelled = true;
    unwatch?.();
  };
}
