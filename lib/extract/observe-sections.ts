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

function isTitle(node: Node | null): boolean {
  return node !== null && node.nodeName === 'TITLE';
}

/**
 * Whether a batch of changes concerns the profile: it touched one of `roots`
 * (inside it, or replaced an ancestor of it) or the page title (LinkedIn sets
 * the new person's title as it renders them). With no root on the page, every
 * change counts.
 */
export function changedWithin(records: readonly MutationRecord[], roots: readonly Node[]): boolean {
  if (roots.length === 0) return true;
  return records.some(
    (r) =>
      roots.some((root) => root.contains(r.target) || r.target.contains(root)) ||
      isTitle(r.target) ||
      isTitle(r.target.parentNode) ||
      Array.from(r.addedNodes).some(isTitle),
  );
}
