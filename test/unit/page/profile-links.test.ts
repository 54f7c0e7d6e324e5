import { describe, expect, test } from 'vitest';
import { githubLoginFromUrl, githubLoginOf, linkedinSlugFromUrl, linkedinSlugsOf } from '../../../lib/page/profile-links';
import { githubProfile, linkedinProfile } from '../../support/profiles';

describe('the person a link names', () => {
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

  test('a GitHub link behind LinkedIn\'s redirect names its login', () => {
    expect(githubLoginFromUrl('https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fgithub.com%2FAnaS')).toBe('AnaS');
    expect(githubLoginFromUrl('not a url')).toBeNull();
  });

  test('a GitHub reading links to the LinkedIn slugs of its website and social links, each once', () => {
    const gh = githubProfile('anas', {
      website: 'https://linkedin.com/in/ana-silva',
      socialLinks: ['https://www.linkedin.com/in/ana-silva/', 'https://twitter.com/anas', 'https://www.linkedin.com/in/ana-2/'],
    });
    expect(linkedinSlugsOf(gh)).toEqual(['ana-silva', 'ana-2']);
  });

  test('a LinkedIn reading links to the login of its GitHub link', () => {
    expect(githubLoginOf(linkedinProfile('ana', { githubUrl: 'https://github.com/AnaS' }))).toBe('AnaS');
    expect(githubLoginOf(linkedinProfile('ana', { githubUrl: null }))).toBeNull();
  });
});
