import { describe, expect, it } from 'vitest';
import { canCompare, compareCandidates } from '../../../lib/evaluation/compare';
import type { Candidate } from '../../../lib/candidates/schema';
import { snapshotFrom } from '../../../lib/evaluation/snapshot';
import { presetById } from '../../../lib/matrix/presets';
import type { Matrix } from '../../../lib/matrix/schema';
import type { SkillEvidence } from '../../../lib/schemas/evidence';
import { scoreCandidate } from '../../../lib/scoring/score';
import { candidate, githubProfile, snapshot } from '../candidates/fixtures';

const NOW = new Date('2025-06-01T12:00:00.000Z');

function preset(id: string): Matrix {
  const m = presetById(id);
  if (!m) throw new Error(`no preset ${id}`);
  return m;
}

function ev(skill: string, strength: number): SkillEvidence {
  return { skill, strength, lastSeen: null, sources: [] };
}

function saved(login: string, name: string, evidence: SkillEvidence[], matrix: Matrix): Candidate {
  const result = scoreCandidate({ evidence, github: { createdAt: null, utcOffsetHours: 0 } }, matrix, NOW);
  return candidate({ profiles: { github: githubProfile(login, { name }) }, snapshot: snapshotFrom(result, matrix, { evidence, examined: DEEP_READ }, NOW), roleId: matrix.id });
}

/** What a deep read of someone's repositories examines. */
const DEEP_READ = { github: 'deep', repos: 5, deepRepos: 5, githubStopped: false, linkedin: false, linkedinExperience: false } as const;

const junior = preset('backend-junior');
const senior = preset('backend-senior');
const strong = saved('strong', 'Strong Dev', [ev('python', 0.9), ev('django', 0.9), ev('postgresql', 0.9), ev('rest', 0.9), ev('git', 0.9)], junior);
const weak = saved('weak', 'Weak Dev', [ev('python', 0.9)], junior);
const other = saved('other', 'Other Dev', [ev('go', 0.9), ev('gin', 0.9)], senior);

describe('comparing candidates', () => {
  it('has one row per requirement of the matrix, in its order, and one column per candidate', () => {
    const table = compareCandidates([strong, weak], junior, NOW);
    expect(table.matrixId).toBe('backend-junior');
    expect(table.rows.map((r) => r.id)).toEqual(junior.requirements.map((r) => r.id));
    expect(table.rows.map((r) => r.priority)).toEqual(junior.requirements.map((r) => r.priority));
    expect(table.columns.map((c) => c.name)).toEqual(['Strong Dev', 'Weak Dev']);
    for (const row of table.rows) expect(row.cells).toHaveLength(2);
  });

  it('shows who meets what', () => {
    const table = compareCandidates([strong, weak], junior, NOW);
    const row = (id: string) => table.rows.find((r) => r.id === id)!;
    expect(row('primary-language').cells).toEqual(['met', 'met']);
    expect(row('primary-language').metCount).toBe(2);
    expect(row('database').cells).toEqual(['met', 'missing']);
    expect(row('database').metCount).toBe(1);
    expect(table.columns[0]!.overall).toBeGreaterThan(table.columns[1]!.overall);
  });

  it('shows the saved snapshot for this matrix and re-scores one saved for another from its evidence', () => {
    const table = compareCandidates([strong, other], junior, NOW);
    expect(table.columns.map((c) => c.rescored)).toEqual([false, true]);
    expect(table.columns[0]!.overall).toBe(strong.snapshot.overall);
    expect(table.columns[1]!.scoredAt).toBe(NOW.toISOString());
    // go and gin meet the junior language and framework rows, which were scored against the senior matrix when saved
    const row = (id: string) => table.rows.find((r) => r.id === id)!;
    expect(row('primary-language').cells[1]).toBe('met');
    expect(row('framework').cells[1]).toBe('met');
    expect(row('database').cells[1]).toBe('missing');
  });

  it('re-scores a snapshot of this matrix that lacks some of its rows (the matrix was edited since)', () => {
    const old = candidate({
      profiles: { github: githubProfile('old') },
      snapshot: snapshot({ matrixId: 'backend-junior', overall: 99, requirements: [{ id: 'git', label: 'Git', priority: 'must', status: 'met' }] }),
    });
    const table = compareCandidates([old, strong], junior, NOW);
    expect(table.columns[0]!.rescored).toBe(true);
    expect(table.columns[0]!.overall).not.toBe(99);
    // the fixture's evidence is Python at 0.8, nothing else
    expect(table.rows.find((r) => r.id === 'primary-language')?.cells[0]).toBe('met');
    expect(table.rows.find((r) => r.id === 'database')?.cells[0]).toBe('missing');
    expect(table.rows.flatMap((r) => r.cells)).not.toContain('unknown');
  });

  it('takes two to four candidates', () => {
    expect([0, 1, 2, 3, 4, 5].map(canCompare)).toEqual([false, false, true, true, true, false]);
    expect(() => compareCandidates([strong], junior, NOW)).toThrow(RangeError);
    expect(() => compareCandidates([strong, weak, other, strong, weak], junior, NOW)).toThrow(RangeError);
    expect(compareCandidates([strong, weak, other, strong], junior, NOW).columns).toHaveLength(4);
  });
});
