import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { readTabState, watchTabState } from '@/lib/evaluation/tab-state-store';
import type { TabState } from '@/lib/evaluation/tab-state';
import { send } from '@/lib/messaging-client';
import type { GithubPlan } from '@/lib/schemas/enums';

/** The tab this panel shows: `?tab=<id>`, else the active tab of this window, following tab switches. */
export function useTabId(): number | null {
  const fixed = Number.parseInt(new URLSearchParams(location.search).get('tab') ?? '', 10);
  const [tabId, setTabId] = useState<number | null>(Number.isFinite(fixed) ? fixed : null);
  useEffect(() => {
    if (Number.isFinite(fixed)) return;
    let cancelled = false;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      if (!cancelled && tab?.id !== undefined) setTabId(tab.id);
    });
    const onActivated = (info: { tabId: number }) => setTabId(info.tabId);
    browser.tabs.onActivated.addListener(onActivated);
    return () => {
      cancelled = true;
      browser.tabs.onActivated.removeListener(onActivated);
    };
  }, [fixed]);
  return tabId;
}

export type Loaded<T> = { loaded: false } | { loaded: true; value: T };

/** The background's state for a tab, live. Asks the background to resume an interrupted evaluation. */
export function useTabState(tabId: number | null): Loaded<TabState | null> {
  const [state, setState] = useState<{ tabId: number; value: TabState | null } | null>(null);
  useEffect(() => {
    if (tabId === null) return;
    let cancelled = false;
    void readTabState(tabId).then((value) => {
      if (!cancelled) setState({ tabId, value });
    });
    const unwatch = watchTabState(tabId, (value) => setState({ tabId, value }));
    void send('tab:evaluate', { tabId });
    return () => {
      cancelled = true;
      unwatch();
    };
  }, [tabId]);
  return state !== null && state.tabId === tabId ? { loaded: true, value: state.value } : { loaded: false };
}

export function requestEvaluation(tabId: number, force: boolean, plan?: GithubPlan): void {
  void send('tab:evaluate', { tabId, force, ...(plan ? { plan } : {}) });
}
