/**
 * The one colour scale for scores, everywhere a verdict or a row's state is
 * shown (the verdict card and its gauge, requirement rows, the candidate list,
 * compare): strong, possible, weak, and grey for not enough to judge.
 * Yellow is kept for incomplete data (a row not checked, a provisional score,
 * a read the rate limit stopped) and never marks a score. The colours live in
 * entrypoints/sidepanel/style.css as `.tone-*`.
 */
import type { RequirementStatus, VerdictLabel } from '../schemas/enums';

export type Tone = 'strong' | 'possible' | 'weak' | 'none' | 'incomplete';

export function verdictTone(label: VerdictLabel): Tone {
  return label === 'insufficient' ? 'none' : label;
}

/** met reads as strong, partly shown as possible, missing as weak; not checked is incomplete data. */
export function statusTone(status: RequirementStatus | 'unknown'): Tone {
  switch (status) {
    case 'met':
      return 'strong';
    case 'partial':
      return 'possible';
    case 'missing':
      return 'weak';
    default:
      return 'incomplete';
  }
}

export function toneClass(tone: Tone): string {
  return `tone-${tone}`;
}
