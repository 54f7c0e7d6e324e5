import { describe, expect, test } from 'vitest';
import { githubProfileLogin, isGithubProfile, isGithubRepo } from '@/lib/page/github-url';
import { isLinkedinProfile } from '@/lib/page/linkedin-url';

/**
 * The URL predicate matrix: every predicate has example URLs, and every example
 * is false for every other predicate (a repository is not a profile; a reserved
 * GitHub path is neither).
 */
const predicates = { isGithubProfile, isGithubRepo, isLinkedinProfile } as const;
type PredicateName = keyof typeof predicates;

const examples: Record<PredicateName | 'none', readonly string[]> = {
  isGithubProfile: [
    'https://github.com/mona-dev',
    'https://github.com/mona-dev/',
    'https://github.com/mona-dev?tab=repositories',
    'https://github.com/mona-dev?tab=stars',
    'https://github.com/Mona-Dev?tab=followers',
    'https://github.com/mona-dev#readme',
    'https://github.com/a',
    // Profile-shaped; the page (not the URL) tells a person from an organization.
    'https://github.com/orbit-labs',
  ],
  isGithubRepo: [
    'https://github.com/mona-dev/orbit-api',
    'https://github.com/mona-dev/orbit-api/',
    'https://github.com/mona-dev/orbit-api/issues/12',
    'https://github.com/mona-dev/orbit-api/tree/main/src',
    'https://github.com/orbit-labs/schema-registry/pulls',
    'https://github.com/mona-dev/mona-dev',
  ],
  isLinkedinProfile: [
    'https://www.linkedin.com/in/mona-developer',
    'https://www.linkedin.com/in/mona-developer/',
    'https://www.linkedin.com/in/mona-developer/details/experience/',
    'https://www.linkedin.com/in/mona-developer/details/skills/',
    'https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa-12345/',
  ],
  none: [
    'https://github.com/',
    'https://github.com/settings',
    'https://github.com/settings/profile',
    'https://github.com/notifications',
    'https://github.com/marketplace',
    'https://github.com/marketplace/actions/setup-go',
    'https://github.com/topics',
    'https://github.com/topics/golang',
    'https://github.com/orgs/orbit-labs',
    'https://github.com/orgs/orbit-labs/people',
    'https://github.com/users/mona-dev/projects/1',
    'https://github.com/sponsors/mona-dev',
    'https://github.com/apps/dependabot',
    'https://github.com/explore',
    'https://github.com/trending/go',
    'https://github.com/search?q=orbit',
    'https://github.com/login?return_to=%2Fmona-dev',
    'https://github.com/features/copilot',
    'https://github.com/pulls',
    'https://github.com/new',
    'https://github.com/mobile',
    'https://github.com/git-guides',
    'https://gist.github.com/mona-dev',
    'https://api.github.com/users/mona-dev',
    'http://github.com/mona-dev',
    'https://github.com.evil.example/mona-dev',
    'https://github.com/-mona',
    'https://github.com/mona-dev.atom',
    'https://www.linkedin.com/',
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/in/',
    'https://www.linkedin.com/company/orbit-labs/',
    'https://www.linkedin.com/jobs/view/4012345678/',
    'https://www.linkedin.com/in/mona-developer/recent-activity/all/',
    'https://www.linkedin.com/in/mona-developer/details/recommendations/',
    'https://linkedin.com.evil.example/in/mona-developer',
    'not a url',
    '',
  ],
};

const names = Object.keys(predicates) as PredicateName[];

describe('URL predicate matrix', () => {
  for (const name of names) {
    describe(name, () => {
      test.each(examples[name])('%s is true', (url) => {
        expect(predicates[name](url)).toBe(true);
      });
      for (const other of names.filter((n) => n !== name)) {
        test.each(examples[name])(`%s is false for ${other}`, (url) => {
          expect(predicates[other](url)).toBe(false);
        });
      }
    });
  }

  test.each(examples.none)('%j is false for every predicate', (url) => {
    for (const name of names) expect(predicates[name](url), name).toBe(false);
  });
});

describe('githubProfileLogin', () => {
  test.each([
    ['https://github.com/mona-dev', 'mona-dev'],
    ['https://github.com/Mona-Dev?tab=stars', 'Mona-Dev'],
    ['https://github.com/mona-dev/', 'mona-dev'],
  ])('%s → %s', (url, login) => {
    expect(githubProfileLogin(url)).toBe(login);
  });

  test.each(['https://github.com/settings', 'https://github.com/mona-dev/orbit-api', 'https://github.com/'])('%s names nobody', (url) => {
    expect(githubProfileLogin(url)).toBeNull();
  });
});
