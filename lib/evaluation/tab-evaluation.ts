/** A tab's readings and the evaluation built from them (pure; the background does the I/O around it). */
import { evaluatePerson } from './evaluate-person';
import { readingsOfTab } from './tab-readings';

export { readingsOfTab };
import { claimOf, NO_CONFIRMATIONS, type Confirmations } from './identity-claim';
import type { TabState } from './tab-state';

/** The state with its identity claim judged and its evaluation rebuilt from what it holds; a state with no person has none. */
export function withEvaluation(state: TabState, now: Date, confirmations: Confirmations = NO_CONFIRMATIONS): TabState {
  const claim = claimOf(state.profile, state.partner ?? null, state.evidence?.account ?? null, confirmations);
  const judged = { ...state, claim };
  return { ...judged, evaluation: state.profile ? evaluatePerson(readingsOfTab(judged), now) : null };
}
