import { describe, expect, test } from 'vitest';
import { candidateVersionOf, migrateCandidate } from '../../../lib/candidates/migrations';
import { candidate, githubProfile, linkedinProfile } from './fixtures';

const v1Linkedin = {
  schemaVersion: 1,
  id: 'li:jose-garcia',
  name: 'José García',
  stage: 'Offer',
  tags: [' madrid ', ''],
  notes: '',
  roleId: 'backend-senior',
  profile: linkedinProfile('jose-garcia', { name: 'José García', headline: 'Staff engineer', githubUrl: 'https://github.com/jgarcia' }),
  score: { overall: 91, band: 'senior', matrixId: 'backend-senior', date: 'not a date' },
  savedAt: Date.parse('2024-05-05T12:00:00Z'),
};

describe('candidate record migrations', () => {
  test('the current shape passes through unchanged', () => {
    const c = candidate({ profiles: { github: githubProfile('anas') } });
    expect(migrateCandidate(c)).toEqual({ ok: true, candidate: c, migratedFrom: null });
  });

  test('a v1 LinkedIn record becomes a v2 candidate with its stage, profile, links and score', () => {
    const m = migrateCandidate(v1Linkedin);
    expect(m.ok).toBe(true);
    if (!m.ok) return;
    expect(m.migratedFrom).toBe(1);
    expect(m.candidate).toMatchObject({
      id: 'li:jose-garcia',
      stage: 'offer',
      tags: ['madrid'],
      headline: 'Staff engineer',
      linkedinSlug: 'jose-garcia',
      linkedinUrl: 'https://www.linkedin.com/in/jose-garcia/',
      githubUrl: 'https://github.com/jgarcia',
      githubLogin: null,
      createdAt: '2024-05-05T12:00:00.000Z',
    });
    // an unreadable score date falls back to the save time
    expect(m.candidate.snapshot.date).toBe('2024-05-05T12:00:00.000Z');
    expect(m.candidate.snapshot.overall).toBe(91);
    expect(m.candidate.profiles.linkedin?.slug).toBe('jose-garcia');
  });

  test('a v1 record whose page reading no longer parses keeps the person, named by its id', () => {
    const m = migrateCandidate({ ...v1Linkedin, schemaVersion: undefined, id: 'gh:OldUser', profile: { source: 'github', login: 7 } });
    expect(m.ok).toBe(true);
    if (!m.ok) return;
    expect(m.candidate.profiles).toEqual({});
    expect(m.candidate.githubLogin).toBe('OldUser');
    expect(m.candidate.githubUrl).toBe('https://github.com/OldUser');
    expect(m.candidate.name).toBe('José García');
  });

  test('a record that cannot be read says which field and why', () => {
    expect(migrateCandidate({ ...v1Linkedin, stage: 'Interviewing' })).toMatchObject({ ok: false, reason: expect.stringMatching(/^stage: /) });
    expect(migrateCandidate('hello')).toEqual({ ok: false, reason: 'not a candidate record' });
    expect(migrateCandidate({ schemaVersion: 3 })).toMatchObject({ ok: false, reason: expect.stringMatching(/newer Hirelens/) });
    const broken = { ...candidate({ profiles: { github: githubProfile('a') } }), stage: 'Hired' };
    expect(migrateCandidate(broken, ['candidates', 4])).toMatchObject({ ok: false, reason: expect.stringMatching(/^candidates\[4\]\.stage: /) });
  });

  test('the version of a record', () => {
    expect(candidateVersionOf({})).toBe(1);
    expect(candidateVersionOf({ schemaVersion: 2 })).toBe(2);
    expect(candidateVersionOf({ schemaVersion: '2' })).toBeNull();
    expect(candidateVersionOf([])).toBeNull();
  });
});
