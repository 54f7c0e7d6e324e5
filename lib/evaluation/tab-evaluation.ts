/** A tab's readings and the evaluation built from them (pure; the background does the I/O around it). */
import type { PageProfile } from '../schemas/profile';
import { evaluatePerson, type PersonReadings } from './evaluate-person';
import type { TabState } from './tab-state';

/** Everything a tab knows of its person: the page, the other profile read this session, GitHub's evidence. */
export function readingsOfTab(state: Pick<TabState, 'profile' | 'partner' | 'evidence' | 'partial'>): PersonReadings {
  const profile: PageProfile | null = state.profile;
  const partner = state.partner ?? null;
  return {
    github: profile?.source === 'github' ? profile : partner?.source === 'github' ? partner : null,
    linkedin: profile?.source === 'linkedin' ? profile : partner?.source === 'linkedin' ? partner : null,
    githubEvidence: state.evidence,
    githubStopped: state.evidence === null && state.partial !== null,
  };
}

/** The state with its evaluation rebuilt from what it holds; a state with no person has none. */
export function withEvaluation(state: TabState, now: Date): TabState {
  return { ...state, evaluation: state.profile ? evaluatePerson(readingsOfTab(state), now) : null };
}
