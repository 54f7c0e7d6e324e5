/** The words the candidate list shows for stages and bands: localised, with the English names as the fallback. */
import { STAGE_LABELS, type SeniorityBand, type Stage } from '@/lib/candidates/schema';
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
