/**
 * Calibration a hiring manager can read: each persona's expected label and
 * score band under each backend preset, through the real pipeline, and the
 * rules that tie a no-token read to the deep one.
 */
import { describe, expect, it } from 'vitest';
import { evaluatePerson } from '../../../lib/evaluation/evaluate-person';
import { PRESETS } from '../../../lib/matrix/presets';
import { scoreCandidate } from '../../../lib/scoring/score';
import type { ScoreResult, VerdictLabel } from '../../../lib/scoring/schema';
import { NOW, PERSONAS, linkedinPage, persona, readingsOf, role } from './personas';

type Preset = 'backend-junior' | 'backend-mid' | 'backend-senior';
type Expect = { label: VerdictLabel | readonly VerdictLabel[]; min?: number; max?: number };

function score(id: string, plan: 'quick' | 'deep' | null, preset: Preset): ScoreResult {
  const matrix = PRESETS.find((m) => m.id === preset)!;
  return scoreCandidate(evaluatePerson(readingsOf(persona(id), plan), NOW), matrix, NOW);
}

const STRONG: Expect = { label: 'strong', min: 75 };
const NOT_BACKEND: Expect = { label: 'weak', max: 35 };

/** persona → the read a recruiter gets with a token (deep; LinkedIn alone where there is no GitHub) → expectation per preset. */
const EXPECTED: Record<string, Record<Preset, Expect>> = {
  'senior-go': { 'backend-junior': STRONG, 'backend-mid': STRONG, 'backend-senior': STRONG },
  // GitHub alone cannot show years of experience: the senior role's years row is not checked, so at most "possible"
  'senior-go-github-only': { 'backend-junior': STRONG, 'backend-mid': STRONG, 'backend-senior': { label: 'possible', min: 75 } },
  'mid-rails': { 'backend-junior': STRONG, 'backend-mid': STRONG, 'backend-senior': { label: ['possible', 'strong'], min: 65 } },
  'junior-bootcamp': { 'backend-junior': { label: 'possible', min: 55, max: 74 }, 'backend-mid': { label: 'weak', max: 44 }, 'backend-senior': { label: 'weak', max: 44 } },
  'mid-nest': { 'backend-junior': STRONG, 'backend-mid': STRONG, 'backend-senior': { label: ['possible', 'strong'], min: 65, max: 90 } },
  'junior-django': { 'backend-junior': { label: 'possible', min: 55, max: 74 }, 'backend-mid': { label: 'weak', max: 44 }, 'backend-senior': { label: 'weak', max: 44 } },
  'junior-flask': { 'backend-junior': STRONG, 'backend-mid': { label: ['possible', 'strong'], min: 60 }, 'backend-senior': { label: ['weak', 'possible'], max: 69 } },
  'senior-linkedin-thin-github': { 'backend-junior': STRONG, 'backend-mid': STRONG, 'backend-senior': { label: 'strong', min: 75 } },
  'senior-linkedin-only': { 'backend-junior': STRONG, 'backend-mid': STRONG, 'backend-senior': { label: 'strong', min: 65 } },
  frontend: { 'backend-junior': NOT_BACKEND, 'backend-mid': NOT_BACKEND, 'backend-senior': NOT_BACKEND },
  'data-scientist': { 'backend-junior': NOT_BACKEND, 'backend-mid': NOT_BACKEND, 'backend-senior': NOT_BACKEND },
  mobile: { 'backend-junior': NOT_BACKEND, 'backend-mid': NOT_BACKEND, 'backend-senior': NOT_BACKEND },
  devops: { 'backend-junior': { label: 'weak', min: 36, max: 54 }, 'backend-mid': { label: 'weak', min: 36, max: 54 }, 'backend-senior': { label: 'weak', min: 36, max: 54 } },
  thin: { 'backend-junior': { label: 'insufficient' }, 'backend-mid': { label: 'insufficient' }, 'backend-senior': { label: 'insufficient' } },
};

const RANK: Record<VerdictLabel, number> = { insufficient: -1, weak: 0, possible: 1, strong: 2 };

describe('the calibration set', () => {
  it('has at least fourteen personas and an expectation for every one under every preset', () => {
    expect(PERSONAS.length).toBeGreaterThanOrEqual(14);
    expect(Object.keys(EXPECTED).sort()).toEqual(PERSONAS.map((p) => p.id).sort());
  });

  for (const [id, byPreset] of Object.entries(EXPECTED)) {
    for (const [preset, want] of Object.entries(byPreset) as [Preset, Expect][]) {
      it(`${id} against ${preset}: ${[want.label].flat().join(' or ')}${want.min !== undefined ? `, ≥ ${want.min}` : ''}${want.max !== undefined ? `, ≤ ${want.max}` : ''}`, () => {
        const plan = persona(id).github ? 'deep' : null;
        const r = score(id, plan, preset);
        expect([want.label].flat()).toContain(r.verdict.label);
        if (want.min !== undefined) expect(r.overall).toBeGreaterThanOrEqual(want.min);
        if (want.max !== undefined) expect(r.overall).toBeLessThanOrEqual(want.max);
      });
    }
  }
});

