import { browser, type Browser } from 'wxt/browser';
import { removeTabState } from '@/lib/evaluation/tab-state-store';
import { markTabIdle } from './evaluate-tab';

/**
 * A full page load to a site Hirelens does not read leaves no content script to
 * report, so the tab is marked idle here. Without host access the URL is hidden
 * from us, which is itself the sign that the tab left our sites.
 */
export function onTabUpdated(tabId: number, change: Browser.tabs.OnUpdatedInfo, tab: Browser.tabs.Tab): void {
  if (change.status !== 'loading') return;
  if (tab.url === undefined) void markTabIdle(tabId, '');
}

export function onTabRemoved(tabId: number): void {
  void removeTabState(tabId);
}

export function registerTabLifecycle(): void {
  browser.tabs.onUpdated.addListener(onTabUpdated);
  browser.tabs.onRemoved.addListener(onTabRemoved);
}
