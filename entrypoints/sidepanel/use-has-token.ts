import { useEffect, useState } from 'react';
import { hasToken, watchHasToken } from '@/lib/settings/settings-store';

/**
 * Whether a github.com token is saved (null until known), live as the options
 * page or the panel saves or removes one. Only the yes or no is kept, never
 * the token.
 */
export function useHasToken(): boolean | null {
  const [has, setHas] = useState<boolean | null>(null);
  useEffect(() => {
    let cancelled = false;
    // asked once the first screen is up: opening the token store is not worth delaying the verdict for
    const ask = () => {
      hasToken().then(
        (value) => !cancelled && setHas(value),
        () => !cancelled && setHas(null),
      );
    };
    const idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(ask, { timeout: 1000 }) : null;
    const timer = idle === null ? setTimeout(ask, 200) : null;
    const unwatch = watchHasToken(setHas);
    return () => {
      cancelled = true;
      if (idle !== null) cancelIdleCallback(idle);
      if (timer !== null) clearTimeout(timer);
      unwatch();
    };
  }, []);
  return has;
}