describe('a read without a token (the quick plan) against the deep read of the same person', () => {
  const withGithub = PERSONAS.filter((p) => p.github);
  for (const p of withGithub) {
    for (const preset of ['backend-junior', 'backend-mid', 'backend-senior'] as const) {
      it(`${p.id} against ${preset}: never "strong", never above the deep label but for gaps it named as not checked, at least possible when the deep one is strong`, () => {
        const deepResult = score(p.id, 'deep', preset);
        const deep = deepResult.verdict.label;
        const quick = score(p.id, 'quick', preset).verdict;
        // files were not read: a quick read says at most "possible"
        expect(quick.label).not.toBe('strong');
        if (RANK[quick.label] > RANK[deep]) {
          // only the files showed what was missing, and the quick verdict named each of those must-haves as not checked
          expect(deepResult.verdict.missing.length).toBeGreaterThan(0);
          for (const label of deepResult.verdict.missing) expect(quick.unchecked).toContain(label);
          expect(quick.provisional).toBe(true);
        }
        if (deep === 'strong') expect(['possible', 'strong']).toContain(quick.label);
        // "High confidence" never stands over rows that were not checked
        const result = score(p.id, 'quick', preset);
        if (result.verdict.provisional) expect(result.confidence.level).not.toBe('high');
      });
    }
  }

  it('the strongest senior read from GitHub alone without a token is a provisional possible match with every gap named, not a low score', () => {
    const r = score('senior-go-github-only', 'quick', 'backend-senior');
    expect(r.verdict.label).toBe('possible');
    expect(r.verdict.provisional).toBe(true);
    expect(r.verdict.missing).toEqual([]);
    expect(r.cap).toBeNull();
    expect(r.verdict.unchecked).toContain('A backend framework');
    expect(r.verdict.unchecked).toContain('5+ years of engineering experience');
    const framework = r.requirements.find((q) => q.id === 'framework')!;
    expect(framework.status).toBe('unchecked');
    expect(framework.check).toBe('dig-deeper');
    expect(r.confidence.level).not.toBe('high');
  });
});

describe('not enough to judge', () => {
  it('when the rate limit stopped the read before the repository list: no number, and the reason', () => {
    const matrix = PRESETS.find((m) => m.id === 'backend-senior')!;
    const p = persona('senior-go-github-only');
    const r = scoreCandidate(evaluatePerson({ ...readingsOf(p, null), githubStopped: true }, NOW), matrix, NOW);
    expect(r.verdict.label).toBe('insufficient');
    expect(r.verdict.reasons[0]).toBe('rate-limited');
    expect(r.requirements.every((q) => q.status === 'unchecked')).toBe(true);
  });

  it('when the LinkedIn page could not be read and nothing else was', () => {
    const matrix = PRESETS.find((m) => m.id === 'backend-senior')!;
    const unreadable = { ...linkedinPage('unread', [role('Engineer', '2015-01', null)]), unrecognised: true };
    const r = scoreCandidate(evaluatePerson({ github: null, linkedin: unreadable, githubEvidence: null }, NOW), matrix, NOW);
    expect(r.verdict.label).toBe('insufficient');
    expect(r.verdict.reasons).toContain('nothing-read');
  });
});

describe('seniority', () => {
  it('a LinkedIn-only senior does not lose a must-have to Git: twelve years of engineering roles imply it', () => {
    const r = score('senior-linkedin-only', null, 'backend-senior');
    const git = r.requirements.find((q) => q.id === 'git')!;
    expect(git.status).toBe('met');
    expect(git.sources[0]?.detail).toMatch(/Implied by 12\+ years in software engineering roles/);
    expect(r.seniority.band).toBe('senior');
    expect(r.seniority.from).toBe('linkedin');
  });

  it('GitHub alone gives no band, however old the account: the years row is not checked', () => {
    const r = score('senior-go-github-only', 'deep', 'backend-senior');
    expect(r.seniority.band).toBe('unknown');
    expect(r.seniority.note).toMatch(/^GitHub activity since \d{4}$/);
    expect(r.requirements.find((q) => q.id === 'experience')?.status).toBe('unchecked');
  });

  it('a self-described junior is junior, not mid-level from account age', () => {
    const r = score('junior-django', 'deep', 'backend-junior');
    expect(r.seniority.band).toBe('junior');
    expect(r.seniority.from).toBe('self');
    expect(r.seniority.basis).toContain('Junior Python developer');
  });
});
