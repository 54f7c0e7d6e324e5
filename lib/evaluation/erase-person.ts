/**
 * Erasing a person completely, and erasing everything.
 *
 * A person's traces are: their candidate record; the cached API answers about
 * their GitHub login(s) (the user, repositories, files, the pull request
 * search, the GraphQL queries naming them); what this session read of them
 * (`session:seen:` readings, and the state of any tab showing them, or a
 * LinkedIn page whose GitHub evidence is theirs); and their items in the bulk
 * queue (a running one is then not saved). Everything else Hirelens keeps
 * (settings, roles, rate limits, the API pause) says nothing about anyone.
 *
 * Erase everything also clears the bulk queue, the retention notice and the
 * whole session area (which holds only page readings and tab states).
 */
import { candidateStore, type CandidateStore } from '../candidates/candidate-store';
import { githubKey, linkedinKey, linkKeys } from '../candidates/identity';
import type { Candidate } from '../candidates/schema';
import { writeRetentionNotice } from '../candidates/retention-store';
import { updateBulkQueue, writeBulkQueue } from '../bulk/bulk-queue-store';
import { withoutLogins } from '../bulk/queue-machine';
import { clearHttpCache, forgetCachedAbout } from '../github/http-cache';
import { githubLoginOf } from '../page/profile-links';
import type { PageProfile } from '../schemas/profile';
import { clearSessionReadings, removeTabStatesWhere } from './tab-state-store';
import { forgetSeen } from './seen-store';
import type { TabState } from './tab-state';

export interface PersonIdentity {
  /** GitHub logins the record owns (lowercase) */
  logins: string[];
  /** LinkedIn slugs the record owns (lowercase) */
  slugs: string[];
  /** GitHub logins its profiles only link to: their cached answers were fetched for this person too */
  linkedLogins: string[];
}

export interface ErasedPerson {
  /** a record was deleted */
  deleted: boolean;
  identity: PersonIdentity;
  cachedAnswers: number;
  tabs: number[];
}

/** Who a record (or, when it is gone, its id) is: the keys it owns and the GitHub logins it links to. */
export function identityOf(id: string, candidate: Candidate | null): PersonIdentity {
  const logins = new Set<string>();
  const slugs = new Set<string>();
  const linkedLogins = new Set<string>();
  const fromId = /^(gh|li):(.+)$/.exec(id.toLowerCase());
  if (fromId?.[1] === 'gh') logins.add(fromId[2]!);
  if (fromId?.[1] === 'li') slugs.add(fromId[2]!);
  if (candidate) {
    if (candidate.githubLogin) logins.add(candidate.githubLogin.toLowerCase());
    if (candidate.linkedinSlug) slugs.add(candidate.linkedinSlug.toLowerCase());
    if (candidate.profiles.github) logins.add(candidate.profiles.github.login.toLowerCase());
    if (candidate.profiles.linkedin) slugs.add(candidate.profiles.linkedin.slug.toLowerCase());
    for (const key of linkKeys(candidate)) if (key.startsWith('gh:')) linkedLogins.add(key.slice(3));
  }
  for (const l of logins) linkedLogins.delete(l);
  return { logins: [...logins], slugs: [...slugs], linkedLogins: [...linkedLogins] };
}

function keyOf(profile: PageProfile | null | undefined): string | null {
  if (!profile) return null;
  return profile.source === 'github' ? githubKey(profile.login) : linkedinKey(profile.slug);
}

/** True when a tab's state shows the person: their page, their other profile beside it, or their GitHub evidence. */
export function tabShows(state: TabState, who: PersonIdentity): boolean {
  const keys = new Set<string>([...who.logins.map((l) => githubKey(l)), ...who.slugs.map((s) => linkedinKey(s))]);
  const own = keyOf(state.profile);
  const partner = keyOf(state.partner);
  if ((own && keys.has(own)) || (partner && keys.has(partner))) return true;
  const evidenceLogin = state.evidence?.account.login.toLowerCase();
  if (evidenceLogin && who.logins.includes(evidenceLogin)) return true;
  const linked = state.profile?.source === 'linkedin' ? githubLoginOf(state.profile)?.toLowerCase() : null;
  return linked !== null && linked !== undefined && who.logins.includes(linked);
}

export interface EraseOptions {
  store?: CandidateStore;
  /** the clock for the bulk queue's update time */
  now?: () => number;
}

async function settle(tasks: Promise<unknown>[]): Promise<void> {
  const results = await Promise.allSettled(tasks);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}

/**
 * Deletes the candidate `id` (a record id or a `gh:`/`li:` key) and every
 * trace of them. Each store is tried even when another fails; the first
 * failure is then thrown. Erasing someone already gone still clears what the
 * id names.
 */
export async function erasePerson(id: string, options: EraseOptions = {}): Promise<ErasedPerson> {
  const store = options.store ?? candidateStore();
  const now = options.now ?? Date.now;
  const removed = await store.removeCandidate(id);
  const identity = identityOf(removed.deleted ? removed.key : id, removed.deleted ? removed.candidate : null);
  if (removed.deleted && removed.key !== id) {
    const also = identityOf(id, null);
    identity.logins = [...new Set([...identity.logins, ...also.logins])];
    identity.slugs = [...new Set([...identity.slugs, ...also.slugs])];
  }
  let cachedAnswers = 0;
  let tabs: number[] = [];
  await settle([
    forgetCachedAbout([...identity.logins, ...identity.linkedLogins]).then((n) => (cachedAnswers = n)),
    forgetSeen([...identity.logins.map(githubKey), ...identity.slugs.map(linkedinKey), ...identity.linkedLogins.map(githubKey)]),
    removeTabStatesWhere((state) => tabShows(state, identity)).then((ids) => (tabs = ids)),
    updateBulkQueue((q) => ({ queue: q ? withoutLogins(q, identity.logins, now()) : q, value: null })),
  ]);
  return { deleted: removed.deleted, identity, cachedAnswers, tabs };
}

/**
 * Erase everything about people: every candidate, every cached API answer,
 * the bulk queue, the retention notice and this session's readings and tab
 * states. Settings, roles and the token stay (they are not about candidates).
 */
export async function eraseEverything(options: { store?: CandidateStore } = {}): Promise<void> {
  const store = options.store ?? candidateStore();
  await settle([store.eraseAllCandidates(), clearHttpCache(), writeBulkQueue(null), writeRetentionNotice(null), clearSessionReadings()]);
}
