/**
 * Finds the person's GitHub in what a LinkedIn profile links to or writes:
 * contact and website links (also behind LinkedIn's redirect), or a
 * `github.com/<login>` in the about text. A repository link still names the
 * login, so every hit becomes `https://github.com/<login>`.
 */
import { GITHUB_RESERVED_PATHS, GITHUB_LOGIN } from '../page/github-url';
import { githubProfileUrl } from '../page/profile-urls';

const IN_TEXT = /(?:^|[^\w.-])(?:https?:\/\/)?(?:www\.)?github\.com\/([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})(?![A-Za-z0-9-])/gi;

function loginToUrl(login: string | undefined): string | null {
  if (!login || !GITHUB_LOGIN.test(login) || GITHUB_RESERVED_PATHS.has(login.toLowerCase())) return null;
  return githubProfileUrl(login);
}

/** Unwraps `https://www.linkedin.com/redir/redirect?url=…` and similar. */
function unwrapRedirect(u: URL): URL {
  if (u.hostname.endsWith('linkedin.com')) {
    const target = u.searchParams.get('url');
    if (target) {
      try {
        return new URL(target);
      } catch {
        return u;
      }
    }
  }
  return u;
}

/** `https://github.com/<login>` for a link to a GitHub user or repository; null otherwise. */
export function githubUrlFromLink(href: string): string | null {
  let u: URL;
  try {
    u = unwrapRedirect(new URL(href));
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  if (u.hostname !== 'github.com' && u.hostname !== 'www.github.com') return null;
  return loginToUrl(u.pathname.split('/').filter((s) => s.length > 0)[0]);
}

/**
 * The first `github.com/<login>` written in a text. A bare profile URL is
 * preferred to a repository one (`github.com/kubernetes/kubernetes` may be a
 * project the person works on rather than their account).
 */
export function githubUrlFromText(text: string): string | null {
  let repoOwner: string | null = null;
  for (const match of text.matchAll(IN_TEXT)) {
    const url = loginToUrl(match[1]);
    if (!url) continue;
    const after = text.slice((match.index ?? 0) + match[0].length);
    if (!/^\/[A-Za-z0-9_.-]/.test(after)) return url;
    repoOwner ??= url;
  }
  return repoOwner;
}

/** The person's GitHub from links first, then from texts; null when neither names one. */
export function findGithubUrl(links: readonly string[], texts: readonly string[]): string | null {
  for (const link of links) {
    const url = githubUrlFromLink(link);
    if (url) return url;
  }
  for (const text of texts) {
    const url = githubUrlFromText(text);
    if (url) return url;
  }
  return null;
}
