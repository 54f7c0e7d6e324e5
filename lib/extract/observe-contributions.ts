import { readContributionsLastYear } from './github-contributions';

/** How long to wait for something the page loads after itself, by default. */
export const DEFAULT_OBSERVE_MS = 10_000;

export interface ObserveOptions {
  /** Stop waiting after this long (milliseconds). */
  timeoutMs?: number;
  /** Called once if the time runs out before the value appears. */
  onTimeout?: () => void;
}

/** Stops watching; calling it again does nothing. */
export type Dispose = () => void;

/**
 * Watches a document until `read` returns a value, then calls `onFound` once
 * with it. Stops for good on the first of: the value appearing, the time bound,
 * or `dispose`. Nothing keeps running afterwards: no observer, no timer.
 * When the value is already there, `onFound` is called at once.
 */
export function observeUntil<T>(
  doc: Document,
  read: () => T | null,
  onFound: (value: T) => void,
  options: ObserveOptions = {},
): Dispose {
  const present = read();
  if (present !== null) {
    onFound(present);
    return () => {};
  }
  const Observer = doc.defaultView?.MutationObserver ?? globalThis.MutationObserver;
  let stopped = false;
  const observer = new Observer(() => {
    if (stopped) return;
    const value = read();
    if (value === null) return;
    stop();
    onFound(value);
  });
  const timer = setTimeout(() => {
    if (stopped) return;
    stop();
    options.onTimeout?.();
  }, options.timeoutMs ?? DEFAULT_OBSERVE_MS);
  function stop(): void {
    stopped = true;
    observer.disconnect();
    clearTimeout(timer);
  }
  observer.observe(doc, { childList: true, subtree: true, characterData: true });
  return () => {
    if (!stopped) stop();
  };
}

/**
 * Calls `onCount` once when the contributions calendar (an include-fragment the
 * page fetches after itself) shows its "N contributions in the last year" count.
 * Gives up after the time bound (10 s by default) or when disposed.
 */
export function observeContributions(
  doc: Document,
  onCount: (contributionsLastYear: number) => void,
  options: ObserveOptions = {},
): Dispose {
  return observeUntil(doc, () => readContributionsLastYear(doc), onCount, options);
}
