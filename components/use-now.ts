import { useEffect, useState } from 'react';

/** The longest a timer may wait in browsers (about 24.8 days); later moments are not waited for. */
const MAX_TIMEOUT_MS = 2_147_483_647;

/**
 * The time (epoch ms) a view is rendered at, fixed for the render and read
 * again when `next` comes (a rate limit's reset), so what depends on it
 * (requests left, whether Dig deeper can finish) changes then without a reload.
 */
export function useNow(next: number | null = null): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    if (next === null || next <= now) return;
    const wait = next - now + 500;
    if (wait > MAX_TIMEOUT_MS) return;
    const timer = setTimeout(() => setNow(Date.now()), wait);
    return () => clearTimeout(timer);
  }, [next, now]);
  return now;
}
