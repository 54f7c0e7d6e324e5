import { useCallback, useEffect, useState } from 'react';
import { getCandidate, saveCandidate, type Candidate } from '@/lib/candidates';
import type { PersonReadings } from '@/lib/evaluation/score-input';
import { candidateIdFor } from '@/lib/candidates/identity';

/** The saved record of the person on screen (by GitHub login or LinkedIn slug), refreshed after a save. */
export function useSavedCandidate(readings: PersonReadings): { loaded: boolean; saved: Candidate | null; refresh: () => void } {
  const keys = [readings.github ? candidateIdFor(readings.github) : null, readings.linkedin ? candidateIdFor(readings.linkedin) : null].filter(
    (k): k is string => k !== null,
  );
  const keyString = keys.join('|');
  const [state, setState] = useState<{ key: string; saved: Candidate | null } | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      for (const key of keyString.split('|').filter(Boolean)) {
        const found = await getCandidate(key).catch(() => null);
        if (found) {
          if (!cancelled) setState({ key: keyString, saved: found });
          return;
        }
      }
      if (!cancelled) setState({ key: keyString, saved: null });
    })();
    return () => {
      cancelled = true;
    };
  }, [keyString, version]);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  const current = state?.key === keyString ? state : null;
  return { loaded: current !== null, saved: current?.saved ?? null, refresh };
}

export { saveCandidate };
