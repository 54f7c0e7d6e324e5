import { describe, expect, test } from 'vitest';
import { findGithubUrl, githubUrlFromLink, githubUrlFromText } from '@/lib/extract/linkedin-github';

describe('the GitHub profile a LinkedIn profile points to', () => {
  test.each([
    ['https://github.com/octo-cat', 'https://github.com/octo-cat'],
    ['https://github.com/octo-cat/', 'https://github.com/octo-cat'],
    ['http://www.github.com/octo-cat?tab=repositories', 'https://github.com/octo-cat'],
    ['https://github.com/octo-cat/some-repo/tree/main', 'https://github.com/octo-cat'],
    ['https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fgithub.com%2Focto-cat&urlhash=x', 'https://github.com/octo-cat'],
    ['https://github.com/orgs/acme/people', null],
    ['https://github.com/features/actions', null],
    ['https://gist.github.com/octo-cat/123', null],
    ['https://github.com.evil.example/octo-cat', null],
    ['javascript:alert(1)', null],
    ['https://github.com/', null],
  ])('%s', (href, expected) => {
    expect(githubUrlFromLink(href)).toBe(expected);
  });

  test.each([
    ['Code at github.com/jdoe and more', 'https://github.com/jdoe'],
    ['See https://github.com/jdoe/dotfiles.', 'https://github.com/jdoe'],
    ['GitHub: github.com/jdoe-dev.', 'https://github.com/jdoe-dev'],
    ['I like notgithub.com/jdoe', null],
    ['no link here', null],
    ['github.com/topics/rust', null],
    ['I maintain github.com/kubernetes/kubernetes docs; me: github.com/kdoc', 'https://github.com/kdoc'],
    ['Only a repo: github.com/kdoc/notes', 'https://github.com/kdoc'],
  ])('in text: %s', (text, expected) => {
    expect(githubUrlFromText(text)).toBe(expected);
  });

  test('a link beats a mention in the text', () => {
    expect(findGithubUrl(['https://example.com', 'https://github.com/from-link'], ['github.com/from-text'])).toBe('https://github.com/from-link');
    expect(findGithubUrl(['https://example.com'], ['github.com/from-text'])).toBe('https://github.com/from-text');
    expect(findGithubUrl([], [])).toBeNull();
  });
});
