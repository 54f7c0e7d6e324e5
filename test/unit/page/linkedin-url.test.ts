import { describe, expect, test } from 'vitest';
import { isGithubProfile, isGithubRepo } from '@/lib/page/github-url';
import { isLinkedinProfile, parseLinkedinProfileUrl, isLinkedinPageHost } from '@/lib/page/linkedin-url';

describe('parseLinkedinProfileUrl', () => {
  test.each([
    ['https://www.linkedin.com/in/mona-developer', { slug: 'mona-developer', page: 'main' }],
    ['https://www.linkedin.com/in/mona-developer/', { slug: 'mona-developer', page: 'main' }],
    ['https://www.linkedin.com/in/mona-developer/?originalSubdomain=br', { slug: 'mona-developer', page: 'main' }],
    ['https://www.linkedin.com/in/mona-developer/details/experience/', { slug: 'mona-developer', page: 'experience' }],
    ['https://www.linkedin.com/in/mona-developer/details/skills/', { slug: 'mona-developer', page: 'skills' }],
    ['https://www.linkedin.com/in/mona-developer/details/certifications/', { slug: 'mona-developer', page: 'certifications' }],
    ['https://www.linkedin.com/in/mona-developer/details/education/', { slug: 'mona-developer', page: 'education' }],
    ['https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa-12345/', { slug: 'josé-garcía-12345', page: 'main' }],
  ])('%s', (url, expected) => {
    expect(parseLinkedinProfileUrl(url)).toEqual(expected);
  });

  test.each([
    'https://www.linkedin.com/in/',
    'https://www.linkedin.com/in/x',
    'https://www.linkedin.com/in/mona-developer/details/recommendations/',
    'https://www.linkedin.com/in/mona-developer/recent-activity/all/',
    'https://www.linkedin.com/in/bad%ZZslug/',
    'https://www.linkedin.com/company/orbit-labs/',
    'http://www.linkedin.com/in/mona-developer',
    'https://www.linkedin.com.evil.example/in/mona-developer',
    'https://github.com/in/mona-developer',
  ])('%s is not a profile', (url) => {
    expect(parseLinkedinProfileUrl(url)).toBeNull();
    expect(isLinkedinProfile(url)).toBe(false);
  });

  test.each([
    'https://www.linkedin.com/in/mona-developer',
    'https://www.linkedin.com/in/mona-developer/details/experience/',
  ])('%s is no GitHub page', (url) => {
    expect(isGithubProfile(url)).toBe(false);
    expect(isGithubRepo(url)).toBe(false);
  });
});

describe('country hosts', () => {
  test.each([
    ['https://se.linkedin.com/in/mara-lindqvist', 'mara-lindqvist'],
    ['https://de.linkedin.com/in/lena-hartmann/', 'lena-hartmann'],
  ])('%s is the profile of %s, as on www', (url, slug) => {
    expect(parseLinkedinProfileUrl(url)).toEqual({ slug, page: 'main' });
    expect(isLinkedinPageHost(new URL(url).hostname)).toBe(true);
  });

  test.each(['https://business.linkedin.com/in/x', 'https://se.linkedin.com.evil.example/in/x', 'http://se.linkedin.com/in/x', 'https://linkedin.com.se/in/x'])(
    '%s is not a LinkedIn profile page',
    (url) => {
      expect(parseLinkedinProfileUrl(url)).toBeNull();
    },
  );
});
