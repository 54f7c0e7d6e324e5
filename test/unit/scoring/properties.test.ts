import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { PRESETS, type Matrix } from '../../../lib/matrix';
import type { SkillEvidence } from '../../../lib/schemas/evidence';
import { scoreCandidate } from '../../../lib/scoring';
import { gh, NOW } from './candidates';

const SKILLS = [
  'python', 'go', 'java', 'nodejs', 'django', 'express', 'spring-boot', 'gin', 'postgresql', 'mongodb', 'redis', 'rest',
  'graphql', 'git', 'aws', 'gcp', 'docker', 'ci-cd', 'kubernetes', 'terraform', 'kafka', 'jest', 'pytest', 'jwt', 'react',
];

const evidenceArb: fc.Arbitrary<SkillEvidence[]> = fc.array(
  fc.record({
    skill: fc.constantFrom(...SKILLS),
    strength: fc.double({ min: 0, max: 1, noNaN: true }),
    repo: fc.constantFrom('a/one', 'a/two', 'b/three'),
  }),
  { maxLength: 12 },
).map((items) => items.map((i) => gh(i.skill, i.strength, i.repo)));

const matrixArb = fc.constantFrom(...PRESETS);
const githubArb = fc.option(
  fc.record({ createdAt: fc.constant('2016-01-01T00:00:00Z'), utcOffsetHours: fc.constantFrom(null, -5, 0, 5.5), activeYears: fc.integer({ min: 0, max: 9 }) }),
  { nil: null },
);

const score = (evidence: SkillEvidence[], matrix: Matrix, github: Parameters<typeof scoreCandidate>[0]['github'] = null) =>
  scoreCandidate({ evidence, github }, matrix, NOW);

describe('score properties', () => {
  test('the overall is an integer from 0 to 100', () => {
    fc.assert(
      fc.property(evidenceArb, matrixArb, githubArb, (ev, m, g) => {
        const r = score(ev, m, g);
        expect(Number.isInteger(r.overall)).toBe(true);
        expect(r.overall).toBeGreaterThanOrEqual(0);
        expect(r.overall).toBeLessThanOrEqual(100);
      }),
    );
  });

  test('adding evidence never lowers the score', () => {
    fc.assert(
      fc.property(evidenceArb, evidenceArb, matrixArb, githubArb, (a, b, m, g) => {
        expect(score([...a, ...b], m, g).overall).toBeGreaterThanOrEqual(score(a, m, g).overall);
      }),
    );
  });

  test('losing the evidence for a must-have never raises the score', () => {
    fc.assert(
      fc.property(evidenceArb, matrixArb, fc.nat(), (ev, m, pick) => {
        const musts = m.requirements.filter((r) => r.priority === 'must' && 'anyOf' in r);
        const req = musts[pick % musts.length];
        if (!req || !('anyOf' in req)) return;
        const without = ev.filter((e) => !req.anyOf.includes(e.skill));
        expect(score(without, m).overall).toBeLessThanOrEqual(score(ev, m).overall);
      }),
    );
  });

  test('the same input gives the same output', () => {
    fc.assert(
      fc.property(evidenceArb, matrixArb, githubArb, (ev, m, g) => {
        expect(score(ev, m, g)).toEqual(score(structuredClone(ev), m, g));
      }),
    );
  });

  test('scaling all weights changes nothing', () => {
    fc.assert(
      fc.property(evidenceArb, matrixArb, fc.double({ min: 0.01, max: 100, noNaN: true }), (ev, m, k) => {
        const scaled: Matrix = { ...m, requirements: m.requirements.map((r) => ({ ...r, weight: r.weight * k })) };
        const a = score(ev, m);
        const b = score(ev, scaled);
        expect(b.overall).toBe(a.overall);
        expect(b.mustGaps).toEqual(a.mustGaps);
        expect(b.requirements.map((r) => r.status)).toEqual(a.requirements.map((r) => r.status));
      }),
    );
  });
});
