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

describe('what was examined', () => {
  const QUICK = { github: 'quick', repos: 3, deepRepos: 0, githubStopped: false, linkedin: false, linkedinExperience: false } as const;
  const DEEP = { ...QUICK, github: 'deep', deepRepos: 3 } as const;
  const LEVEL = { low: 0, medium: 1, high: 2 } as const;
  const LABEL = { insufficient: -1, weak: 0, possible: 1, strong: 2 } as const;

  test('checking more never lowers certainty: the same evidence read deeply is checked at least as much, with at least the same confidence', () => {
    fc.assert(
      fc.property(evidenceArb, matrixArb, githubArb, (ev, m, g) => {
        const quick = scoreCandidate({ evidence: ev, github: g, examined: QUICK }, m, NOW);
        const deep = scoreCandidate({ evidence: ev, github: g, examined: DEEP }, m, NOW);
        expect(deep.verdict.checked).toBeGreaterThanOrEqual(quick.verdict.checked);
        expect(LEVEL[deep.confidence.level]).toBeGreaterThanOrEqual(LEVEL[quick.confidence.level]);
        // a row the quick read checked reads the same after the deep read: only unchecked rows can change
        for (const row of quick.requirements) {
          if (row.status !== 'unchecked') expect(deep.requirements.find((r) => r.id === row.id)?.status).toBe(row.status);
        }
      }),
    );
  });

  test('unchecked rows never change the label downwards: a must-have nobody could check leaves the label at least "possible" or where it was', () => {
    fc.assert(
      fc.property(evidenceArb, matrixArb, (ev, m) => {
        const before = scoreCandidate({ evidence: ev, examined: DEEP }, m, NOW);
        const withDegree: Matrix = {
          ...m,
          requirements: [...m.requirements, { kind: 'degree', id: 'degree', label: 'A degree', priority: 'must', weight: 3, fields: [] }],
        };
        const after = scoreCandidate({ evidence: ev, examined: DEEP }, withDegree, NOW);
        expect(after.requirements.find((r) => r.id === 'degree')?.status).toBe('unchecked');
        expect(after.overall).toBe(before.overall);
        expect(LABEL[after.verdict.label]).toBeGreaterThanOrEqual(Math.min(LABEL[before.verdict.label], LABEL.possible));
        expect(after.verdict.missing).toEqual(before.verdict.missing);
      }),
    );
  });
});
