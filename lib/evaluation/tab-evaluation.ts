/** A tab's readings and the evaluation built from them (pure; the background does the I/O around it). */
import type { PageProfile } from '../schemas/profile';
import { evaluatePerson, type PersonReadings } from './evaluate-person';
import { claimOf, NO_CONFIRMATIONS, type Confirmations } from './identity-claim';
import type { TabState } from './tab-state';

/**
 * Everything a tab knows of its person: the page, the other profile read this
 * session, GitHub's evidence. The other profile, and the GitHub evidence a
 * LinkedIn page only claims, count only once the link is confirmed.
 */
export function readingsOfTab(state: Pick<TabState, 'profile' | 'partner' | 'evidence' | 'partial' | 'claim'>): PersonReadings {
  const profile: PageProfile | null = state.profile;
  const confirmed = !state.claim || state.claim.confirmedBy !== null;
  const partner = confirmed ? (state.partner ?? null) : null;
  const evidence = profile?.source === 'linkedin' && !confirmed ? null : state.evidence;
  return {
    github: profile?.source === 'github' ? profile : partner?.source === 'github' ? partner : null,
    linkedin: profile?.source === 'linkedin' ? profile : partner?.source === 'linkedin' ? partner : null,
    githubEvidence: evidence,
    githubStopped: evidence === null && state.partial !== null && confirmed,
  };
}

/** The state with its identity claim judged and its evaluation rebuilt from what it holds; a state with no person has none. */
export function withEvaluation(state: TabState, now: Date, confirmations: Confirmations = NO_CONFIRMATIONS): TabState {
  const claim = claimOf(state.profile, state.partner ?? null, state.evidence?.account ?? null, confirmations);
  const judged = { ...state, claim };
  return { ...judged, evaluation: state.profile ? evaluatePerson(readingsOfTab(judged), now) : null };
}
