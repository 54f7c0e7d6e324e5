import type { ScoreSnapshot } from '../candidates/schema';
import type { Matrix } from '../matrix/schema';
import type { ScoreResult } from '../scoring/schema';
import type { Evaluation } from './schema';

/** The dated snapshot a saved candidate keeps of the score and the evidence behind it. */
export function snapshotFrom(
  result: ScoreResult,
  matrix: Matrix,
  evaluation: Pick<Evaluation, 'evidence'> & Partial<Pick<Evaluation, 'github' | 'examined'>>,
  now: Date,
): ScoreSnapshot {
  const { evidence, github = null, examined } = evaluation;
  const musts = result.requirements.filter((r) => r.priority === 'must');
  return {
    date: now.toISOString(),
    matrixId: matrix.id,
    matrixName: matrix.name,
    overall: result.overall,
    verdict: result.verdict.label,
    provisional: result.verdict.provisional,
    band: result.seniority.band,
    confidence: result.confidence.level,
    mustMet: musts.filter((r) => r.status === 'met').map((r) => r.label),
    mustMissing: musts.filter((r) => r.status === 'missing').map((r) => r.label),
    requirements: result.requirements.map((r) => ({ id: r.id, label: r.label, priority: r.priority, status: r.status })),
    skills: evidence.map((e) => ({ skill: e.skill, strength: e.strength })),
    evidence: evidence.slice(0, 1000).map((e) => ({ ...e, sources: e.sources.slice(0, 20) })),
    ...(examined ? { examined } : {}),
    github: github ? { createdAt: github.createdAt, ...(github.activeYears !== undefined ? { activeYears: github.activeYears } : {}) } : null,
  };
}
