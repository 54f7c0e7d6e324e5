import { describe, expect, test } from 'vitest';
import {
  candidateIdFor,
  combineNotes,
  findSamePerson,
  githubLoginFromUrl,
  linkedinSlugFromUrl,
  matchingCandidates,
  mergeCandidates,
} from '../../../lib/candidates/identity';
import { Candidate } from '../../../lib/candidates/schema';
import { candidate, githubProfile, linkedinProfile, snapshot } from './fixtures';

describe('candidate ids', () => {
  test('a GitHub reading is known by its login, a LinkedIn one by its slug, lowercased', () => {
    expect(candidateIdFor(githubProfile('OctoCat'))).toBe('gh:octocat');
    expect(candidateIdFor(linkedinProfile('Ana-Silva-42'))).toBe('li:ana-silva-42');
    expect(candidateIdFor({ linkedin: linkedinProfile('ana'), github: githubProfile('AnaS') })).toBe('gh:anas');
  });

  test('LinkedIn profile links are read in the forms people paste them', () => {
    expect(linkedinSlugFromUrl('https://www.linkedin.com/in/ana-silva/')).toBe('ana-silva');
    expect(linkedinSlugFromUrl('http://linkedin.com/in/ana-silva')).toBe('ana-silva');
    expect(linkedinSlugFromUrl('https://de.linkedin.com/in/j%C3%BCrgen-m/?trk=x')).toBe('jürgen-m');
    expect(linkedinSlugFromUrl('https://www.linkedin.com/company/acme/')).toBeNull();
    expect(linkedinSlugFromUrl('https://linkedin.com.evil.example/in/ana')).toBeNull();
    expect(linkedinSlugFromUrl('javascript:alert(1)')).toBeNull();
  });

  test('a GitHub link names its login, also through a repository link', () => {
    expect(githubLoginFromUrl('https://github.com/AnaS')).toBe('AnaS');
    expect(githubLoginFromUrl('https://github.com/AnaS/dotfiles')).toBe('AnaS');
    expect(githubLoginFromUrl('https://github.com/settings')).toBeNull();
    expect(githubLoginFromUrl('https://gitlab.com/AnaS')).toBeNull();
  });
});

describe('finding the same person', () => {
  const ghLinksLinkedin = candidate({
    profiles: { github: githubProfile('anas', { socialLinks: ['https://www.linkedin.com/in/Ana-Silva/'] }) },
  });
  const liLinksGithub = candidate({
    profiles: { linkedin: linkedinProfile('ana-silva', { githubUrl: 'https://github.com/AnaS' }) },
  });
  const other = candidate({ profiles: { github: githubProfile('bob') } });

  test('a GitHub profile that links to the LinkedIn profile is the same person', () => {
    const incoming = candidate({ profiles: { linkedin: linkedinProfile('ana-silva') } });
    expect(findSamePerson([other, ghLinksLinkedin], incoming)?.id).toBe('gh:anas');
  });

  test('a LinkedIn profile whose GitHub link names the login is the same person, whatever the case', () => {
    const incoming = candidate({ profiles: { github: githubProfile('ANAS') } });
    expect(findSamePerson([other, liLinksGithub], incoming)?.id).toBe('li:ana-silva');
  });

  test('the website field counts like a social link', () => {
    const existing = candidate({ profiles: { github: githubProfile('anas', { website: 'https://linkedin.com/in/ana-silva' }) } });
    expect(findSamePerson([existing], candidate({ profiles: { linkedin: linkedinProfile('ana-silva') } }))?.id).toBe('gh:anas');
  });

  test('unrelated people are not matched', () => {
    const incoming = candidate({ profiles: { github: githubProfile('carol') } });
    expect(findSamePerson([ghLinksLinkedin, liLinksGithub, other], incoming)).toBeUndefined();
  });

  test('two different GitHub accounts linking to one LinkedIn page are not folded together', () => {
    const a = candidate({ profiles: { github: githubProfile('a', { socialLinks: ['https://www.linkedin.com/in/shared'] }) } });
    const b = candidate({ profiles: { github: githubProfile('b', { socialLinks: ['https://www.linkedin.com/in/shared'] }) } });
    expect(findSamePerson([a], b)).toBeUndefined();
    // the LinkedIn page itself matches the first account only, never both
    const li = candidate({ profiles: { linkedin: linkedinProfile('shared') } });
    expect(matchingCandidates([a, b], li).map((c) => c.id)).toEqual(['gh:a']);
  });

  test('a saving with both profiles finds the GitHub record and the LinkedIn record', () => {
    const gh = candidate({ profiles: { github: githubProfile('anas') } });
    const li = candidate({ profiles: { linkedin: linkedinProfile('ana-silva') } });
    const both = candidate({ profiles: { github: githubProfile('anas'), linkedin: linkedinProfile('ana-silva') } });
    expect(matchingCandidates([li, other, gh], both).map((c) => c.id)).toEqual(['gh:anas', 'li:ana-silva']);
  });
});

