import { GithubClient } from '@/lib/github/client';
import { evaluateGithubLogin } from '@/lib/github/evaluate-github';
import { readTabState, writeTabState, writeTabStateIfOwner } from '@/lib/github/tab-state-store';
import { readSettings, readToken } from '@/lib/settings/settings-store';
import type { PageProfile } from '@/lib/schemas/profile';
import type { TabState } from '@/lib/schemas/tab-state';

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

/** A content script reported what its tab shows: record it and evaluate when it is a person. */
export async function onProfileSeen(tabId: number, url: string, profile: PageProfile | null): Promise<void> {
  const previous = await readTabState(tabId);
  const runId = newRunId();
  if (!profile) {
    await writeTabState(idleState(tabId, url, runId));
    return;
  }
  // The same person again (a tab switch inside the profile, a re-extraction with more fields):
  // keep the evidence already gathered, refresh what the page shows.
  if (previous && sameProfile(previous.profile, profile) && previous.status !== 'error') {
    await writeTabState({ ...previous, url, profile, updatedAt: Date.now() });
    if (previous.status === 'loading' && Date.now() - previous.updatedAt > STALE_LOADING_MS) {
      await runEvaluation(tabId, previous.runId);
    }
    return;
  }
  await writeTabState({
    version: 1,
    tabId,
    url,
    status: profile.source === 'github' ? 'loading' : 'ready',
    profile,
    evidence: null,
    partial: null,
    error: null,
    rateLimit: previous?.rateLimit ?? null,
    runId,
    updatedAt: Date.now(),
  });
  if (profile.source === 'github') await runEvaluation(tabId, runId);
}

/** The panel asks again (after a worker restart, or a retry button). */
export async function onEvaluateRequested(tabId: number, force: boolean): Promise<void> {
  const state = await readTabState(tabId);
  if (!state?.profile || state.profile.source !== 'github') return;
  const stale = state.status === 'loading' && Date.now() - state.updatedAt > STALE_LOADING_MS;
  if (!force && !stale) return;
  const runId = newRunId();
  await writeTabState({ ...state, status: 'loading', error: null, runId, updatedAt: Date.now() });
  await runEvaluation(tabId, runId);
}

async function runEvaluation(tabId: number, runId: string): Promise<void> {
  const state = await readTabState(tabId);
  if (!state?.profile || state.profile.source !== 'github' || state.runId !== runId) return;
  const [settings, token] = await Promise.all([readSettings(), readToken()]);
  const client = new GithubClient({ baseUrl: settings.apiBase, token });
  const result = await evaluateGithubLogin(client, state.profile.login, Date.now());
  const latest = await readTabState(tabId);
  if (!latest || latest.runId !== runId) return;
  const next: TabState = result.ok
    ? { ...latest, status: 'ready', evidence: result.evidence, error: null, partial: null, rateLimit: result.rateLimit, updatedAt: Date.now() }
    : {
        ...latest,
        status: result.rateLimit?.remaining === 0 ? 'ready' : 'error',
        error: result.error,
        partial: result.rateLimit?.remaining === 0 ? { reason: result.error, resumeAt: result.rateLimit.resetAt } : null,
        rateLimit: result.rateLimit,
        updatedAt: Date.now(),
      };
  await writeTabStateIfOwner(runId, next);
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
