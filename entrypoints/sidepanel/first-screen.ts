import { asFirstScreen, firstScreenKey, tabStateGlance } from '@/lib/storage/first-screen-shape';
import { paintFirstScreen } from '@/components/shell/first-screen-shell';

/**
 * The browser's own extension API, without webextension-polyfill: the first
 * script stays small and starts at once. Only promise-returning calls that
 * Chrome (MV3) and Firefox both have natively are used here.
 */
interface NativeApi {
  tabs: { query(q: { active: boolean; currentWindow: boolean }): Promise<{ id?: number }[]> };
  storage: { session: { get(keys: string[]): Promise<Record<string, unknown>> } };
  i18n?: { getMessage(key: string): string };
}
const native = (globalThis as unknown as { browser?: NativeApi; chrome?: NativeApi }).browser ?? (globalThis as unknown as { chrome: NativeApi }).chrome;

/** A localised message (the key where there is none, as `lib/i18n` does). */
function t(key: string): string {
  return native.i18n?.getMessage(key) || key;
}

/** The tab the panel shows: `?tab=<id>`, else this window's active tab (as the React panel chooses it). */
async function shownTabId(search: string): Promise<number | null> {
  const fixed = Number.parseInt(new URLSearchParams(search).get('tab') ?? '', 10);
  if (Number.isFinite(fixed)) return fixed;
  const [tab] = await native.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/**
 * Reads this tab's state and last first screen from the session area (no
 * schema: `tabStateGlance`/`asFirstScreen` check what they use) and paints
 * them; the verdict only when it was made from the state the tab has now.
 */
export async function paintStoredFirstScreen(host: HTMLElement, search: string): Promise<void> {
  const nav = [t('navProfile'), t('navCandidates'), t('navBulk'), t('navRoles')];
  const reading = t('loading');
  // the tabs' row at once, then the person when the session has answered
  paintFirstScreen(host, { nav, screen: null, name: null, reading });
  const tabId = await shownTabId(search);
  if (tabId === null) return;
  const tabKey = `tab:${tabId}`;
  const screenKey = firstScreenKey(tabId);
  const stored = await native.storage.session.get([tabKey, screenKey]);
  const tab = tabStateGlance(stored[tabKey]);
  const screen = asFirstScreen(stored[screenKey]);
  const fresh = tab && screen && screen.tabUpdatedAt === tab.updatedAt ? screen : null;
  // React may have taken over already
  if (!host.isConnected) return;
  if (tab) paintFirstScreen(host, { nav, screen: fresh, name: tab.name, reading });
}
