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
import { estimateSeniority } from '../scoring/seniority';
import type { GithubHistory } from '../scoring/schema';
import type { Examined } from '../schemas/examined';
import { linkedinFacts } from '../evidence/linkedin';
import { snapshotFrom } from './snapshot';
import { selfDescriptions, usableLinkedin } from './evaluate-person';
import { selfDescribedSeniority } from '../scoring/self-described';
import type { Evaluation } from './schema';
import type { Candidate, ScoreSnapshot } from '../candidates/schema';

/** What a record saved before Hirelens kept `examined` was read from, judged by its evidence. */
function legacyExamined(candidate: Candidate, linkedinRead: boolean): Examined {
  const sources = candidate.snapshot.evidence.flatMap((e) => e.sources);
  const fromGithub = sources.filter((s) => s.origin === 'github');
  const deep = fromGithub.some((s) => s.kind === 'manifest' || s.kind === 'file');
  const repos = new Set(fromGithub.map((s) => s.repo).filter((r) => r !== null)).size;
  return {
    github: deep ? 'deep' : fromGithub.length > 0 || candidate.snapshot.github ? 'quick' : 'none',
    repos,
    deepRepos: deep ? repos : 0,
    githubStopped: false,
    linkedin: linkedinRead,
    linkedinExperience: linkedinRead && (candidate.profiles.linkedin?.experience.length ?? 0) > 0,
  };
}

/** The evaluation a saved record still gives: its kept evidence, page readings and what was examined. */
export function rescoreInput(candidate: Candidate, now: Date = new Date(candidate.snapshot.date)): Evaluation {
  const { github } = candidate.profiles;
  const linkedin = usableLinkedin(candidate.profiles.linkedin ?? null);
  const facts = linkedin ? linkedinFacts(linkedin) : null;
  const history: GithubHistory | null =
    github || candidate.snapshot.github
      ? {
          createdAt: candidate.snapshot.github?.createdAt ?? null,
          utcOffsetHours: github?.utcOffsetHours ?? null,
          ...(candidate.snapshot.github?.activeYears !== undefined ? { activeYears: candidate.snapshot.github.activeYears } : {}),
        }
      : null;
  return {
    version: 1,
    evidence: candidate.snapshot.evidence,
    examined: candidate.snapshot.examined ?? legacyExamined(candidate, facts !== null),
    linkedin: facts,
    github: history,
    seniority: estimateSeniority(facts, history, now, selfDescribedSeniority(selfDescriptions({ github: github ?? null }, linkedin))),
    at: now.toISOString(),
  };
}

/** A new dated snapshot of a saved record scored against `matrix`; the evidence is carried over unchanged. */
export function rescoreSnapshot(candidate: Candidate, matrix: Matrix, now: Date): ScoreSnapshot {
  const evaluation = rescoreInput(candidate, now);
  const snapshot = snapshotFrom(scoreCandidate(evaluation, matrix, now), matrix, evaluation, now);
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
