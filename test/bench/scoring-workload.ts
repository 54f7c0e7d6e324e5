/**
 * The workload of the scoring figure: 10,000 candidates, each with twelve
 * skills from GitHub, scored against the senior Backend preset. Two untimed
 * passes first let the engine compile the scoring code, as it has by the time
 * a recruiter re-scores a list; then seven timed passes, each building the full
 * score of every candidate (verdict, rows with their explanations, questions).
 *
 * scoring.bench.ts bundles this file and runs it in fresh Node processes; run
 * on its own it prints one JSON line: the median pass in milliseconds and the
 * rows scored (a check that every pass did the whole work).
 */
import { presetById } from '../../lib/matrix';
import type { SkillEvidence } from '../../lib/schemas/evidence';
import { scoreCandidate, type ScoreInput } from '../../lib/scoring';

const SKILLS = ['python', 'go', 'java', 'django', 'gin', 'spring-boot', 'postgresql', 'redis', 'rest', 'aws', 'docker', 'ci-cd', 'kubernetes', 'terraform', 'kafka', 'pytest', 'jwt', 'react'];
export const CANDIDATES = 10_000;
export const TIMED_PASSES = 7;

function candidate(i: number): ScoreInput {
  const evidence: SkillEvidence[] = [];
  for (let k = 0; k < 12; k++) {
    const skill = SKILLS[(i * 7 + k * 5) % SKILLS.length] as string;
    const strength = ((i * 31 + k * 17) % 100) / 100;
    const repo = `user${i}/repo${k % 4}`;
    evidence.push({
      skill,
      strength,
      sources: [{ kind: 'manifest', origin: 'github', repo, path: 'package.json', detail: `${skill} in ${repo}`, url: null, weight: strength, date: null }],
      lastSeen: null,
    });
  }
  return { evidence, github: { createdAt: '2015-01-01T00:00:00Z', utcOffsetHours: 1, activeYears: i % 10 } };
}

export interface WorkloadResult {
  /** the median timed pass, in milliseconds */
  medianMs: number;
  /** rows scored over all passes */
  rows: number;
  /** rows every pass must score: all candidates, all of the matrix's rows, two untimed and the timed passes */
  expectedRows: number;
}

export function runWorkload(): WorkloadResult {
  const matrix = presetById('backend-senior');
  if (!matrix) throw new Error('preset missing');
  const candidates = Array.from({ length: CANDIDATES }, (_, i) => candidate(i));
  const now = new Date('2025-06-15T00:00:00Z');
  let rows = 0;
  const scoreAll = (): void => {
    for (const c of candidates) rows += scoreCandidate(c, matrix, now).requirements.length;
  };
  scoreAll();
  scoreAll();
  const times: number[] = [];
  for (let i = 0; i < TIMED_PASSES; i++) {
    const t0 = performance.now();
    scoreAll();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)]!, rows, expectedRows: (2 + TIMED_PASSES) * CANDIDATES * matrix.requirements.length };
}
