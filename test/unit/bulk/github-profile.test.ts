import { describe, expect, test } from 'vitest';
import { githubProfileFromAccount } from '@/lib/bulk/github-profile';
import type { GithubAccount } from '@/lib/schemas/tab-state';
import type { GithubProfile } from '@/lib/schemas/profile';

const account: GithubAccount = {
  login: 'mona-dev',
  createdAt: '2015-03-01T10:00:00Z',
  publicRepos: 6,
  followers: 120,
  htmlUrl: 'https://github.com/mona-dev',
  profile: {
    name: 'Mona Developer',
    bio: 'Go and PostgreSQL',
    company: '@orbit',
    location: 'Lisbon',
    blog: 'linkedin.com/in/mona-dev',
    following: 3,
    avatarUrl: 'https://avatars.githubusercontent.com/u/1?v=4',
  },
};

describe('the profile saved for a person evaluated in bulk', () => {
  test('carries what the API says of the account', () => {
    expect(githubProfileFromAccount(account)).toEqual({
      source: 'github',
      login: 'mona-dev',
      name: 'Mona Developer',
      bio: 'Go and PostgreSQL',
      avatarUrl: 'https://avatars.githubusercontent.com/u/1?v=4',
      company: '@orbit',
      location: 'Lisbon',
      // GitHub shows a website typed without a scheme as a link; the LinkedIn link ties the two profiles
      website: 'https://linkedin.com/in/mona-dev',
      socialLinks: [],
      followers: 120,
      following: 3,
      pinned: [],
      contributionsLastYear: null,
      utcOffsetHours: null,
    });
  });

  test('a website that is not an http(s) link is left out', () => {
    const p = githubProfileFromAccount({ ...account, profile: { ...account.profile!, blog: 'javascript:alert(1)' } });
    expect(p.website).toBeNull();
  });

  test('GraphQL gives only the name: the rest is null, not invented', () => {
    const p = githubProfileFromAccount({ ...account, profile: { name: 'Mona', bio: null, company: null, location: null, blog: null, following: null, avatarUrl: null } });
    expect(p).toMatchObject({ name: 'Mona', bio: null, company: null, website: null, following: null, avatarUrl: null, followers: 120 });
  });

  test('keeps what an earlier page reading knew and the API does not', () => {
    const known: GithubProfile = {
      source: 'github',
      login: 'mona-dev',
      name: 'Mona D.',
      bio: null,
      company: null,
      location: null,
      website: null,
      socialLinks: ['https://www.linkedin.com/in/mona-dev'],
      followers: 100,
      following: 2,
      pinned: [{ owner: 'mona-dev', name: 'orbit-api', description: null, language: 'Go', stars: 120, forks: 3 }],
      contributionsLastYear: 812,
      utcOffsetHours: 0,
    };
    const p = githubProfileFromAccount({ ...account, profile: undefined }, known);
    expect(p).toMatchObject({
      name: 'Mona D.',
      followers: 120,
      following: 2,
      socialLinks: ['https://www.linkedin.com/in/mona-dev'],
      contributionsLastYear: 812,
      utcOffsetHours: 0,
    });
    expect(p.pinned.map((r) => r.name)).toEqual(['orbit-api']);
  });
});
