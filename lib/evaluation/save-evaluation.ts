/**
 * "Score and save a person", written once: the panel's Save and the bulk
 * runner both score the Evaluation against the role and store the same
 * snapshot with the person's profiles.
 */
import {
  CandidateConflictError,
  getCandidate,
  revisionOf,
  saveCandidate,
  updateCandidateIfUnchanged,
  type Candidate,
  type CandidateProfiles,
  type SaveCandidateInput,
  type Stage,
} from '../candidates';
import { candidateIdFor } from '../candidates/identity';
import { isPending } from '../candidates/verdict';
import type { Matrix } from '../matrix/schema';
import { scoreCandidate } from '../scoring/score';
import type { PersonReadings } from './evaluate-person';
import type { Evaluation } from './schema';
import { snapshotFrom } from './snapshot';
import { readConfirmations } from './link-confirmations-store';

export interface SaveEvaluationInput extends Pick<SaveCandidateInput, 'stage' | 'tags' | 'notes' | 'githubUrl' | 'expectedRevision'> {
  readings: Pick<PersonReadings, 'github' | 'linkedin'>;
  evaluation: Evaluation;
  matrix: Matrix;
  now: Date;
  /** the recruiter's corrections of a LinkedIn reading that was not understood */
  corrections?: { name?: string; headline?: string };
}

/** Throws CandidateConflictError when `expectedRevision` is given and the stored record is no longer at it. */
export async function saveEvaluation(input: SaveEvaluationInput): Promise<{ candidateId: string; created: boolean; overall: number; candidate: Candidate }> {
  const { readings, evaluation, matrix, now, corrections } = input;
  const profiles: CandidateProfiles = {};
  if (readings.github) profiles.github = readings.github;
  if (readings.linkedin) {
    profiles.linkedin = {
      ...readings.linkedin,
      ...(corrections?.name ? { name: corrections.name } : {}),
      ...(corrections?.headline ? { headline: corrections.headline } : {}),
    };
  }
  const snapshot = snapshotFrom(scoreCandidate(evaluation, matrix, new Date(evaluation.at)), matrix, evaluation, now);
  // records the recruiter said are not one person ("Not the same person", "No" to "Is this their GitHub?") are never folded together
  const { rejected } = await readConfirmations();
  const saved = await saveCandidate({
    profiles,
    snapshot,
    roleId: matrix.id,
    ...(input.stage ? { stage: input.stage } : {}),
    ...(input.tags !== undefined ? { tags: [...input.tags] } : {}),
    ...(input.notes !== undefined ? { notes: input.notes } : {}),
    ...(input.githubUrl ? { githubUrl: input.githubUrl } : {}),
    ...(input.expectedRevision !== undefined ? { expectedRevision: input.expectedRevision } : {}),
    ...(rejected.size > 0 ? { notSamePairs: [...rejected] } : {}),
  });
  return { candidateId: saved.candidate.id, created: saved.created, overall: snapshot.overall, candidate: saved.candidate };
}

/** The stage, tags and notes a saved record holds, at its revision: what the profile panel's form is based on. */
export interface SavedFields {
  revision: number;
  stage: Stage;
  tags: string[];
  notes: string;
}

function savedFields(c: Candidate): SavedFields {
  return { revision: revisionOf(c), stage: c.stage, tags: [...c.tags], notes: c.notes };
}

/** What the profile panel's Save did: saved (the record as now stored), or refused because another panel saved the person first. */
export type PanelSaveResult =
  | { ok: true; created: boolean; saved: SavedFields }
  | { ok: false; error: string; conflict?: { current: Candidate | null } };

export interface PanelSaveInput extends Omit<SaveEvaluationInput, 'expectedRevision' | 'stage' | 'tags' | 'notes'> {
  stage: Stage;
  tags: string[];
  notes: string;
  /** the revision of the record the panel showed (0: none was saved) */
  expectedRevision: number;
  /**
   * true once the recruiter chose in a conflict: stage, tags and notes are
   * written as given (not merged with the stored ones), still only while the
   * record is at `expectedRevision`.
   */
  exact?: boolean;
}

/**
 * The profile panel's Save: scores and saves the shown person only while the
 * stored record is at the revision the panel showed, so another panel's save
 * in between is never overwritten silently; a first save of a new person
 * (revision 0, no record) just saves.
 */
export async function savePanelEvaluation(input: PanelSaveInput): Promise<PanelSaveResult> {
  const { stage, tags, notes, exact = false, ...rest } = input;
  try {
    if (!exact) {
      const saved = await saveEvaluation({ ...rest, stage, tags, notes });
      return { ok: true, created: saved.created, saved: savedFields(saved.candidate) };
    }
    // the new snapshot first, keeping what is stored; then the recruiter's choice, exactly, at the revision that made
    const saved = await saveEvaluation(rest);
    const patched = await updateCandidateIfUnchanged(saved.candidateId, { stage, tags, notes }, revisionOf(saved.candidate));
    if (!patched.ok) throw new CandidateConflictError(patched.current);
    return { ok: true, created: saved.created, saved: savedFields(patched.candidate) };
  } catch (error) {
    if (error instanceof CandidateConflictError) return { ok: false, error: error.message, conflict: { current: error.current } };
    throw error;
  }
}

/**
 * A person saved while there was not enough to judge is re-scored once the
 * evaluation has more: the saved record's pending score is replaced with the
 * verdict against the record's own role. Stage, tags and notes stay.
 * Returns true when a pending record was completed.
 */
export async function completePendingSave(
  readings: Pick<PersonReadings, 'github' | 'linkedin'>,
  evaluation: Evaluation,
  matrixFor: (id: string) => Promise<Matrix | null | undefined>,
  now: Date,
): Promise<boolean> {
  const ids = [readings.github, readings.linkedin].flatMap((p) => (p ? [candidateIdFor(p)] : []));
  for (const id of ids) {
    const saved = await getCandidate(id).catch(() => null);
    if (!saved) continue;
    if (!isPending(saved.snapshot)) return false;
    const matrix = await matrixFor(saved.roleId);
    if (!matrix) return false;
    if (scoreCandidate(evaluation, matrix, new Date(evaluation.at)).verdict.label === 'insufficient') return false;
    await saveEvaluation({ readings, evaluation, matrix, now });
    return true;
  }
  return false;
}
