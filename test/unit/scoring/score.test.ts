import { describe, expect, test } from 'vitest';
import { DEFAULT_MATRIX_ID, presetById, type Matrix } from '../../../lib/matrix';
import { BEHAVIOURAL_QUESTIONS, QUESTION_BANK, mustGapCap, scoreCandidate, ScoreResult } from '../../../lib/scoring';
import { CANDIDATES, gh, NOW } from './candidates';

const senior = presetById(DEFAULT_MATRIX_ID)!;
const junior = presetById('backend-junior')!;

describe('scoreCandidate', () => {
  test('its result passes the ScoreResult schema', () => {
    expect(ScoreResult.safeParse(scoreCandidate(CANDIDATES.seniorGo, senior, NOW)).success).toBe(true);
  });

  test('every met requirement points at the evidence that decided it', () => {
    for (const input of Object.values(CANDIDATES)) {
      const r = scoreCandidate(input, senior, NOW);
      for (const row of r.requirements) {
        if (row.status === 'met') expect(row.sources.length, row.id).toBeGreaterThan(0);
        if (row.status === 'missing') expect(row.contribution).toBe(0);
        expect(row.contribution).toBeLessThanOrEqual(row.maxContribution);
      }
    }
  });

  test('the points of all rows add up to 100 when everything is met', () => {
    const r = scoreCandidate(CANDIDATES.seniorGo, senior, NOW);
    const max = r.requirements.reduce((sum, row) => sum + row.maxContribution, 0);
    expect(max).toBeCloseTo(100, 0);
  });

  test('a missing must-have is a gap, caps the score at 69 and the label at possible, and gets questions', () => {
    // a database and tests, but no web framework or API style anywhere in the examined repositories
    const evidence = [gh('python', 0.9), gh('postgresql', 0.9), gh('pytest', 0.9), gh('pandas', 0.9), gh('graphql', 0.9)];
    const r = scoreCandidate({ evidence }, junior, NOW);
    expect(r.mustGaps).toEqual(['framework', 'rest-api']);
    expect(r.cap).toBe(44);
    expect(r.verdict.label).toBe('weak');
    const one = scoreCandidate({ evidence: [...evidence, gh('rest', 0.9)] }, junior, NOW);
    expect(one.mustGaps).toEqual(['framework']);
    expect(one.cap).toBe(69);
    expect(one.overall).toBeLessThanOrEqual(69);
    expect(['possible', 'weak']).toContain(one.verdict.label);
    expect(one.verdict.summary).toContain('A backend framework missing');
    const gap = r.questions.gaps.find((g) => g.requirementId === 'rest-api');
    expect(gap?.questions.length).toBeGreaterThanOrEqual(1);
    expect(gap?.questions.length).toBeLessThanOrEqual(3);
    expect(gap?.questions.map((q) => q.id)).toContain('api-versioning');
  });

  test('evidence for a framework counts for its language at a discount', () => {
    const r = scoreCandidate({ evidence: [gh('django', 0.8)] }, junior, NOW);
    const lang = r.requirements.find((q) => q.id === 'primary-language');
    expect(lang?.skill).toBe('python');
    expect(lang?.via).toBe('django');
    expect(lang?.strength).toBeCloseTo(0.56, 2);
    expect(lang?.sources[0]?.detail).toContain('django');
  });

  test('code in public repositories counts as git', () => {
    const r = scoreCandidate({ evidence: [gh('go', 0.5, 'x/a', 'repo-language'), gh('go', 0.5, 'x/b', 'repo-language')] }, junior, NOW);
    expect(r.requirements.find((q) => q.id === 'git')?.status).toBe('met');
  });

  test('weak but present evidence is partial, not missing', () => {
    const r = scoreCandidate({ evidence: [gh('rest', 0.1)] }, senior, NOW);
    const row = r.requirements.find((q) => q.id === 'rest-api');
    expect(row?.status).toBe('partial');
    expect(row?.contribution).toBeGreaterThan(0);
    expect(r.mustGaps).not.toContain('rest-api');
  });

  test('a second language has to differ from the primary one', () => {
    const one = scoreCandidate({ evidence: [gh('go', 0.9)] }, senior, NOW);
    expect(one.requirements.find((q) => q.id === 'second-language')?.status).toBe('missing');
    const two = scoreCandidate({ evidence: [gh('go', 0.9), gh('python', 0.6)] }, senior, NOW);
    const second = two.requirements.find((q) => q.id === 'second-language');
    expect(second?.skill).toBe('python');
    expect(two.requirements.find((q) => q.id === 'primary-language')?.skill).toBe('go');
  });

  test('an empty profile is low confidence, with questions for every must-have and the behavioural set', () => {
    const r = scoreCandidate({ evidence: [] }, senior, NOW);
    expect(r.overall).toBeLessThan(20);
    expect(r.confidence.level).toBe('low');
    expect(r.seniority.band).toBe('unknown');
    expect(r.questions.gaps.length).toBe(senior.requirements.filter((q) => q.priority === 'must').length);
    expect(r.questions.behavioural.length).toBe(BEHAVIOURAL_QUESTIONS.length);
  });

  test('a rich profile is high confidence', () => {
    expect(scoreCandidate(CANDIDATES.seniorGo, senior, NOW).confidence.level).toBe('high');
  });

  test('more missing must-haves lower the cap', () => {
    expect(mustGapCap(0)).toBeNull();
    expect(mustGapCap(1)).toBe(69);
    expect(mustGapCap(2)).toBe(44);
    expect(mustGapCap(9)).toBe(44);
  });

  test('a time-zone row reports the overlap', () => {
    const m: Matrix = {
      ...junior,
      requirements: [
        ...junior.requirements,
        { kind: 'timezone', id: 'overlap', label: 'Overlap with Berlin', priority: 'nice', weight: 1, teamUtcOffsetHours: 1, teamStartHour: 9, teamEndHour: 17, minOverlapHours: 4 },
      ],
    };
    const near = scoreCandidate({ evidence: [], github: { createdAt: null, utcOffsetHours: 2 } }, m, NOW);
    expect(near.requirements.find((q) => q.id === 'overlap')?.status).toBe('met');
    const far = scoreCandidate({ evidence: [], github: { createdAt: null, utcOffsetHours: -8 } }, m, NOW);
    expect(far.requirements.find((q) => q.id === 'overlap')?.status).toBe('missing');
    const unknown = scoreCandidate({ evidence: [] }, m, NOW);
    // an unknown time zone is not checked: it neither earns nor loses points
    const row = unknown.requirements.find((q) => q.id === 'overlap');
    expect(row?.status).toBe('unchecked');
    expect(row?.contribution).toBe(0);
  });

  test('degree, certification and years-in-skill rows read the LinkedIn profile', () => {
    const m: Matrix = {
      ...junior,
      requirements: [
        ...junior.requirements,
        { kind: 'degree', id: 'degree', label: 'CS degree', priority: 'nice', weight: 1, fields: ['computer science'] },
        { kind: 'certification', id: 'aws-cert', label: 'AWS certified', priority: 'nice', weight: 1, anyOf: ['aws'], names: [] },
        { kind: 'years', id: 'java-years', label: '5 years of Java', priority: 'nice', weight: 1, anyOf: ['java'], minYears: 5 },
      ],
    };
    const java = scoreCandidate(CANDIDATES.javaSpring, m, NOW);
    expect(java.requirements.find((q) => q.id === 'java-years')?.status).toBe('met');
    expect(java.requirements.find((q) => q.id === 'aws-cert')?.status).toBe('missing');
    expect(java.requirements.find((q) => q.id === 'degree')?.status).toBe('missing');
  });
});

describe('the question bank', () => {
  test('has the topics the role needs, each category non-empty and ids unique', () => {
    const ids = Object.values(QUESTION_BANK).flat().map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [cat, list] of Object.entries(QUESTION_BANK)) expect(list.length, cat).toBeGreaterThan(0);
    const all = Object.values(QUESTION_BANK).flat().map((q) => q.text).join(' ');
    for (const topic of ['SQL', 'slow query', 'rate limiting', 'Monolith or microservices', 'database goes down', 'SQL injection', 'deployed|production']) {
      expect(all).toMatch(new RegExp(topic, 'i'));
    }
  });
});
