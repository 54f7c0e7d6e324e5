import { useEffect, useState } from 'react';
import { displayedRateLimit, type RateLimitState } from '@/lib/github/rate-limit-state';
import { readRateLimits, watchRateLimits } from '@/lib/github/rate-limit-store';
import { readSettings, readToken } from '@/lib/settings/settings-store';
import type { RateLimit } from '@/lib/schemas/tab-state';

/** The GitHub limit as last reported by the API, live; null until a first request. */
export function useRateLimit(): RateLimit | null {
  const [state, setState] = useState<{ limits: RateLimitState; graphql: boolean } | null>(null);
  useEffect(() => {
    let unwatch: (() => void) | null = null;
    let cancelled = false;
    void Promise.all([readSettings(), readToken()]).then(async ([settings, token]) => {
      if (cancelled) return;
      const graphql = Boolean(token);
      setState({ limits: await readRateLimits(settings.apiBase), graphql });
      unwatch = watchRateLimits(settings.apiBase, (limits) => setState({ limits, graphql }));
    });
    return () => {
      cancelled = true;
      unwatch?.();
    };
  }, []);
  return state ? displayedRateLimit(state.limits, state.graphql) : null;
}
