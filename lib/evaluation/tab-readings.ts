/** A tab's readings, as the panel and the background read them (light: the panel's first view imports it). */
import type { PageProfile } from '../schemas/profile';
import type { PersonReadings } from './evaluate-person';
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
