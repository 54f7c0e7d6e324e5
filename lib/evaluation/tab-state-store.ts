/** Per-tab evaluation state in storage.session (the service worker keeps nothing in memory). */
import { storage } from 'wxt/utils/storage';
import { TabState } from './tab-state';

export function tabStateKey(tabId: number): `session:tab:${number}` {
  return `session:tab:${tabId}`;
}

export async function readTabState(tabId: number): Promise<TabState | null> {
  const raw = await storage.getItem(tabStateKey(tabId));
  const parsed = TabState.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** Every tab's state in this session (for re-evaluating the tabs of a person when another of their profiles is read). */
export async function listTabStates(): Promise<TabState[]> {
  const all = await storage.snapshot('session');
  return Object.entries(all)
    .filter(([key]) => key.startsWith('tab:'))
    .map(([, value]) => TabState.safeParse(value))
    .flatMap((parsed) => (parsed.success ? [parsed.data] : []));
}

export async function writeTabState(state: TabState): Promise<void> {
  await storage.setItem(tabStateKey(state.tabId), TabState.parse(state));
}

export async function removeTabState(tabId: number): Promise<void> {
  await storage.removeItem(tabStateKey(tabId));
}

export function watchTabState(tabId: number, onChange: (state: TabState | null) => void): () => void {
  return storage.watch(tabStateKey(tabId), (value) => {
    const parsed = TabState.safeParse(value);
    onChange(parsed.success ? parsed.data : null);
  });
}
