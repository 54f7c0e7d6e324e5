import { browser } from 'wxt/browser';
import { ProfilePanel } from '@/components/ProfilePanel';
import { requestEvaluation, useTabId, useTabState } from './use-tab-state';

export function App() {
  const tabId = useTabId();
  const state = useTabState(tabId);
  return (
    <ProfilePanel
      state={state.loaded ? state.value : undefined}
      onRetry={() => tabId !== null && requestEvaluation(tabId, true)}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />
  );
}
