/**
 * The session area holds at most 10 MB: tab states of tabs that are gone and
 * readings beyond the seen-store's limits are dropped when the worker starts
 * (readings are pruned after every write too, lib/evaluation/seen-store.ts).
 */
import { browser } from 'wxt/browser';
import { pruneSeen } from '@/lib/evaluation/seen-store';
import { pruneTabStates } from '@/lib/evaluation/tab-state-store';

/** Drops the state of closed tabs and readings over the limits; resolves to how many tab states went. Never rejects. */
export async function pruneSession(): Promise<number> {
  try {
    const open = new Set((await browser.tabs.query({})).map((t) => t.id).filter((id): id is number => id !== undefined));
    const gone = await pruneTabStates((tabId) => open.has(tabId));
    await pruneSeen();
    return gone.length;
  } catch {
    return 0; // no tabs API (a test double) or storage unavailable: the next start tries again
  }
}

export function registerSessionUpkeep(): void {
  void pruneSession();
}
