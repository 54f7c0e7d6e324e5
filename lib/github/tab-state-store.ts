/** Per-tab evaluation state in storage.session (the service worker keeps nothing in memory). */
import { storage } from 'wxt/utils/storage';
import { TabState } from '../schemas/tab-state';

export function tabStateKey(tabId: number): `session:tab:${number}` {
  return `session:tab:${tabId}`;
}

export async function readTabState(tabId: number): Promise<TabState | null> {
  const raw = await storage.getItem(tabStateKey(tabId));
  const parsed = TabState.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export async function writeTabState(state: TabState): Promise<void> {
  await storage.setItem(tabStateKey(state.tabId), TabState.parse(state));
}

export async function removeTabState(tabId: number): Promise<void> {
  await storage.removeItem(tabStateKey(tabId));
}

/**
 * Writes `next` only if the stored state still belongs to `runId`, so a slow
 * evaluation of a previous page never overwrites the current one.
 */
export async function writeTabStateIfOwner(runId: string, next: TabState): Promise<boolean> {
  const current = await readTabState(next.tabId);
  if (current && current.runId !== runId) return false;
  await writeTabState(next);
  return true;
}

export function watchTabState(tabId: number, onChange: (state: TabState | null) => void): () => void {
  return storage.watch(tabStateKey(tabId), (value) => {
    const parsed = TabState.safeParse(value);
    onChange(parsed.success ? parsed.data : null);
  });
}
