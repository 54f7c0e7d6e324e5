/**
 * Watches a page for sections that load late (LinkedIn renders them as the
 * recruiter scrolls) and calls back, debounced, for a bounded time only: after
 * `timeoutMs` it disconnects by itself, and `stop()` ends it at once (on
 * navigation). Nothing keeps polling.
 */

export interface ObserveOptions {
  /** Stop watching after this long (default 15 s). */
  timeoutMs?: number;
  /** Wait for this much quiet after a change before calling back (default 400 ms). */
  debounceMs?: number;
  /** Only changes this accepts count (e.g. inside the profile, not the messaging overlay). */
  relevant?: (records: readonly MutationRecord[]) => boolean;
}

/** Starts watching `target`; returns `stop`, safe to call more than once. */
export function observeSections(target: Node, onChange: () => void, options: ObserveOptions = {}): () => void {
  const { timeoutMs = 15_000, debounceMs = 400, relevant } = options;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const observer = new MutationObserver((records) => {
    if (stopped || (relevant && !relevant(records))) return;
    if (debounce !== undefined) clearTimeout(debounce);
    debounce = setTimeout(() => {
      debounce = undefined;
      if (!stopped) onChange();
    }, debounceMs);
  });
  const stop = () => {
    if (stopped) return;
    stopped = true;
    observer.disconnect();
    if (debounce !== undefined) clearTimeout(debounce);
    clearTimeout(deadline);
  };
  const deadline = setTimeout(() => {
    // One last reading for changes still waiting on the debounce, then stop.
    const pending = debounce !== undefined;
    stop();
    if (pending) onChange();
  }, timeoutMs);
  observer.observe(target, { childList: true, subtree: true, characterData: true });
  return stop;
}
