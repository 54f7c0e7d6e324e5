import { useEffect, useState } from 'react';
import { PauseNotice } from '@/components/trust/PauseNotice';
import { watchShownPause, type ShownPause } from '@/lib/evaluation/api-pause-watch';

/**
 * The durable GitHub pause (a secondary rate limit, or the circuit breaker),
 * live from `local:githubApiPause`: says until when Hirelens will not ask
 * GitHub, and disappears when the pause runs out. Shown in the profile view's
 * notices and in the Bulk view.
 */
export function GithubPause() {
  const [pause, setPause] = useState<ShownPause | null>(null);
  useEffect(() => watchShownPause(setPause), []);
  return <PauseNotice pause={pause} />;
}
