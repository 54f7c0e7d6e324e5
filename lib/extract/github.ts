import type { GithubProfile } from '../schemas/profile';
import { githubProfileLogin, type GithubHostOptions } from '../page/github-url';
import { githubSelectors as S } from '../selectors/github';
import { absoluteHttpUrl, clipText, queryFirst, textOf } from './dom';
import { readContributionsLastYear } from './github-contributions';
import { parseGithubCount } from './github-count';
import { readSocialLinks, readWebsite } from './github-links';
import { readPinnedRepos } from './github-pinned';
import { parseHoursAheadAttribute, parseUtcOffsetText } from './github-timezone';

/** Reads whether the page is a user's, an organization's, or says nothing. */
function subjectKind(doc: Document): 'user' | 'organization' | null {
  const content = queryFirst(doc, S.subjectTag)?.getAttribute('content') ?? '';
  if (content.startsWith('organization:')) return 'organization';
  if (content.startsWith('user:')) return 'user';
  // Without the tag (older pages), an organization still shows its own header.
  return queryFirst(doc, S.organizationMarker) ? 'organization' : null;
}

/**
 * What a page at a profile URL shows:
 * - `profile`: the person the URL names;
 * - `other`: not a person (an organization, a 404, a page without a profile sidebar);
 * - `stale`: a person other than the one the URL names, which is what the document
 *   still holds for a moment after a soft navigation changed the URL.
 */
type GithubPageReading =
  | { kind: 'profile'; profile: GithubProfile }
  | { kind: 'other' }
  | { kind: 'stale'; shownLogin: string };

function readCount(doc: Document, alternatives: readonly string[]): number | null {
  const el = queryFirst(doc, alternatives);
  // An exact figure in a title wins over the abbreviated text ("1.2k").
  return parseGithubCount(el?.getAttribute('title')) ?? parseGithubCount(textOf(el));
}

function readUtcOffset(doc: Document): number | null {
  const fromAttribute = parseHoursAheadAttribute(queryFirst(doc, S.timezone)?.getAttribute('data-hours-ahead-of-utc'));
  return fromAttribute ?? parseUtcOffsetText(textOf(queryFirst(doc, S.localTime)));
}

/** Reads the page and says whether it shows the person its URL names (see GithubPageReading). */
export function readGithubPage(doc: Document, url: string, options?: GithubHostOptions): GithubPageReading {
  const urlLogin = githubProfileLogin(url, options);
  if (!urlLogin) return { kind: 'other' };
  const kind = subjectKind(doc);
  if (kind === 'organization') return { kind: 'other' };
  const shownLogin = textOf(queryFirst(doc, S.login));
  if (kind === null && !shownLogin) return { kind: 'other' };
  const login = shownLogin?.replace(/^@/, '') ?? urlLogin;
  if (login.toLowerCase() !== urlLogin.toLowerCase()) return { kind: 'stale', shownLogin: login };
  const avatar = queryFirst(doc, S.avatar);
  return {
    kind: 'profile',
    profile: {
      source: 'github',
      login,
      name: clipText(textOf(queryFirst(doc, S.name)), 500),
      bio: clipText(textOf(queryFirst(doc, S.bio)), 200_000),
      avatarUrl: absoluteHttpUrl(avatar?.getAttribute('src'), url),
      company: clipText(textOf(queryFirst(doc, S.company)), 500),
      location: clipText(textOf(queryFirst(doc, S.location)), 500),
      website: readWebsite(doc, url),
      socialLinks: readSocialLinks(doc, url),
      followers: readCount(doc, S.followers),
      following: readCount(doc, S.following),
      pinned: readPinnedRepos(doc, url),
      contributionsLastYear: readContributionsLastYear(doc),
      utcOffsetHours: readUtcOffset(doc),
    },
  };
}

/**
 * The person a GitHub profile page shows, or null when the page is not a
 * user's profile (an organization, a repository, a settings page), or when the
 * document still shows someone other than the person the URL names.
 * `options.host` reads a page on that GitHub Enterprise host instead of github.com.
 */
export function extractGithubProfile(doc: Document, url: string, options?: GithubHostOptions): GithubProfile | null {
  const reading = readGithubPage(doc, url, options);
  return reading.kind === 'profile' ? reading.profile : null;
}
