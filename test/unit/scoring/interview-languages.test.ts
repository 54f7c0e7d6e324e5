/**
 * A framework gap's first question names frameworks the person could have
 * used in their own languages: Gin for a Go developer, not Django.
 */
import { describe, expect, test } from 'vitest';
import { DEFAULT_MATRIX_ID, presetById } from '../../../lib/matrix';
import { scoreCandidate } from '../../../lib/scoring';
import { languagesShown } from '../../../lib/scoring/interview';
import { gh, NOW } from './candidates';

const senior = presetById(DEFAULT_MATRIX_ID)!;

function firstFrameworkQuestion(evidence: ReturnType<typeof gh>[]): string {
  const result = scoreCandidate({ evidence }, senior, NOW);
  const gap = result.questions.gaps.find((g) => g.requirementId === 'framework');
  if (!gap) throw new Error('no framework gap');
  return gap.questions[0]!.text;
}

describe('framework questions follow the person’s languages', () => {
  test('a Go developer with no framework shown is asked about Go frameworks', () => {
    const text = firstFrameworkQuestion([gh('go', 0.9, 'gopher/api', 'repo-language'), gh('postgresql', 0.8)]);
    expect(text).toContain('Gin or Echo or Fiber');
    expect(text).not.toMatch(/Django|Flask|FastAPI/);
  });

  test('a Python developer is asked about Python frameworks', () => {
    const text = firstFrameworkQuestion([gh('python', 0.9, 'pyfan/tool', 'repo-language')]);
    expect(text).toContain('Django or Flask or FastAPI');
    expect(text).not.toMatch(/Gin|Spring|Express/);
  });

  test('a Java developer is asked about Spring Boot or Quarkus', () => {
    const text = firstFrameworkQuestion([gh('java', 0.9, 'duke/service', 'repo-language')]);
    expect(text).toContain('Spring Boot or Quarkus');
  });

  test('with no language shown, the row’s own frameworks are named', () => {
    const text = firstFrameworkQuestion([gh('docker', 0.9)]);
    expect(text).toContain('Django, Flask, FastAPI or similar');
  });

  test('a language with none of the row’s frameworks falls back to the row’s list', () => {
    const text = firstFrameworkQuestion([gh('rust', 0.9, 'crab/cli', 'repo-language')]);
    expect(text).toContain('Django, Flask, FastAPI or similar');
  });
});

describe('languagesShown', () => {
  const row = (skill: string | null, via: string | null, strength: number, status: 'met' | 'partial' | 'missing' | 'unchecked' = 'met') => ({ skill, via, strength, status });

  test('reads languages from met and partial rows, strongest first, and through frameworks', () => {
    expect(languagesShown([row('python', null, 0.4, 'partial'), row('go', null, 0.9), row('gin', null, 0.7)])).toEqual(['go', 'python']);
    expect(languagesShown([row('python', 'django', 0.6)])).toEqual(['python']);
  });

  test('ignores missing and unchecked rows and rows that are no language', () => {
    expect(languagesShown([row('go', null, 0.9, 'missing'), row('java', null, 0.9, 'unchecked'), row('docker', null, 1)])).toEqual([]);
  });
});
