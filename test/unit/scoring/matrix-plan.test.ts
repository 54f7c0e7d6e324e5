/**
 * Scoring keeps a plan per matrix and reuses scratch rows between candidates
 * (lib/scoring/matrix-plan.ts). These tests check that what the recruiter sees
 * never depends on that: a matrix edited in place is scored as it is now, and
 * a list scored against one matrix object gives each person the same score as
 * scoring them alone against a fresh copy of it.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { PRESETS, presetById, type Matrix } from '../../../lib/matrix';
import type { Examined } from '../../../lib/schemas/examined';
import type { SkillEvidence } from '../../../lib/schemas/evidence';
import { scoreCandidate, type ScoreInput } from '../../../lib/scoring';
import { gh, NOW, CANDIDATES } from './candidates';

const fresh = (matrix: Matrix): Matrix => structuredClone(matrix);

function senior(): Matrix {
  const m = presetById('backend-senior');
  if (!m) throw new Error('preset missing');
  return fresh(m);
}

const goDeveloper: ScoreInput = {
  evidence: [gh('go', 0.5, 'me/api', 'repo-language'), gh('gin', 0.5, 'me/api'), gh('postgresql', 0.5, 'me/api'), gh('rust', 0.4, 'me/cli', 'repo-language')],
  github: { createdAt: '2018-01-01T00:00:00Z', utcOffsetHours: 1, activeYears: 5 },
};

const row = (input: ScoreInput, matrix: Matrix, id: string) => scoreCandidate(input, matrix, NOW).requirements.find((r) => r.id === id);

describe('a matrix edited after it was scored', () => {
  test('a raised bar turns a met row partial', () => {
    const m = senior();
    expect(row(goDeveloper, m, 'primary-language')?.status).toBe('met');
    const req = m.requirements.find((r) => r.id === 'primary-language');
    if (req?.kind !== 'skill') throw new Error('no language row');
    req.minStrength = 0.9;
    expect(row(goDeveloper, m, 'primary-language')?.status).toBe('partial');
    expect(row(goDeveloper, m, 'primary-language')?.explanation).toContain('This role asks for strong evidence.');
    expect(scoreCandidate(goDeveloper, m, NOW)).toEqual(scoreCandidate(goDeveloper, fresh(m), NOW));
  });

  test('a skill added to a row counts, and names it when nothing is found', () => {
    const m = senior();
    expect(row(goDeveloper, m, 'caching')?.status).toBe('missing');
    const req = m.requirements.find((r) => r.id === 'caching');
    if (req?.kind !== 'skill') throw new Error('no caching row');
    req.anyOf.push('postgresql');
    expect(row(goDeveloper, m, 'caching')?.skill).toBe('postgresql');
    req.anyOf.splice(0, req.anyOf.length, 'memcached');
    expect(row(goDeveloper, m, 'caching')?.explanation).toBe('No evidence of Memcached.');
    expect(scoreCandidate(goDeveloper, m, NOW)).toEqual(scoreCandidate(goDeveloper, fresh(m), NOW));
  });

  test('a row removed or added changes the rows scored', () => {
    const m = senior();
    scoreCandidate(goDeveloper, m, NOW);
    m.requirements.splice(m.requirements.findIndex((r) => r.id === 'docker'), 1);
    m.requirements.push({ kind: 'skill', id: 'rust', label: 'Rust', priority: 'must', anyOf: ['rust'], minStrength: 0.3, weight: 2 });
    const r = scoreCandidate(goDeveloper, m, NOW);
    expect(r.requirements.map((q) => q.id)).not.toContain('docker');
    expect(r.requirements.find((q) => q.id === 'rust')?.status).toBe('met');
    expect(r).toEqual(scoreCandidate(goDeveloper, fresh(m), NOW));
  });

  test('a row replaced by an edited copy, and a "not the same as" added, are used', () => {
    const m = senior();
    expect(row(goDeveloper, m, 'second-language')?.skill).toBe('rust');
    const i = m.requirements.findIndex((r) => r.id === 'second-language');
    const second = m.requirements[i];
    if (second?.kind !== 'skill') throw new Error('no second language row');
    // without "not the same as", the strongest language is Go again
    const { notSameAs: _dropped, ...rest } = second;
    m.requirements[i] = rest;
    expect(row(goDeveloper, m, 'second-language')?.skill).toBe('go');
    m.requirements[i] = { ...rest, notSameAs: 'primary-language' };
    expect(row(goDeveloper, m, 'second-language')?.skill).toBe('rust');
    expect(scoreCandidate(goDeveloper, m, NOW)).toEqual(scoreCandidate(goDeveloper, fresh(m), NOW));
  });
});

const SKILLS = ['python', 'go', 'java', 'nodejs', 'django', 'flask', 'express', 'spring-boot', 'gin', 'postgresql', 'mongodb', 'redis', 'rest', 'graphql', 'git', 'aws', 'docker', 'ci-cd', 'kubernetes', 'terraform', 'kafka', 'pytest', 'jwt', 'react', 'rust'];
const KINDS = ['repo-language', 'manifest', 'file', 'topic', 'description', 'bio', 'contribution', 'linkedin-skill'] as const;

const evidenceArb: fc.Arbitrary<SkillEvidence[]> = fc
  .array(
    fc.record({
      skill: fc.constantFrom(...SKILLS),
      strength: fc.constantFrom(0, 0.1, 0.3, 0.45, 0.5, 0.7, 0.9),
      repo: fc.integer({ min: 0, max: 24 }).map((n) => `someone/repo-${n}`),
      kind: fc.constantFrom(...KINDS),
    }),
    { maxLength: 20 },
  )
  .map((items) => items.map((i) => gh(i.skill, i.strength, i.repo, i.kind)));

const examinedArb: fc.Arbitrary<Examined | undefined> = fc.option(
  fc.record({
    github: fc.constantFrom('none', 'quick', 'deep'),
    repos: fc.integer({ min: 0, max: 5 }),
    deepRepos: fc.integer({ min: 0, max: 3 }),
    githubStopped: fc.boolean(),
    linkedin: fc.boolean(),
    linkedinExperience: fc.boolean(),
  }),
  { nil: undefined },
);

const inputArb: fc.Arbitrary<ScoreInput> = fc.oneof(
  fc.record({ evidence: evidenceArb, examined: examinedArb, github: fc.constant({ createdAt: '2016-01-01T00:00:00Z', utcOffsetHours: 2, activeYears: 4 }) }),
  fc.constantFrom(...Object.values(CANDIDATES)),
);

describe('a list scored against one matrix', () => {
  test('each person gets the score they get alone against a fresh copy of the matrix', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(inputArb, fc.nat({ max: PRESETS.length - 1 })), { minLength: 1, maxLength: 8 }), (list) => {
        // one matrix object per preset, as a list re-score uses them, interleaved
        const shared = PRESETS.map(fresh);
        const together = list.map(([input, m]) => scoreCandidate(input, shared[m]!, NOW));
        const alone = list.map(([input, m]) => scoreCandidate(input, fresh(PRESETS[m]!), NOW));
        expect(together).toEqual(alone);
      }),
      { numRuns: 150 },
    );
  });
});

describe('evidence the speed-ups must count alike', () => {
  test('two skills implying the same language equally: the row names the one that sorts first, whatever the order', () => {
    const m = senior();
    const flaskFirst = { evidence: [gh('flask', 0.6, 'me/a'), gh('django', 0.6, 'me/b')] };
    const djangoFirst = { evidence: [gh('django', 0.6, 'me/b'), gh('flask', 0.6, 'me/a')] };
    expect(row(flaskFirst, m, 'primary-language')?.via).toBe('django');
    expect(row(djangoFirst, m, 'primary-language')?.via).toBe('django');
    expect(row(flaskFirst, m, 'primary-language')?.explanation).toMatch(/^Python \(through Django\): /);
  });

  test('a skill no row names still counts for the one it implies', () => {
    const m = senior();
    m.requirements = [{ kind: 'skill', id: 'python-only', label: 'Python', priority: 'must', anyOf: ['python'], minStrength: 0.3, weight: 1 }];
    const r = scoreCandidate({ evidence: [gh('flask', 0.8, 'me/a'), gh('react', 0.9, 'me/b')] }, m, NOW);
    expect(r.requirements[0]).toMatchObject({ status: 'met', skill: 'python', via: 'flask', strength: 0.56 });
  });

  test('a skill named with no strength is no evidence; what another skill implies still counts for it', () => {
    const m = senior();
    const input: ScoreInput = { evidence: [gh('python', 0, 'me/a', 'repo-language'), gh('django', 0.6, 'me/a'), gh('python', 0, 'me/b', 'bio')] };
    expect(row(input, m, 'primary-language')).toMatchObject({ skill: 'python', via: 'django', strength: 0.42 });
    expect(row({ evidence: [gh('python', 0, 'me/a', 'repo-language')] }, m, 'primary-language')?.skill).toBeNull();
  });

  test('a certification row met through evidence of a certified skill', () => {
    const m = senior();
    m.requirements.push({ kind: 'certification', id: 'cloud-cert', label: 'A cloud certification', priority: 'nice', anyOf: ['aws'], names: [], weight: 1 });
    const r = scoreCandidate({ evidence: [gh('go', 0.5, 'me/a', 'repo-language'), gh('aws', 0.9, 'me/a', 'certification')] }, m, NOW);
    expect(r.requirements.find((q) => q.id === 'cloud-cert')).toMatchObject({ status: 'met', skill: 'aws' });
  });

  test('a matrix without a Git row scores the rest as before', () => {
    const m = senior();
    const withGit = scoreCandidate(goDeveloper, m, NOW);
    m.requirements = m.requirements.filter((q) => q.id !== 'git');
    const without = scoreCandidate(goDeveloper, m, NOW);
    expect(without.requirements.map((q) => q.id)).not.toContain('git');
    // the same finding; only the share of the points moves with one row fewer
    const finding = (r: typeof withGit) => r.requirements.filter((q) => q.id !== 'git').map(({ contribution: _c, maxContribution: _m, ...q }) => q);
    expect(finding(without)).toEqual(finding(withGit));
  });

  test('code in twenty repositories: Git counts every one, and lists the first ten by name', () => {
    const repos = Array.from({ length: 20 }, (_, i) => `me/r${String(i).padStart(2, '0')}`);
    const input: ScoreInput = { evidence: [...repos].reverse().flatMap((repo) => [gh('go', 0.5, repo, 'repo-language'), gh('docker', 0.5, repo, 'file')]) };
    const r = scoreCandidate(input, senior(), NOW);
    const git = r.requirements.find((q) => q.id === 'git');
    expect(git?.strength).toBe(0.6);
    expect(git?.sources.map((s) => s.repo)).toEqual(repos.slice(0, 10));
    expect(r.confidence.basis).toContain('across 20 repositories');
  });
});
