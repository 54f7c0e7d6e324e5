import { describe, expect, test } from 'vitest';
import { candidateIdFor, findSamePerson, matchingCandidates } from '../../../lib/candidates/identity';
import { candidate, githubProfile, linkedinProfile } from './fixtures';

describe('candidate ids', () => {
  test('a GitHub reading is known by its login, a LinkedIn one by its slug, lowercased', () => {
    expect(candidateIdFor(githubProfile('OctoCat'))).toBe('gh:octocat');
    expect(candidateIdFor(linkedinProfile('Ana-Silva-42'))).toBe('li:ana-silva-42');
    expect(candidateIdFor({ linkedin: linkedinProfile('ana'), github: githubProfile('AnaS') })).toBe('gh:anas');
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

  test('a GitHub profile that links to the LinkedIn profile is the same person when the LinkedIn profile links back', () => {
    const incoming = candidate({ profiles: { linkedin: linkedinProfile('ana-silva', { githubUrl: 'https://github.com/anas' }) } });
    expect(findSamePerson([other, ghLinksLinkedin], incoming)?.id).toBe('gh:anas');
  });

  test('a one-way link is a claim, not proof: the records stay apart', () => {
    // the LinkedIn page does not point back at the GitHub account that names it
    expect(findSamePerson([other, ghLinksLinkedin], candidate({ profiles: { linkedin: linkedinProfile('ana-silva') } }))).toBeUndefined();
    // a LinkedIn page naming someone else's GitHub (torvalds) never folds into that GitHub person
    const torvalds = candidate({ profiles: { github: githubProfile('torvalds') } });
    const claimer = candidate({ profiles: { linkedin: linkedinProfile('someone', { githubUrl: 'https://github.com/torvalds' }) } });
    expect(findSamePerson([torvalds], claimer)).toBeUndefined();
  });

  test('a LinkedIn profile whose GitHub link names the login is the same person when the GitHub profile links back, whatever the case', () => {
    const incoming = candidate({ profiles: { github: githubProfile('ANAS', { socialLinks: ['https://www.linkedin.com/in/ana-silva'] }) } });
    expect(findSamePerson([other, liLinksGithub], incoming)?.id).toBe('li:ana-silva');
  });

  test('the website field counts like a social link', () => {
    const existing = candidate({ profiles: { github: githubProfile('anas', { website: 'https://linkedin.com/in/ana-silva' }) } });
    const backLinked = candidate({ profiles: { linkedin: linkedinProfile('ana-silva', { githubUrl: 'https://github.com/anas' }) } });
    expect(findSamePerson([existing], backLinked)?.id).toBe('gh:anas');
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
    const li = candidate({ profiles: { linkedin: linkedinProfile('shared', { githubUrl: 'https://github.com/a' }) } });
    expect(matchingCandidates([a, b], li).map((c) => c.id)).toEqual(['gh:a']);
  });

  test('a saving with both profiles finds the GitHub record and the LinkedIn record', () => {
    const gh = candidate({ profiles: { github: githubProfile('anas') } });
    const li = candidate({ profiles: { linkedin: linkedinProfile('ana-silva') } });
    const both = candidate({ profiles: { github: githubProfile('anas'), linkedin: linkedinProfile('ana-silva') } });
    expect(matchingCandidates([li, other, gh], both).map((c) => c.id)).toEqual(['gh:anas', 'li:ana-silva']);
  });
});
