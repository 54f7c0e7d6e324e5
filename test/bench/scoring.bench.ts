/**
 * Time to score 10,000 candidates against one matrix (target under 100 ms).
 * Printed, never asserted. Two untimed passes first let the engine compile
 * the scoring code, as it has by the time a recruiter re-scores a list; the
 * figure is the median of seven timed passes, so one pass slowed by other work
 * on the machine does not decide it. Every pass builds the full score of every
 * candidate (verdict, rows with their explanations, questions).
 */
import { test } from 'vitest';
import { presetById } from '../../lib/matrix';
import type { SkillEvidence } from '../../lib/schemas/evidence';
import { scoreCandidate, type ScoreInput } from '../../lib/scoring';
import { medianMs, report } from './report';

const SKILLS = ['python', 'go', 'java', 'django', 'gin', 'spring-boot', 'postgresql', 'redis', 'rest', 'aws', 'docker', 'ci-cd', 'kubernetes', 'terraform', 'kafka', 'pytest', 'jwt', 'react'];

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

test('scoring bench', async () => {
  const matrix = presetById('backend-senior');
  if (!matrix) throw new Error('preset missing');
  const candidates = Array.from({ length: 10_000 }, (_, i) => candidate(i));
  const now = new Date('2025-06-15T00:00:00Z');
  let rows = 0;
  const scoreAll = (): void => {
    for (const c of candidates) rows += scoreCandidate(c, matrix, now).requirements.length;
  };
  scoreAll();
  scoreAll();
  const ms = await medianMs(7, scoreAll);
  if (rows !== 9 * candidates.length * matrix.requirements.length) throw new Error(`scored ${rows} rows`);
  report('score 10,000 candidates', ms, 'ms', '< 100 ms');
});
