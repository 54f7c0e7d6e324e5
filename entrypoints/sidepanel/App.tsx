import { useState } from 'react';
import { browser } from 'wxt/browser';
import { ProfilePanel, panelState } from '@/components/ProfilePanel';
import { Nav, type View } from '@/components/Nav';
import { requestEvaluation, useTabId, useTabState } from './use-tab-state';
import { useRoles } from './use-roles';
import { usePersonScore } from './use-person';
import { useRateLimit } from './use-rate-limit';

export function App() {
  const [view, setView] = useState<View>('profile');
  const tabId = useTabId();
  const tab = useTabState(tabId);
  const state = tab.loaded ? tab.value : null;
  const roles = useRoles();
  const person = usePersonScore(state, roles.matrices, roles.activeId);
  const rateLimit = useRateLimit();
  return (
    <main className="panel" data-testid="panel" data-state={panelState(tab.loaded ? tab.value : undefined)}>
      <Nav view={view} onChange={setView} candidateCount={null} />
      {view === 'profile' ? (
        <ProfilePanel
          state={tab.loaded ? tab.value : undefined}
          result={person.result}
          evidence={person.input?.evidence ?? []}
          roles={roles.matrices.map((m) => ({ id: m.id, name: m.name }))}
          roleId={person.matrix.id}
          onRoleChange={roles.setActiveId}
          links={person.links}
          merged={person.merged}
          onRetry={() => tabId !== null && requestEvaluation(tabId, true)}
          onOpenOptions={() => void browser.runtime.openOptionsPage()}
          rateLimit={rateLimit}
          onDigDeeper={() => tabId !== null && requestEvaluation(tabId, true, 'deep')}
        />
      ) : null}
    </main>
  );
}
