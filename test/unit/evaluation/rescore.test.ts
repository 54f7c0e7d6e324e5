import { describe, expect, it } from 'vitest';
import { rescoreCandidates, rescoreInput, rescoreSnapshot } from '../../../lib/evaluation/rescore';
import type { Candidate } from '../../../lib/candidates/schema';
import { snapshotFrom } from '../../../lib/evaluation/snapshot';
import { linkedinFacts } from '../../../lib/evidence/linkedin';
import { presetById } from '../../../lib/matrix/presets';
import type { Matrix } from '../../../lib/matrix/schema';
import type { SkillEvidence } from '../../../lib/schemas/evidence';
import { scoreCandidate } from '../../../lib/scoring/score';
import { candidate, githubProfile, linkedinProfile, snapshot } from '../candidates/fixtures';

const NOW = new Date('2025-06-01T12:00:00.000Z');

function preset(id: string): Matrix {
  const m = presetById(id);
  if (!m) throw new Error(`no preset ${id}`);
  return m;
}

function evidence(skill: string, strength: number): SkillEvidence {
  return {
    skill,
    strength,
    lastSeen: '2025-05-01',
    sources: [
      { kind: 'repo-language', origin: 'github', repo: `dev/${skill}-app`, path: null, detail: `${skill} in a repository`, url: `https://github.com/dev/${skill}-app`, weight: strength, date: '2025-05-01' },
    ],
  };
}

/** Moderate evidence across the junior must-haves: enough for a junior, below what a senior must show. */
const MODERATE = [evidence('python', 0.35), evidence('django', 0.35), evidence('postgresql', 0.35), evidence('rest', 0.35), evidence('git', 0.35)];

const EIGHT_YEARS_ON_LINKEDIN = linkedinProfile('ana-dev', {
  name: 'Ana Dev',
  experience: [
    { title: 'Senior backend engineer', company: 'Acme', start: '2017-01', end: null, description: 'Python and Django services on PostgreSQL' },
  ],
});

/** What the panel had examined when this person was saved: their repositories in depth and their LinkedIn roles. */
const READ_IN_FULL = { github: 'deep', repos: 3, deepRepos: 3, githubStopped: false, linkedin: true, linkedinExperience: true } as const;

function savedAgainst(matrix: Matrix, ev: SkillEvidence[], extra: Partial<Candidate> = {}): Candidate {
  const profiles = { github: githubProfile('ana-dev', { name: 'Ana Dev', utcOffsetHours: 1 }), linkedin: EIGHT_YEARS_ON_LINKEDIN };
  const result = scoreCandidate({ evidence: ev, linkedin: linkedinFacts(profiles.linkedin), github: { createdAt: null, utcOffsetHours: 1 } }, matrix, NOW);
  const c = candidate({ profiles, snapshot: snapshotFrom(result, matrix, { evidence: ev, examined: READ_IN_FULL }, new Date('2025-03-01T10:00:00.000Z')), roleId: matrix.id });
  return { ...c, ...extra };
}

