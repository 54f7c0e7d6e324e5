/**
 * Runs a read-modify-write of one stored value so that no other context (the
 * panel in another window, the options page, the service worker) interleaves
 * its own: the Web Locks API is shared by every context of the extension's
 * origin. Where it is missing, writes are at least queued within this context.
 */
const queues = new Map<string, Promise<unknown>>();

interface Locks {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

export function exclusive<T>(name: string, update: () => Promise<T>): Promise<T> {
  const locks = (globalThis as { navigator?: { locks?: Locks } }).navigator?.locks;
  if (locks) return locks.request(`hirelens:${name}`, update);
  const previous = queues.get(name) ?? Promise.resolve();
  const run = previous.then(update, update);
  queues.set(
    name,
    run.catch(() => undefined),
  );
  return run;
}
