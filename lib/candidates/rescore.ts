/**
 * Re-scoring saved candidates against another matrix, pure and offline.
 *
 * A saved record keeps the evidence it was scored from (`snapshot.evidence`,
 * already merged from GitHub, the GitHub bio and LinkedIn) and both page
 * readings (`profiles`). That is enough to score again against any matrix
 * without asking GitHub anything. What is not kept is the GitHub account's
 * age and active years, so a seniority that rested on GitHub alone becomes
 * `unknown` after a re-score; one read from LinkedIn roles is unchanged.
 */
import type { Matrix } from '../matrix/schema';
import { scoreCandidate } from '../scoring/score';
import type { ScoreInput } from '../scoring/schema';
import { snapshotFrom } from '../evaluation/snapshot';
import type { Candidate, ScoreSnapshot } from './schema';

/** The scoring input a saved record can still give: its cached evidence and page readings. */
export function rescoreInput(candidate: Candidate): ScoreInput {
  const { github, linkedin } = candidate.profiles;
  return {
    evidence: candidate.snapshot.evidence,
    linkedin: linkedin && !linkedin.unrecognised ? linkedin : null,
    github:
      github || candidate.snapshot.github
        ? {
            createdAt: candidate.snapshot.github?.createdAt ?? null,
            utcOffsetHours: github?.utcOffsetHours ?? null,
            ...(candidate.snapshot.github?.activeYears !== undefined ? { activeYears: candidate.snapshot.github.activeYears } : {}),
          }
        : null,
  };
}

/** A new dated snapshot of a saved record scored against `matrix`; the evidence is carried over unchanged. */
export function rescoreSnapshot(candidate: Candidate, matrix: Matrix, now: Date): ScoreSnapshot {
  const input = rescoreInput(candidate);
  const snapshot = snapshotFrom(scoreCandidate(input, matrix, now), matrix, candidate.snapshot.evidence, now, input.github);
  // snapshotFrom rebuilds the skills from the evidence; keep what was stored when there was no evidence to rebuild from
  return snapshot.skills.length === 0 && candidate.snapshot.skills.length > 0 ? { ...snapshot, skills: candidate.snapshot.skills } : snapshot;
}

export interface RescoreOptions {
  /** also make `matrix` the role each candidate is considered for (default true) */
  assignRole?: boolean;
}

/**
 * Every record re-scored against `matrix`: the same records with a new
 * snapshot (and, unless `assignRole` is false, `roleId` set to the matrix).
 * Stage, tags, notes and the date saved (`updatedAt`) are untouched: a
 * re-score is not an edit. The input is not changed.
 */
export function rescoreCandidates(candidates: readonly Candidate[], matrix: Matrix, now: Date, options: RescoreOptions = {}): Candidate[] {
  const assignRole = options.assignRole ?? true;
  return candidates.map((c) => ({
    ...c,
    roleId: assignRole ? matrix.id : c.roleId,
    snapshot: rescoreSnapshot(c, matrix, now),
  }));
}