describe('merging two records of one person', () => {
  test('saving again keeps stage, notes and tags when the save does not set them, and takes the newer score', () => {
    const stored = {
      ...candidate({ profiles: { github: githubProfile('anas') }, stage: 'screening', tags: ['python'], notes: 'Called on Monday' }),
    };
    const again = candidate(
      { profiles: { github: githubProfile('anas', { name: 'Ana Silva' }) }, snapshot: snapshot({ date: '2025-04-01T10:00:00.000Z', overall: 81 }) },
      '2025-04-01T10:00:00.000Z',
    );
    const { candidate: merged } = mergeCandidates(stored, again);
    expect(merged.id).toBe('gh:anas');
    expect(merged.stage).toBe('screening');
    expect(merged.notes).toBe('Called on Monday');
    expect(merged.tags).toEqual(['python']);
    expect(merged.snapshot.overall).toBe(81);
    expect(merged.name).toBe('Ana Silva');
    expect(merged.createdAt).toBe('2025-03-01T10:00:00.000Z');
    expect(merged.updatedAt).toBe('2025-04-01T10:00:00.000Z');
    expect(Candidate.safeParse(merged).success).toBe(true);
  });

  test('a save that sets the stage changes it; tags are united without case duplicates', () => {
    const stored = candidate({ profiles: { github: githubProfile('anas') }, stage: 'screening', tags: ['Python', 'remote'] });
    const again = candidate({ profiles: { github: githubProfile('anas') }, stage: 'offer', tags: ['python', 'urgent'] }, '2025-03-02T10:00:00.000Z');
    const { candidate: merged } = mergeCandidates(stored, again, { incomingSetsStage: true });
    expect(merged.stage).toBe('offer');
    expect(merged.tags).toEqual(['Python', 'remote', 'urgent']);
  });

  test('an older snapshot never replaces a newer one', () => {
    const stored = candidate({ profiles: { github: githubProfile('anas') }, snapshot: snapshot({ date: '2025-05-01T00:00:00.000Z', overall: 90 }) });
    const old = candidate({ profiles: { github: githubProfile('anas') }, snapshot: snapshot({ date: '2025-01-01T00:00:00.000Z', overall: 40 }) });
    const result = mergeCandidates(stored, old);
    expect(result.candidate.snapshot.overall).toBe(90);
    expect(result.conflicts).toContainEqual({ id: 'gh:anas', field: 'snapshot', kept: '2025-05-01T00:00:00.000Z', incoming: '2025-01-01T00:00:00.000Z' });
  });

  test('a GitHub record and a LinkedIn record become one candidate with both profiles and both links', () => {
    const gh = candidate({ profiles: { github: githubProfile('anas', { avatarUrl: 'https://avatars.githubusercontent.com/u/1' }) }, tags: ['python'] });
    const li = candidate(
      { profiles: { linkedin: linkedinProfile('ana-silva', { name: 'Ana Silva', headline: 'Backend engineer', githubUrl: 'https://github.com/anas' }) }, tags: ['berlin'] },
      '2025-03-05T10:00:00.000Z',
    );
    const { candidate: merged } = mergeCandidates(gh, li);
    expect(merged.id).toBe('gh:anas');
    expect(merged.profiles.github?.login).toBe('anas');
    expect(merged.profiles.linkedin?.slug).toBe('ana-silva');
    expect(merged.githubLogin).toBe('anas');
    expect(merged.linkedinSlug).toBe('ana-silva');
    expect(merged.githubUrl).toBe('https://github.com/anas');
    expect(merged.linkedinUrl).toBe('https://www.linkedin.com/in/ana-silva/');
    expect(merged.name).toBe('Ana Silva');
    expect(merged.headline).toBe('Backend engineer');
    expect(merged.avatarUrl).toBe('https://avatars.githubusercontent.com/u/1');
    expect(merged.tags).toEqual(['python', 'berlin']);
  });
});

describe('notes are never lost', () => {
  test.each([
    ['Called Monday', '', 'Called Monday', false],
    ['', 'Strong Go', 'Strong Go', false],
    ['Called Monday', 'Called Monday', 'Called Monday', false],
    ['Called Monday', 'Called Monday. Sent offer.', 'Called Monday. Sent offer.', false],
    ['Called Monday', 'Prefers remote', 'Called Monday\n\nPrefers remote', true],
  ])('stored %j + incoming %j → %j', (existing, incoming, notes, appended) => {
    expect(combineNotes(existing, incoming)).toEqual({ notes, appended });
  });
});