describe('re-scoring a saved candidate from the cached evidence', () => {
  it('gives the same score and statuses as when it was saved, against the same matrix', () => {
    const senior = preset('backend-senior');
    const saved = savedAgainst(senior, MODERATE);
    const again = rescoreSnapshot(saved, senior, NOW);
    expect(again.overall).toBe(saved.snapshot.overall);
    expect(again.requirements).toEqual(saved.snapshot.requirements);
    expect(again.band).toBe('senior'); // eight years of LinkedIn roles, not GitHub's account age
  });

  it('against another matrix: its rows, its name, its thresholds, dated now, with the evidence carried over', () => {
    const saved = savedAgainst(preset('backend-senior'), MODERATE);
    const junior = preset('backend-junior');
    const again = rescoreSnapshot(saved, junior, NOW);
    expect(again.matrixId).toBe('backend-junior');
    expect(again.matrixName).toBe(junior.name);
    expect(again.date).toBe(NOW.toISOString());
    expect(again.requirements.map((r) => r.id)).toEqual(junior.requirements.map((r) => r.id));
    // 0.35 meets the junior 0.2 threshold but not the senior 0.45 one
    const status = (snap: typeof again, id: string) => snap.requirements.find((r) => r.id === id)?.status;
    expect(status(saved.snapshot, 'primary-language')).toBe('partial');
    expect(status(again, 'primary-language')).toBe('met');
    expect(again.mustMissing).not.toContain('A primary backend language');
    expect(again.overall).toBeGreaterThan(saved.snapshot.overall);
    expect(again.evidence).toEqual(saved.snapshot.evidence);
  });

  it('leaves out a LinkedIn reading the panel could not understand', () => {
    const c = savedAgainst(preset('backend-senior'), MODERATE);
    const unread = { ...c, profiles: { ...c.profiles, linkedin: { ...EIGHT_YEARS_ON_LINKEDIN, unrecognised: true } } };
    expect(rescoreInput(unread).linkedin).toBeNull();
    expect(rescoreSnapshot(unread, preset('backend-senior'), NOW).band).toBe('unknown');
  });

  it('uses the GitHub profile’s time zone and no account age (it is not cached)', () => {
    const c = candidate({ profiles: { github: githubProfile('solo', { utcOffsetHours: 5.5 }) }, snapshot: snapshot() });
    expect(rescoreInput(c).github).toEqual({ createdAt: null, utcOffsetHours: 5.5 });
    const li = candidate({ profiles: { linkedin: linkedinProfile('only-li') } });
    expect(rescoreInput(li).github).toBeNull();
  });
});

describe('re-scoring the whole list', () => {
  it('gives every record a new snapshot for the matrix and keeps stage, tags, notes and date saved', () => {
    const senior = preset('backend-senior');
    const mid = preset('backend-mid');
    const a = savedAgainst(senior, MODERATE, { id: 'gh:a', stage: 'offer', tags: ['priority'], notes: 'call back' });
    const b = savedAgainst(senior, [evidence('go', 0.9)], { id: 'gh:b', stage: 'screening' });
    const before = structuredClone([a, b]);
    const out = rescoreCandidates([a, b], mid, NOW);
    expect(out.map((c) => c.id)).toEqual(['gh:a', 'gh:b']);
    for (const [i, c] of out.entries()) {
      const was = before[i]!;
      expect(c.snapshot.matrixId).toBe('backend-mid');
      expect(c.roleId).toBe('backend-mid');
      expect(c.stage).toBe(was.stage);
      expect(c.tags).toEqual(was.tags);
      expect(c.notes).toBe(was.notes);
      expect(c.updatedAt).toBe(was.updatedAt);
    }
    expect([a, b]).toEqual(before); // the input is not changed
  });

  it('can keep each record’s role while re-scoring', () => {
    const a = savedAgainst(preset('backend-senior'), MODERATE);
    const [out] = rescoreCandidates([a], preset('backend-junior'), NOW, { assignRole: false });
    expect(out?.roleId).toBe('backend-senior');
    expect(out?.snapshot.matrixId).toBe('backend-junior');
  });
});

describe('re-scoring someone known only from GitHub', () => {
  it('keeps the account age and activity saved with the snapshot, which give small print and never a band', () => {
    const senior = presetById('backend-senior') as Matrix;
    const saved = candidate({
      profiles: { github: githubProfile('old-timer') },
      snapshot: snapshot({ github: { createdAt: '2012-03-01T00:00:00Z', activeYears: 9 } }),
    });
    const again = rescoreSnapshot(saved, senior, new Date('2026-11-01T00:00:00Z'));
    expect(again.band).toBe('unknown');
    expect(rescoreInput(saved, new Date('2026-11-01T00:00:00Z')).seniority.basis).toContain('of the 15 calendar years');
    expect(again.github).toEqual({ createdAt: '2012-03-01T00:00:00Z', activeYears: 9 });
    const withoutHistory = candidate({ profiles: { github: githubProfile('old-timer') }, snapshot: snapshot({ github: null }) });
    expect(rescoreSnapshot(withoutHistory, senior, new Date('2026-11-01T00:00:00Z')).band).toBe('unknown');
  });
});
