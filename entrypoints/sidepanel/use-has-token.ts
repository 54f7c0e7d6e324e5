import { useEffect, useState } from 'react';
import { tokenItem } from '@/lib/settings/settings-store';

function present(value: unknown): boolean {
  return typeof value === 'string' && value.trim().length > 0;
}

/**
 * Whether a github.com token is saved (null until known), live as the options
 * page saves or removes one. Only the yes or no is kept; the token is not.
 */
export function useHasToken(): boolean | null {
  const [has, setHas] = useState<boolean | null>(null);
  useEffect(() => {
    let cancelled = false;
    void tokenItem
      .getValue()
      .then((value) => !cancelled && setHas(present(value)))
      .catch(() => !cancelled && setHas(null));
    const unwatch = tokenItem.watch((value) => setHas(present(value)));
    return () => {
      cancelled = true;
      unwatch();
    };
  }, []);
  return has;
}
