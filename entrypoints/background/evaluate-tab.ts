import { evaluateGithub } from '@/lib/evaluation/gather-github';
import type { PlanChoice } from '@/lib/schemas/enums';
import { httpCache } from '@/lib/github/http-cache';
import { rateLimitStore } from '@/lib/github/rate-limit-store';
import { listTabStates, readTabState, writeTabState as storeTabState } from '@/lib/evaluation/tab-state-store';
import { readingsOfTab, withEvaluation } from '@/lib/evaluation/tab-evaluation';
import { answerClaim, readConfirmations } from '@/lib/evaluation/link-confirmations-store';
import { completePendingSave } from '@/lib/evaluation/save-evaluation';
import { getMatrix } from '@/lib/matrix/matrix-store';
import { readEnterpriseToken, readSettings, readToken } from '@/lib/settings/settings-store';
import { apiTargetFor, type ApiTarget } from '@/lib/settings/api-target';
import type { LinkedinPageNote, PageProfile } from '@/lib/schemas/profile';
import { githubLoginOf, linkedinSlugsOf } from '@/lib/page/profile-links';
import { combineLinkedinReadings } from '@/lib/evaluation/linkedin-readings';
import { recallGithub, recallLinkedin, rememberGithub, rememberLinkedin } from '@/lib/evaluation/seen-store';
import type { TabState } from '@/lib/evaluation/tab-state';

/** An evaluation whose state has not moved for this long is taken as interrupted. */
export const STALE_LOADING_MS = 20_000;

function newRunId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

function sameProfile(a: PageProfile | null, b: PageProfile | null): boolean {
  if (!a || !b || a.source !== b.source) return false;
  return a.source === 'github' && b.source === 'github'
    ? a.login.toLowerCase() === b.login.toLowerCase()
    : a.source === 'linkedin' && b.source === 'linkedin' && a.slug === b.slug;
}

/** The GitHub login whose repositories are evidence for this profile: its own, or the one LinkedIn links to. */
function evidenceLoginOf(profile: PageProfile | null): string | null {
  if (!profile) return null;
  return profile.source === 'github' ? profile.login : githubLoginOf(profile);
}

/** An evaluation still `loading` long after it last moved was interrupted (the worker stopped). */
function isStaleLoading(state: TabState, now: number): boolean {
  return state.status === 'loading' && now - state.updatedAt > STALE_LOADING_MS;
}

/** Joins the reading with what this session read of the same person before, and remembers it. */
async function withRememberedReadings(profile: PageProfile): Promise<PageProfile> {
  if (profile.source === 'github') {
    await rememberGithub(profile);
    return profile;
  }
  const combined = combineLinkedinReadings(await recallLinkedin(profile.slug), profile);
  if (!combined.unrecognised) await rememberLinkedin(combined);
  return combined;
}

/** The person's other profile, when this session has read it. */
async function partnerOf(profile: PageProfile | null): Promise<PageProfile | null> {
  if (profile?.source === 'github') {
    const slug = linkedinSlugsOf(profile)[0];
    return slug ? recallLinkedin(slug) : null;
  }
  if (profile?.source === 'linkedin') {
    const login = githubLoginOf(profile);
    return login ? recallGithub(login) : null;
  }
  return null;
}

/**
 * Every write of a tab's state goes through here: the partner profile is
 * looked up and the evaluation rebuilt from what the state holds, so the
 * panel only ever renders a finished Evaluation.
 */
async function writeTabState(state: TabState): Promise<void> {
  // a tab with no person has nothing to evaluate: no partner or confirmations to read
  if (!state.profile) return storeTabState({ ...state, partner: null, claim: null, evaluation: null });
  const partner = await partnerOf(state.profile);
  await storeTabState(withEvaluation({ ...state, partner }, new Date(), await readConfirmations()));
}

async function writeTabStateIfOwner(runId: string, next: TabState): Promise<boolean> {
  const current = await readTabState(next.tabId);
  if (current && current.runId !== runId) return false;
  await writeTabState(next);
  return true;
}

/** Other tabs showing the same person's other profile are evaluated again with this reading. */
async function refreshPartnerTabs(tabId: number, profile: PageProfile): Promise<void> {
  for (const state of await listTabStates()) {
    if (state.tabId === tabId || !state.profile || state.profile.source === profile.source) continue;
    const links =
      state.profile.source === 'github'
        ? profile.source === 'linkedin' && linkedinSlugsOf(state.profile).includes(profile.slug)
        : profile.source === 'github' && githubLoginOf(state.profile)?.toLowerCase() === profile.login.toLowerCase();
    if (links) await writeTabState(state);
  }
}

/** A content script reported what its tab shows: record it and evaluate when it is a person. */
export async function onProfileSeen(tabId: number, url: string, reported: PageProfile | null, note: LinkedinPageNote | null = null): Promise<void> {
  const previous = await readTabState(tabId);
  const profile = reported ? await withRememberedReadings(reported) : null;
  const runId = newRunId();
  if (!profile) {
    await writeTabState({ ...idleState(tabId, url, runId), note });
    return;
  }
  await refreshPartnerTabs(tabId, profile);
  // The same person again (a tab switch inside the profile, a re-extraction with more fields):
  // keep the evidence already gathered, refresh what the page shows.
  const login = evidenceLoginOf(profile);
  if (previous && sameProfile(previous.profile, profile) && previous.status !== 'error' && evidenceLoginOf(previous.profile) === login) {
    // a loading state keeps its time, so repeated reports cannot hold off the stale check
    await writeTabState({ ...previous, url, profile, updatedAt: previous.status === 'loading' ? previous.updatedAt : Date.now() });
    if (isStaleLoading(previous, Date.now())) {
      await runEvaluation(tabId, previous.runId);
    }
    return;
  }
  await writeTabState({
    version: 1,
    tabId,
    url,
    status: login ? 'loading' : 'ready',
    profile,
    evidence: null,
    partial: null,
    error: null,
    rateLimit: previous?.rateLimit ?? null,
    runId,
    updatedAt: Date.now(),
  });
  if (login) await runEvaluation(tabId, runId);
}

