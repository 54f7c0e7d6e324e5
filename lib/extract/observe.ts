/**
 * Watching a page for what it renders after itself, for a bounded time only:
 * the one core (a MutationObserver, a deadline, a stop) that every wait of the
 * content scripts is built on, and the "until a value appears" wait.
 * Whatever ends a watch, nothing keeps running afterwards: no observer, no timer.
 */

/** How long to wait for something the page loads after itself, by default. */
export const DEFAULT_OBSERVE_MS = 10_000;

/** Stops watching; calling it again does nothing. */
export type Dispose = () => void;

interface MutationWatch {
  /** Stop after this long (milliseconds). */
  timeoutMs: number;
  /** Called for each batch of changes while the watch runs. */
  onMutation: (records: readonly MutationRecord[]) => void;
  /** Called on every end (stop or deadline), first: to clear what the caller set up. */
  onStop?: () => void;
  /** Called once, after `onStop`, when the deadline ended the watch. */
  onDeadline?: () => void;
}

/** The MutationObserver of the window `target` belongs to (a page's own, in a content script). */
function observerClass(target: Node): typeof MutationObserver {
  const doc = target.nodeType === 9 ? (target as Document) : target.ownerDocument;
  return doc?.defaultView?.MutationObserver ?? globalThis.MutationObserver;
}

/**
 * Watches `target`'s subtree (nodes and text) until the returned stop is
 * called or the deadline passes, whichever is first.
 */
export function watchMutations(target: Node, watch: MutationWatch): Dispose {
  let stopped = false;
  const Observer = observerClass(target);
  const observer = new Observer((records) => {
    if (!stopped) watch.onMutation(records);
  });
  const deadline = setTimeout(() => {
    if (stopped) return;
    stop();
    watch.onDeadline?.();
  }, watch.timeoutMs);
  function stop(): void {
    if (stopped) return;
    stopped = true;
    observer.disconnect();
    clearTimeout(deadline);
    watch.onStop?.();
  }
  observer.observe(target, { childList: true, subtree: true, characterData: true });
  return stop;
}

export interface ObserveUntilOptions {
  /** Stop waiting after this long (milliseconds). */
  timeoutMs?: number;
  /** Called once if the time runs out before the value appears. */
  onTimeout?: () => void;
}

/**
 * Watches a document until `read` returns a value, then calls `onFound` once
 * with it. Stops for good on the first of: the value appearing, the time bound,
 * or `dispose`. When the value is already there, `onFound` is called at once.
 */
export function observeUntil<T>(
  doc: Document,
  read: () => T | null,
  onFound: (value: T) => void,
  options: ObserveUntilOptions = {},
): Dispose {
  const present = read();
  if (present !== null) {
    onFound(present);
    return () => {};
  }
  const stop = watchMutations(doc, {
    timeoutMs: options.timeoutMs ?? DEFAULT_OBSERVE_MS,
    onMutation: () => {
      const value = read();
      if (value === null) return;
      stop();
      onFound(value);
    },
    onDeadline: () => options.onTimeout?.(),
  });
  return stop;
}
