import { useState } from 'react';
import { errorText } from '@/lib/error-text';

/** A button's action that takes a while: busy while it runs, its failure as text; the trust components share it. */
export function usePendingAction(): { busy: boolean; error: string | null; run: (action: () => Promise<unknown>) => void } {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    action()
      .catch((e: unknown) => setError(errorText(e)))
      .finally(() => setBusy(false));
  };
  return { busy, error, run };
}
