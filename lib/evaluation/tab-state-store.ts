/** Per-tab evaluation state in storage.session (the service worker keeps nothing in memory). */
import { storage } from 'wxt/utils/storage';
import { TabState } from './tab-state';
import { asFirstScreen, firstScreenKey, tabStateGlance } from '../storage/first-screen-shape';

export function tabStateKey(tabId: number): `session:tab:${number}` {
  return `session:tab:${tabId}`;
}

/** A tab's state and the first screen the panel painted from it (`lib/storage/first-screen-shape.ts`): they go together. */
function keysOfTab(tabId: number): `session:${string}`[] {
  return [tabStateKey(tabId), `session:${firstScreenKey(tabId)}`];
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

/** Writes a tab's state; the first screen painted from the state before goes, so the panel never paints it over the new one. */
export async function writeTabState(state: TabState): Promise<void> {
  await storage.setItem(tabStateKey(state.tabId), TabState.parse(state));
  await storage.removeItem(`session:${firstScreenKey(state.tabId)}`);
}

export async function removeTabState(tabId: number): Promise<void> {
  await storage.removeItems(keysOfTab(tabId));
}

export function watchTabState(tabId: number, onChange: (state: TabState | null) => void): () => void {
  return storage.watch(tabStateKey(tabId), (value) => {
    const parsed = TabState.safeParse(value);
    onChange(parsed.success ? parsed.data : null);
  });
}

/**
 * Removes the state of every tab `isOpen` says is gone (the worker was asleep
 * when it closed, or the browser restored a session): the session area holds
 * at most 10 MB. Resolves to the tab ids removed.
 */
export async function pruneTabStates(isOpen: (tabId: number) => boolean): Promise<number[]> {
  const all = await storage.snapshot('session');
  const gone = Object.keys(all)
    .filter((key) => key.startsWith('tab:'))
    .map((key) => Number(key.slice(4)))
    .filter((tabId) => Number.isInteger(tabId) && !isOpen(tabId));
  if (gone.length > 0) await storage.removeItems(gone.flatMap(keysOfTab));
  return gone;
}

/**
 * Removes every tab state `matches` (a person erased: no reading of them
 * stays), and any that no longer reads as a tab state (nothing can use it);
 * resolves to the tab ids removed.
 */
export async function removeTabStatesWhere(matches: (state: TabState) => boolean): Promise<number[]> {
  const all = await storage.snapshot('session');
  const gone: number[] = [];
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith('tab:')) continue;
    const tabId = Number(key.slice(4));
    if (!Number.isInteger(tabId)) continue;
    const parsed = TabState.safeParse(value);
    if (!parsed.success || matches(parsed.data)) gone.push(tabId);
  }
  // and every first screen not made from its tab's state as it stands (a panel that wrote one just as the
  // tab moved on to someone else): it could name the person erased, and nothing would ever paint it
  const stale = Object.entries(all)
    .filter(([key]) => key.startsWith('firstScreen:'))
    .map(([key, value]) => ({ tabId: Number(key.slice('firstScreen:'.length)), screen: asFirstScreen(value) }))
    .filter(({ tabId, screen }) => !gone.includes(tabId) && (!screen || tabStateGlance(all[`tab:${tabId}`])?.updatedAt !== screen.tabUpdatedAt))
    .map(({ tabId }) => `session:${firstScreenKey(tabId)}` as const);
  const keys = [...gone.flatMap(keysOfTab), ...stale];
  if (keys.length > 0) await storage.removeItems(keys);
  return gone;
}

/** Erase everything: the session area holds only page readings (`seen:`) and tab states, and all of it goes. */
export async function clearSessionReadings(): Promise<void> {
  await storage.clear('session');
}
