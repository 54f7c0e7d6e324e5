/** The words the candidate list shows for stages and bands: localised, with the English names as the fallback. */
import { STAGE_LABELS, type SeniorityBand, type Stage } from '@/lib/candidates/schema';
import type { VerdictLabel } from '@/lib/schemas/enums';
import { tOr } from '@/lib/i18n';

export function stageLabel(stage: Stage): string {
  return tOr(`stage_${stage.replace(/-/g, '_')}`, STAGE_LABELS[stage]);
}

const BAND_FALLBACK: Record<SeniorityBand, string> = { junior: 'Junior', mid: 'Mid-level', senior: 'Senior', unknown: 'Seniority unknown' };

export function bandLabel(band: SeniorityBand): string {
  return tOr(`band_${band}`, BAND_FALLBACK[band]);
}

/** A date a recruiter reads (the day, in their locale); the raw text when it is not a date. */
export function dayOf(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString();
}

const VERDICT_SHORT: Readonly<Record<VerdictLabel, string>> = {
  strong: 'strong match',
  possible: 'possible match',
  weak: 'weak match',
  insufficient: 'not enough to judge',
};

/** The verdict in a few lower-case words, for lists: "possible match". */
export function verdictShort(label: VerdictLabel): string {
  return tOr(`verdictShort_${label}`, VERDICT_SHORT[label]);
}
