/**
 * Decides when a content script reports again: only when what it read changed,
 * so Turbo/SPA events that fire several times per navigation send one message.
 */
export function createReporter<T>(send: (url: string, profile: T | null) => void) {
  let last: string | null = null;
  return (url: string, profile: T | null): boolean => {
    const key = JSON.stringify([url, profile]);
    if (key === last) return false;
    last = key;
    send(url, profile);
    return true;
  };
}