/**
 * The panel asks again: after a worker restart (a stale `loading`), a partial
 * result whose rate limit has reset, a Retry button, or "dig deeper".
 */
export async function onEvaluateRequested(tabId: number, force: boolean, plan?: PlanChoice): Promise<void> {
  const state = await readTabState(tabId);
  if (!evidenceLoginOf(state?.profile ?? null) || !state) return;
  const now = Date.now();
  const stale = isStaleLoading(state, now);
  const resumable = state.partial?.resumeAt != null && state.partial.resumeAt <= now;
  if (!force && !stale && !resumable) return;
  const runId = newRunId();
  // a resume or Retry keeps the plan asked before (a partial "dig deeper" completes in depth)
  await writeTabState({ ...state, status: 'loading', error: null, runId, plan: plan ?? state.plan ?? 'auto', updatedAt: now });
  await runEvaluation(tabId, runId);
}

const ENTERPRISE_GONE = 'This page is on a GitHub Enterprise host that is no longer set up in Hirelens options';

/** Each API gets its own token: the Enterprise one goes only to its host's /api/v3, the github.com one only to settings.apiBase. */
function tokenFor(target: ApiTarget): Promise<string | null> {
  return target.kind === 'enterprise' ? readEnterpriseToken(target.host) : readToken();
}

async function runEvaluation(tabId: number, runId: string): Promise<void> {
  const state = await readTabState(tabId);
  const login = evidenceLoginOf(state?.profile ?? null);
  if (!state || !login || state.runId !== runId) return;
  const settings = await readSettings();
  const target = apiTargetFor(state.url, settings);
  if (!target) {
    await writeTabStateIfOwner(runId, { ...state, status: 'error', error: ENTERPRISE_GONE, updatedAt: Date.now() });
    return;
  }
  const result = await evaluateGithub({
    login,
    now: Date.now(),
    token: await tokenFor(target),
    settings: { ...settings, apiBase: target.apiBase },
    plan: state.plan ?? 'auto',
    cache: httpCache(),
    rateLimitStore: rateLimitStore(target.apiBase),
  });
  const latest = await readTabState(tabId);
  if (!latest || latest.runId !== runId) return;
  const next: TabState = result.ok
    ? { ...latest, status: 'ready', evidence: result.evidence, error: null, partial: result.partial, rateLimit: result.rateLimit, updatedAt: Date.now() }
    : {
        ...latest,
        // an exhausted limit with nothing cached is still a labelled, resumable result, not a failure;
        // on LinkedIn the page itself is the evaluation, and a failed GitHub lookup only a notice
        status: result.partial || latest.profile?.source === 'linkedin' ? 'ready' : 'error',
        error: result.error,
        partial: result.partial,
        rateLimit: result.rateLimit,
        updatedAt: Date.now(),
      };
  // `latest` was read just above and still belongs to this run
  await writeTabState(next);
  if (result.ok && !result.partial) await completeSavedPerson(tabId);
}

/** A person saved with a pending score is re-scored now that the evaluation is complete. */
async function completeSavedPerson(tabId: number): Promise<void> {
  const state = await readTabState(tabId);
  if (!state?.evaluation) return;
  try {
    await completePendingSave(readingsOfTab(state), state.evaluation, getMatrix, new Date());
  } catch {
    // the list is unavailable (quota, a blocked database): the record stays pending and the panel's Save can complete it
  }
}

function idleState(tabId: number, url: string, runId: string): TabState {
  return {
    version: 1,
    tabId,
    url,
    status: 'idle',
    profile: null,
    evidence: null,
    partial: null,
    error: null,
    rateLimit: null,
    runId,
    updatedAt: Date.now(),
  };
}

/** The tab left the sites Hirelens reads, or navigated: nothing of the previous person stays. */
export async function markTabIdle(tabId: number, url: string): Promise<void> {
  await writeTabState(idleState(tabId, url, newRunId()));
}

/**
 * The recruiter answered "Is this their GitHub?" for the person on a tab: the
 * answer is kept, and every tab showing either profile is evaluated again.
 */
export async function onClaimAnswered(tabId: number, same: boolean): Promise<boolean> {
  const state = await readTabState(tabId);
  const claim = state?.claim;
  if (!state || !claim) return false;
  await answerClaim(claim.login, claim.slug, same);
  for (const other of await listTabStates()) {
    const p = other.profile;
    const shows = p?.source === 'github' ? p.login.toLowerCase() === claim.login.toLowerCase() : p?.source === 'linkedin' && p.slug.toLowerCase() === claim.slug.toLowerCase();
    if (shows || other.tabId === tabId) await writeTabState(other);
  }
  return true;
}
