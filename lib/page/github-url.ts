/**
 * URL predicates for github.com. A profile URL is `/<login>` with at most a
 * `?tab=` query; everything under a reserved first segment is GitHub's own page.
 */

/** First path segments that are GitHub's own pages, never a person. */
export const GITHUB_RESERVED_PATHS: ReadonlySet<string> = new Set([
  'about', 'account', 'apps', 'blog', 'codespaces', 'collections', 'contact',
  'copilot', 'customer-stories', 'dashboard', 'enterprise', 'events', 'explore',
  'features', 'github-copilot', 'issues', 'join', 'login', 'logout', 'marketplace',
  'new', 'notifications', 'orgs', 'organizations', 'pricing', 'pulls', 'readme',
  'search', 'security', 'sessions', 'settings', 'signup', 'site', 'sponsors',
  'stars', 'team', 'topics', 'trending', 'users', 'watching', 'password_reset',
  'solutions', 'resources', 'home', 'discussions', 'achievements', 'nonprofit',
  'mobile', 'git-guides', 'premium-support', 'open-source', 'why-github', 'education', 'partners',
]);

const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;

export function isGithubHost(url: URL): boolean {
  return url.protocol === 'https:' && url.hostname === 'github.com';
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function segments(url: URL): string[] {
  return url.pathname.split('/').filter((s) => s.length > 0);
}

/** The login a profile URL names, or null when the URL is not a profile. */
export function githubProfileLogin(url: string): string | null {
  const u = parse(url);
  if (!u || !isGithubHost(u)) return null;
  const parts = segments(u);
  if (parts.length !== 1) return null;
  const login = parts[0]!;
  if (!LOGIN.test(login)) return null;
  if (GITHUB_RESERVED_PATHS.has(login.toLowerCase())) return null;
  return login;
}

/** `https://github.com/<login>` (with any `?tab=`): a person's or an organization's page. */
export function isGithubProfile(url: string): boolean {
  return githubProfileLogin(url) !== null;
}

/** `https://github.com/<owner>/<repo>` and anything below it. */
export function isGithubRepo(url: string): boolean {
  const u = parse(url);
  if (!u || !isGithubHost(u)) return false;
  const parts = segments(u);
  if (parts.length < 2) return false;
  const owner = parts[0]!;
  return LOGIN.test(owner) && !GITHUB_RESERVED_PATHS.has(owner.toLowerCase());
}
