/**
 * The verdict of a saved record. Records saved since verdicts were kept carry
 * their label; an older one is given the label the current rules put on its
 * stored score and gaps (one missing must-have keeps it at best "possible",
 * two or more make it "weak"), so the list can show every record alike.
 */
import type { VerdictLabel } from '../schemas/enums';
import type { ScoreSnapshot } from './schema';

export function snapshotVerdict(s: Pick<ScoreSnapshot, 'verdict' | 'overall' | 'mustMissing'>): VerdictLabel {
  if (s.verdict) return s.verdict;
  if (s.mustMissing.length >= 2) return 'weak';
  const label = s.overall >= 70 ? 'strong' : s.overall >= 45 ? 'possible' : 'weak';
  return s.mustMissing.length === 1 && label === 'strong' ? 'possible' : label;
}

/** A record saved while there was not enough to judge: its score is pending, never a low number. */
export function isPending(s: Pick<ScoreSnapshot, 'verdict'>): boolean {
  return s.verdict === 'insufficient';
}

/** The score as a recruiter reads it in a list or a file: the number, or "pending". */
export function scoreText(s: Pick<ScoreSnapshot, 'verdict' | 'overall'>): string {
  return isPending(s) ? 'pending' : String(s.overall);
}
