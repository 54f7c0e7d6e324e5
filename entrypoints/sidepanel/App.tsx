import { useState } from 'react';
import { browser } from 'wxt/browser';
import { ProfilePanel, panelState } from '@/components/ProfilePanel';
import { Nav, type View } from '@/components/Nav';
import { requestEvaluation, useTabId, useTabState } from './use-tab-state';
import { useRoles } from './use-roles';
import { usePersonScore } from './use-person';
import { useRateLimit } from './use-rate-limit';
import { useSavedCandidate } from './use-saved-candidate';
import { SaveCandidateForm, type SaveRequest } from '@/components/profile/SaveCandidateForm';
import { saveEvaluation } from '@/lib/evaluation/save-evaluation';
import { RolesScreen } from './RolesScreen';
import { CandidatesScreen } from './CandidatesScreen';

export function App() {
  const [view, setView] = useState<View>('profile');
  const tabId = useTabId();
  const tab = useTabState(tabId);
  const state = tab.loaded ? tab.value : null;
  const roles = useRoles();
  const person = usePersonScore(state, roles.matrices, roles.activeId);
  const rateLimit = useRateLimit();
  const { loaded: savedLoaded, saved, refresh } = useSavedCandidate(person.readings);

  const save = async (request: SaveRequest) => {
    if (!person.result || !person.evaluation) return { ok: false as const, error: 'Nothing to save yet' };
    try {
      const result = await saveEvaluation({
        readings: person.readings,
        evaluation: person.evaluation,
        matrix: person.matrix,
        now: new Date(),
        stage: request.stage,
        tags: request.tags,
        notes: request.notes,
        corrections: { ...(request.name ? { name: request.name } : {}), ...(request.headline ? { headline: request.headline } : {}) },
      });
      refresh();
      return { ok: true as const, created: result.created };
    } catch (error) {
      return { ok: false as const, error: error instanceof Error ? error.message : 'The candidate could not be saved' };
    }
  };
  const profile = state?.profile ?? null;
  const saveSlot =
    profile && person.result && savedLoaded ? (
      <SaveCandidateForm
        key={`${profile.source}:${profile.source === 'github' ? profile.login : profile.slug}`}
        saved={saved ? { stage: saved.stage, tags: saved.tags, notes: saved.notes, updatedAt: saved.updatedAt } : null}
        allowCorrections={profile.source === 'linkedin' && profile.unrecognised === true}
        initialName={profile.name ?? ''}
        initialHeadline={profile.source === 'linkedin' ? (profile.headline ?? '') : (profile.bio ?? '')}
        onSave={save}
      />
    ) : null;
  return (
    <main className="panel" data-testid="panel" data-state={panelState(tab.loaded ? tab.value : undefined)}>
      <Nav view={view} onChange={setView} />
      {view === 'profile' ? (
        <ProfilePanel
          state={tab.loaded ? tab.value : undefined}
          result={person.result}
          evidence={person.evaluation?.evidence ?? []}
          roles={roles.matrices.map((m) => ({ id: m.id, name: m.name }))}
          roleId={person.matrix.id}
          onRoleChange={roles.setActiveId}
          links={person.links}
          merged={person.merged}
          onRetry={() => tabId !== null && requestEvaluation(tabId, true)}
          onOpenOptions={() => void browser.runtime.openOptionsPage()}
          rateLimit={rateLimit}
          onDigDeeper={() => tabId !== null && requestEvaluation(tabId, true, 'deep')}
          saveSlot={saveSlot}
        />
      ) : null}
      {view === 'candidates' ? <CandidatesScreen matrices={roles.matrices} activeId={person.matrix.id} /> : null}
      {view === 'roles' ? <RolesScreen matrices={roles.matrices} activeId={person.matrix.id} onSelect={roles.setActiveId} /> : null}
    </main>
  );
}
