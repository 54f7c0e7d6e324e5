/** The words the candidate list shows for stages, bands and roles: localised, with the English names as the fallback. */
import { STAGE_LABELS, type Candidate, type SeniorityBand, type Stage } from '@/lib/candidates/schema';
import { t } from '@/lib/i18n';

/** The localised text for `key`, or `fallback` where the runtime has none (tests, a missing key). */
function localised(key: string, fallback: string): string {
  const text = t(key);
  return text === key ? fallback : text;
}

export function stageLabel(stage: Stage): string {
  return localised(`stage_${stage.replace(/-/g, '_')}`, STAGE_LABELS[stage]);
}

const BAND_FALLBACK: Record<SeniorityBand, string> = { junior: 'Junior', mid: 'Mid-level', senior: 'Senior', unknown: 'Seniority unknown' };

export function bandLabel(band: SeniorityBand): string {
  return localised(`band_${band}`, BAND_FALLBACK[band]);
}

/** The role as a recruiter knows it: the matrix's current name, else the name it had when scored, else its id. */
export function roleLabel(c: Candidate, matrixNames: ReadonlyMap<string, string>): string {
  return matrixNames.get(c.roleId) ?? (c.snapshot.matrixId === c.roleId && c.snapshot.matrixName ? c.snapshot.matrixName : c.roleId);
}

/** The GitHub login or LinkedIn slug shown under the name. */
export function handleOf(c: Candidate): string {
  return c.githubLogin ?? c.linkedinSlug ?? c.id;
}

/** A date a recruiter reads (the day, in their locale); the raw text when it is not a date. */
export function dayOf(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString();
}
