import { describe, expect, test } from 'vitest';
import { presetById } from '../../../lib/matrix';
import { scoreCandidate } from '../../../lib/scoring';
import { CANDIDATES, NOW, type CandidateName } from './candidates';

function scores(matrixId: string): Record<CandidateName, number> {
  const matrix = presetById(matrixId);
  if (!matrix) throw new Error(matrixId);
  const out = {} as Record<CandidateName, number>;
  for (const [name, input] of Object.entries(CANDIDATES) as [CandidateName, (typeof CANDIDATES)[CandidateName]][]) {
    out[name] = scoreCandidate(input, matrix, NOW).overall;
  }
  return out;
}

describe('the ranking a hiring manager would expect', () => {
  test('backend-senior: the senior Go engineer, then the ten-year Java engineer, then everyone else', () => {
    const s = scores('backend-senior');
    expect(s.seniorGo).toBeGreaterThan(s.javaSpring);
    for (const other of ['juniorDjango', 'devopsEngineer', 'frontendReact', 'notebookDataScientist'] as const) {
      expect(s.javaSpring, other).toBeGreaterThan(s[other]);
    }
    // backend people with gaps still rank above people from other fields
    expect(s.juniorDjango).toBeGreaterThan(s.frontendReact);
    expect(s.devopsEngineer).toBeGreaterThan(s.frontendReact);
    expect(s.juniorDjango).toBeGreaterThan(s.notebookDataScientist);
    // strong matches look strong; the others cannot
    expect(s.seniorGo).toBeGreaterThanOrEqual(80);
    expect(s.javaSpring).toBeGreaterThanOrEqual(65);
    expect(s.juniorDjango).toBeLessThan(50);
  });

  test('backend-mid: the seniors lead; the junior without cloud and CI/CD falls behind them but stays above non-backend profiles', () => {
    const s = scores('backend-mid');
    expect(s.seniorGo).toBeGreaterThan(s.juniorDjango);
    expect(s.javaSpring).toBeGreaterThan(s.juniorDjango);
    expect(s.juniorDjango).toBeGreaterThan(s.frontendReact);
    expect(s.juniorDjango).toBeGreaterThan(s.notebookDataScientist);
    expect(s.devopsEngineer).toBeGreaterThan(s.frontendReact);
    expect(s.juniorDjango).toBeLessThan(50);
  });

  test('backend-junior: the junior Django developer is a real match, far ahead of the front-end, data and DevOps profiles', () => {
    const s = scores('backend-junior');
    expect(s.juniorDjango).toBeGreaterThanOrEqual(60);
    for (const other of ['frontendReact', 'notebookDataScientist', 'devopsEngineer'] as const) {
      expect(s.juniorDjango, other).toBeGreaterThan(s[other] + 20);
    }
    expect(s.seniorGo).toBeGreaterThan(s.frontendReact);
    expect(s.javaSpring).toBeGreaterThan(s.devopsEngineer);
  });

  test('the Java engineer with a thin GitHub is judged on LinkedIn: senior band, high confidence', () => {
    const r = scoreCandidate(CANDIDATES.javaSpring, presetById('backend-senior')!, NOW);
    expect(r.seniority.band).toBe('senior');
    expect(r.seniority.years).toBeGreaterThanOrEqual(10);
    expect(r.mustGaps).toEqual([]);
    const framework = r.requirements.find((q) => q.id === 'framework');
    expect(framework?.skill).toBe('spring-boot');
    expect(framework?.sources.every((s) => s.origin === 'linkedin')).toBe(true);
  });

  test('the data scientist is rated from GitHub alone: a low-confidence seniority estimate', () => {
    const r = scoreCandidate(CANDIDATES.notebookDataScientist, presetById('backend-senior')!, NOW);
    expect(r.seniority.confidence).toBe('low');
    expect(r.seniority.from).toBe('github');
    expect(r.mustGaps).toEqual(expect.arrayContaining(['framework', 'rest-api']));
  });
});
