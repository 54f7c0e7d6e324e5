import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { ProfilePanel, panelState } from '@/components/ProfilePanel';
import { Nav, VIEW_PANEL_ID, type View } from '@/components/Nav';
import { PrivacyLink } from '@/components/PrivacyLink';
import type { Corrections } from '@/components/profile/CorrectionFields';
import { SaveCandidateForm, type SaveRequest } from '@/components/profile/SaveCandidateForm';
import { ClaimNotice } from '@/components/identity/ClaimNotice';
import { GithubPause } from './GithubPause';
import { send } from '@/lib/messaging-client';
import { tOr } from '@/lib/i18n';
import { requestEvaluation, useTabId, useTabState } from './use-tab-state';
import { useRoles } from './use-roles';
import { usePersonScore } from './use-person';
import { useRateLimit } from './use-rate-limit';
import { useSavedCandidate } from './use-saved-candidate';
import { useHasToken } from './use-has-token';
import { copyText } from './clipboard';
import { connectToken } from '@/lib/settings/token-connect-client';
import { profileHandle } from '@/lib/schemas/profile';
import { handOffFirstScreen } from '@/components/shell/hand-off';
import { firstScreenOf } from '@/lib/summary/verdict-card';
import { writeFirstScreen } from '@/lib/storage/first-screen-store';

// Only the Profile view is in the first script: the other views load when first opened.
const CandidatesScreen = lazy(() => import('./CandidatesScreen').then((m) => ({ default: m.CandidatesScreen })));
const BulkScreen = lazy(() => import('./BulkScreen').then((m) => ({ default: m.BulkScreen })));
const RolesScreen = lazy(() => import('./RolesScreen').then((m) => ({ default: m.RolesScreen })));

export function App() {
  const [view, setView] = useState<View>('profile');
  const tabId = useTabId();
  const tab = useTabState(tabId);
  const state = tab.loaded ? tab.value : null;
  const roles = useRoles();
  const person = usePersonScore(state, roles.matrices, roles.activeId);
  const rateLimit = useRateLimit();
  const hasToken = useHasToken();
  const { loaded: savedLoaded, saved, refresh } = useSavedCandidate(person.readings);
  const profile = state?.profile ?? null;
  const personKey = profile ? `${profile.source}:${profileHandle(profile)}` : '';
  const unrecognised = profile?.source === 'linkedin' && profile.unrecognised === true;

  // what the recruiter typed for a LinkedIn page that was not understood, kept per person
  const [typed, setTyped] = useState<{ key: string; value: Corrections } | null>(null);
  const corrections: Corrections =
    typed?.key === personKey
      ? typed.value
      : { name: profile?.name ?? '', headline: profile ? ((profile.source === 'linkedin' ? profile.headline : profile.bio) ?? '') : '' };
  const setCorrections = useCallback((value: Corrections) => setTyped({ key: personKey, value }), [personKey]);

  const save = async (request: SaveRequest) => {
    if (!person.result || !person.evaluation) return { ok: false as const, error: tOr('nothingToSave', 'Nothing to save yet') };
    try {
      const { savePanelEvaluation } = await import('@/lib/evaluation/save-evaluation');
      const name = unrecognised ? corrections.name.trim() : '';
      const headline = unrecognised ? corrections.headline.trim() : '';
      const result = await savePanelEvaluation({
        readings: person.readings,
        evaluation: person.evaluation,
        matrix: person.matrix,
        now: new Date(),
        stage: request.stage,
        tags: request.tags,
        notes: request.notes,
        corrections: { ...(name ? { name } : {}), ...(headline ? { headline } : {}) },
        // refused, to ask, when another panel saved this person since the revision shown
        expectedRevision: request.expectedRevision,
        exact: request.exact === true,
      });
      refresh();
      return result;
    } catch (error) {
      return { ok: false as const, error: error instanceof Error ? error.message : tOr('saveFailed', 'The candidate could not be saved') };
    }
  };
  const saveSlot =
    profile && person.result && savedLoaded ? (
      <SaveCandidateForm
        key={personKey}
        saved={saved ? { stage: saved.stage, tags: saved.tags, notes: saved.notes, updatedAt: saved.updatedAt, revision: saved.revision ?? 0 } : null}
        onSave={save}
      />
    ) : null;
  // a link the page only claims to the person's other profile: asked about, not scored, until confirmed
  const claim = state?.claim ?? null;
  const claimSlot =
    claim && tabId !== null ? (
      <ClaimNotice
        claim={claim}
        claimedRepos={claim.from === 'linkedin' && claim.confirmedBy === null ? (state?.evidence?.reposConsidered ?? null) : null}
        onAnswer={(same) => void send('link:answer', { tabId, same })}
      />
    ) : null;
  const roleChoices = roles.matrices.map((m) => ({ id: m.id, name: m.name }));

  // the first script painted this tab's first screen as last shown: React's view replaces it once it has read the same state
  const settled = view !== 'profile' || (tabId !== null && tab.loaded && roles.loaded);
  useLayoutEffect(() => {
    if (settled) handOffFirstScreen();
  }, [settled]);
  // and what React shows now is what the first script paints when the panel opens on this tab again
  const shownResult = person.result;
  const roleName = person.matrix.name;
  useEffect(() => {
    if (tabId === null || !roles.loaded || !state?.profile || state.status !== 'ready' || !shownResult) return;
    const screen = firstScreenOf({ profile: state.profile, result: shownResult, matrixName: roleName, tabUpdatedAt: state.updatedAt });
    void writeFirstScreen(tabId, screen).catch(() => undefined);
  }, [tabId, roles.loaded, state, shownResult, roleName]);
  const openOptions = () => void browser.runtime.openOptionsPage();
  return (
    <main className="panel" data-testid="panel" data-state={panelState(tab.loaded ? tab.value : undefined)} data-view={view}>
      <Nav view={view} onChange={setView} />
      <div className="view-panel" id={VIEW_PANEL_ID} role="tabpanel" aria-labelledby={`tab-${view}`}>
        {view === 'profile' ? (
          <ProfilePanel
            state={tab.loaded ? tab.value : undefined}
            result={person.result}
            evidence={person.evaluation?.evidence ?? []}
            roles={roleChoices}
            roleId={person.matrix.id}
            onRoleChange={roles.setActiveId}
            links={person.links}
            merged={person.merged}
            onRetry={() => tabId !== null && requestEvaluation(tabId, true)}
            onOpenOptions={openOptions}
            rateLimit={rateLimit}
            onDigDeeper={() => tabId !== null && requestEvaluation(tabId, true, 'deep')}
            saveSlot={saveSlot}
            hasToken={hasToken}
            onCopy={copyText}
            corrections={corrections}
            onCorrectionsChange={setCorrections}
            onConnectToken={connectToken}
            noticesSlot={<>{claimSlot}<GithubPause /></>}
          />
        ) : (
          <Suspense
            fallback={
              <p className="muted" role="status" data-testid="view-loading">
                {tOr('viewLoading', 'Loading…')}
              </p>
            }
          >
            {view === 'candidates' ? <CandidatesScreen matrices={roles.matrices} activeId={person.matrix.id} /> : null}
            {view === 'bulk' ? <BulkScreen roles={roleChoices} activeId={person.matrix.id} onShowCandidates={() => setView('candidates')} /> : null}
            {view === 'roles' ? <RolesScreen matrices={roles.matrices} activeId={person.matrix.id} onSelect={roles.setActiveId} /> : null}
          </Suspense>
        )}
      </div>
      <footer className="panel-footer small">
        <PrivacyLink />
      </footer>
    </main>
  );
}
