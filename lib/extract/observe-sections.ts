/**
 * Watches a page for sections that load late (LinkedIn renders them as the
 * recruiter scrolls) and calls back, debounced, for a bounded time only: after
 * `timeoutMs` it disconnects by itself, and `stop()` ends it at once (on
 * navigation). Nothing keeps polling.
 */
import { watchMutations } from './observe';

interface ObserveSectionsOptions {
  /** Stop watching after this long (default 15 s). */
  timeoutMs?: number;
  /** Wait for this much quiet after a change before calling back (default 400 ms). */
  debounceMs?: number;
  /** Only changes this accepts count (e.g. inside the profile, not the messaging overlay). */
  relevant?: (records: readonly MutationRecord[]) => boolean;
}

/** Starts watching `target`; returns `stop`, safe to call more than once. */
export function observeSections(target: Node, onChange: () => void, options: ObserveSectionsOptions = {}): () => void {
  const { timeoutMs = 15_000, debounceMs = 400, relevant } = options;
  /** The debounce timer; still set when the watch ends means changes were waiting for it. */
  let debounce: ReturnType<typeof setTimeout> | undefined;
  return watchMutations(target, {
    timeoutMs,
    onMutation: (records) => {
      if (relevant && !relevant(records)) return;
      if (debounce !== undefined) clearTimeout(debounce);
      debounce = setTimeout(() => {
        debounce = undefined;
        onChange();
      }, debounceMs);
    },
    onStop: () => {
      if (debounce !== undefined) clearTimeout(debounce);
    },
    // One last reading for changes still waiting on the debounce.
    onDeadline: () => {
      if (debounce !== undefined) onChange();
    },
  });
}
