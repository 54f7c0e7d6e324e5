/**
 * "Score and save a person", written once: the panel's Save and the bulk
 * runner both score the Evaluation against the role and store the same
 * snapshot with the person's profiles.
 */
import { getCandidate, saveCandidate, type CandidateProfiles, type SaveCandidateInput } from '../candidates';
import { candidateIdFor } from '../candidates/identity';
import { isPending } from '../candidates/verdict';
import type { Matrix } from '../matrix/schema';
import { scoreCandidate } from '../scoring/score';
import type { PersonReadings } from './evaluate-person';
import type { Evaluation } from './schema';
import { snapshotFrom } from './snapshot';

export interface SaveEvaluationInput extends Pick<SaveCandidateInput, 'stage' | 'tags' | 'notes' | 'githubUrl'> {
  readings: Pick<PersonReadings, 'github' | 'linkedin'>;
  evaluation: Evaluation;
  matrix: Matrix;
  now: Date;
  /** the recruiter's corrections of a LinkedIn reading that was not understood */
  corrections?: { name?: string; headline?: string };
}

export async function saveEvaluation(input: SaveEvaluationInput): Promise<{ candidateId: string; created: boolean; overall: number }> {
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
  const saved = await saveCandidate({
    profiles,
    snapshot,
    roleId: matrix.id,
    ...(input.stage ? { stage: input.stage } : {}),
    ...(input.tags !== undefined ? { tags: [...input.tags] } : {}),
    ...(input.notes !== undefined ? { notes: input.notes } : {}),
    ...(input.githubUrl ? { githubUrl: input.githubUrl } : {}),
  });
  return { candidateId: saved.candidate.id, created: saved.created, overall: snapshot.overall };
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
