import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Candidate } from '@/lib/candidates/schema';
import type { PersonReadings } from '@/lib/evaluation/evaluate-person';
import { candidateIdFor } from '@/lib/candidates/identity';

/**
 * The saved record of the person on screen (by GitHub login or LinkedIn slug), refreshed after a save.
 * The candidate store is loaded on first use, after the profile has painted.
 */
export function useSavedCandidate(readings: PersonReadings): { loaded: boolean; saved: Candidate | null; refresh: () => void } {
  const githubId = readings.github ? candidateIdFor(readings.github) : null;
  const linkedinId = readings.linkedin ? candidateIdFor(readings.linkedin) : null;
  // one array per person (not per render), so the lookup runs again only when the person changes
  const keys = useMemo(() => [githubId, linkedinId].filter((k): k is string => k !== null), [githubId, linkedinId]);
  const [state, setState] = useState<{ keys: readonly string[]; saved: Candidate | null } | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const { getCandidate } = await import('@/lib/candidates/candidate-store');
      for (const key of keys) {
        const found = await getCandidate(key).catch(() => null);
        if (found) {
          if (!cancelled) setState({ keys, saved: found });
          return;
        }
      }
      if (!cancelled) setState({ keys, saved: null });
    })();
    return () => {
      cancelled = true;
    };
  }, [keys, version]);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  const current = state?.keys === keys ? state : null;
  return { loaded: current !== null, saved: current?.saved ?? null, refresh };
}
