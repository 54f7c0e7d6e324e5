import { useEffect, useState } from 'react';
import { tokenItem } from '@/lib/settings/settings-store';

function present(value: unknown): boolean {
  return typeof value === 'string' && value.trim().length > 0;
}

/**
 * Whether a github.com token is saved (null until known), live as the options
 * page saves or removes one. Only the yes or no is kept; the token is not
 * (lib/settings/settings-store.ts's tokenItem reads as "saved" or null).
 */
export function useHasToken(): boolean | null {
  const [has, setHas] = useState<boolean | null>(null);
  useEffect(() => {
    let cancelled = false;
    // asked once the first screen is up: opening the token store is not worth delaying the verdict for
    const ask = () => {
      void tokenItem
        .getValue()
        .then((value) => !cancelled && setHas(present(value)))
        .catch(() => !cancelled && setHas(null));
    };
    const idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(ask, { timeout: 1000 }) : null;
    const timer = idle === null ? setTimeout(ask, 200) : null;
    const unwatch = tokenItem.watch((value) => setHas(present(value)));
    return () => {
      cancelled = true;
      if (idle !== null) cancelIdleCallback(idle);
      if (timer !== null) clearTimeout(timer);
      unwatch();
    };
  }, []);
  return has;
}
