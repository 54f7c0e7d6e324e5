import type { GithubProfile } from '../schemas/profile';
import { githubProfileLogin } from '../page/github-url';
import { githubSelectors as S } from '../selectors/github';
import { absoluteHttpUrl, queryFirst, textOf } from './dom';

/** Reads whether the page is a user's, an organization's, or neither. */
function subjectKind(doc: Document): 'user' | 'organization' | null {
  const meta = queryFirst(doc, S.subjectTag);
  const content = meta?.getAttribute('content') ?? '';
  if (content.startsWith('user:')) return 'user';
  if (content.startsWith('organization:')) return 'organization';
  return null;
}

/**
 * The person a GitHub profile page shows, or null when the page is not a
 * user's profile (an organization, a repository, a settings page).
 */
export function extractGithubProfile(doc: Document, url: string): GithubProfile | null {
  const urlLogin = githubProfileLogin(url);
  if (!urlLogin) return null;
  const kind = subjectKind(doc);
  const loginEl = queryFirst(doc, S.login);
  if (kind !== 'user' && !(kind === null && loginEl)) return null;
  const login = textOf(loginEl) ?? urlLogin;
  if (login.toLowerCase() !== urlLogin.toLowerCase()) return null;
  const avatar = queryFirst(doc, S.avatar);
  return {
    source: 'github',
    login,
    name: textOf(queryFirst(doc, S.name)),
    bio: textOf(queryFirst(doc, S.bio)),
    avatarUrl: absoluteHttpUrl(avatar?.getAttribute('src'), url),
    company: null,
    location: null,
    website: null,
    socialLinks: [],
    followers: null,
    following: null,
    pinned: [],
    contributionsLastYear: null,
    utcOffsetHours: null,
  };
}
