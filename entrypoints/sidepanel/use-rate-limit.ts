import { useEffect, useState } from 'react';
import { watchShownRateLimit } from '@/lib/evaluation/rate-limit-watch';
import type { RateLimit } from '@/lib/schemas/tab-state';

/** The GitHub limit as last reported by the API, live; null until a first request. */
export function useRateLimit(): RateLimit | null {
  const [rateLimit, setRateLimit] = useState<RateLimit | null>(null);
  useEffect(() => watchShownRateLimit(setRateLimit), []);
  return rateLimit;
}
