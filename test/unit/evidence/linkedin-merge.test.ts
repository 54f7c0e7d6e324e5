import { describe, expect, test } from 'vitest';
import { overlapHours } from '../../../lib/scoring';
import { linkedinEvidence } from '../../../lib/evidence/linkedin';
import { mergeEvidence } from '../../../lib/evidence/merge';
import { gh, linkedin, NOW, role } from '../scoring/candidates';

describe('linkedinEvidence', () => {
  const profile = linkedin(
    'ada',
    [role('Senior Python Developer', '2018-01', null, 'Built Django services on PostgreSQL and AWS.')],
    {
      headline: 'Backend engineer · Go',
      skills: ['PostgreSQL', 'Public Speaking', 'Docker'],
      certifications: [{ name: 'AWS Certified Developer – Associate', issuer: 'Amazon Web Services (AWS)' }],
    },
  );
  const ev = linkedinEvidence(profile, NOW);
  const bySkill = new Map(ev.map((e) => [e.skill, e]));

  test('turns skills, roles, headline and certifications into evidence with the profile URL', () => {
    expect(bySkill.get('postgresql')?.sources.map((s) => s.kind).sort()).toEqual(['linkedin-role', 'linkedin-skill']);
    expect(bySkill.get('python')?.sources[0]?.kind).toBe('linkedin-role');
    expect(bySkill.get('go')?.sources[0]?.kind).toBe('bio');
    expect(bySkill.get('aws')?.sources.map((s) => s.kind)).toContain('certification');
    for (const e of ev) for (const s of e.sources) {
      expect(s.origin).toBe('linkedin');
      expect(s.url).toBe('https://www.linkedin.com/in/ada/');
    }
  });

  test('a skill in a long-held role title is stronger than a listed skill', () => {
    expect(bySkill.get('python')!.strength).toBeGreaterThan(bySkill.get('docker')!.strength);
  });

  test('labels that name no technology give no evidence', () => {
    expect(ev.every((e) => !e.sources.some((s) => s.detail.includes('Public Speaking')))).toBe(true);
  });
});

describe('mergeEvidence', () => {
  test('keeps each source with its origin and makes agreeing evidence stronger', () => {
    const fromGithub = [gh('postgresql', 0.5)];
    const fromLinkedin = linkedinEvidence(linkedin('x', [], { skills: ['PostgreSQL'] }), NOW);
    const merged = mergeEvidence(fromGithub, fromLinkedin);
    expect(merged).toHaveLength(1);
    const pg = merged[0]!;
    expect(pg.strength).toBeGreaterThan(0.5);
    expect(pg.sources.map((s) => s.origin).sort()).toEqual(['github', 'linkedin']);
  });

  test('skills only one side has are kept as they are', () => {
    const merged = mergeEvidence([gh('go', 0.4)], [gh('java', 0.3)]);
    expect(merged.map((e) => [e.skill, e.strength])).toEqual([['go', 0.4], ['java', 0.3]]);
  });

  test('the same source is not counted twice', () => {
    const merged = mergeEvidence([gh('go', 0.4)], [gh('go', 0.4)]);
    expect(merged[0]?.sources).toHaveLength(1);
  });
});

describe('overlapHours', () => {
  test.each([
    [1, 1, 9, 17, 8],
    [2, 1, 9, 17, 7],
    [-5, 1, 9, 17, 2],
    [-8, 1, 9, 17, 0],
    [5.5, 1, 9, 17, 3.5],
    [9, -7, 9, 17, 0],
    [13, -5, 9, 17, 2],
  ])('candidate UTC%s, team UTC%s %s–%s → %s hours', (cand, team, start, end, hours) => {
    expect(overlapHours(cand, team, start, end)).toBe(hours);
  });

  test('across midnight in UTC', () => {
    // Sydney (UTC+10) 9–17 is 23–07 UTC; a team in UTC+2 working 7–15 is 05–13 UTC: 2 hours shared
    expect(overlapHours(10, 2, 7, 15)).toBe(2);
  });
});
