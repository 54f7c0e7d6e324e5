/**
 * URL predicates for github.com, and for a GitHub Enterprise Server host when
 * one is passed (`{ host }`). A profile URL is `/<login>` with at most a
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

/** First path segments that an Enterprise Server host adds to github.com's own (site admin, API). */
const ENTERPRISE_RESERVED_PATHS: ReadonlySet<string> = new Set(['api', 'stafftools', 'enterprises', 'setup', 'manage', 'raw', 'gist']);

/** Which GitHub the URL is for: github.com when no host is given, else that Enterprise host. */
export interface GithubHostOptions {
  /** a bare Enterprise host (`ghe.example.com`, optionally with a port); absent: github.com */
  host?: string;
}

/** A GitHub login: letters, digits and single inner hyphens, at most 39 characters. */
export const GITHUB_LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;

/** `https://github.com`, or `https://<host>` when an Enterprise host is given. */
export function isGithubHost(url: URL, host?: string): boolean {
  if (url.protocol !== 'https:') return false;
  return host === undefined ? url.hostname === 'github.com' : url.host === host.toLowerCase();
}

function isReserved(segment: string, options?: GithubHostOptions): boolean {
  const s = segment.toLowerCase();
  return GITHUB_RESERVED_PATHS.has(s) || (options?.host !== undefined && ENTERPRISE_RESERVED_PATHS.has(s));
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
export function githubProfileLogin(url: string, options?: GithubHostOptions): string | null {
  const u = parse(url);
  if (!u || !isGithubHost(u, options?.host)) return null;
  const parts = segments(u);
  if (parts.length !== 1) return null;
  const login = parts[0]!;
  if (!GITHUB_LOGIN.test(login)) return null;
  if (isReserved(login, options)) return null;
  return login;
}

/** `https://github.com/<login>` (with any `?tab=`): a person's or an organization's page. */
export function isGithubProfile(url: string, options?: GithubHostOptions): boolean {
  return githubProfileLogin(url, options) !== null;
}

/** `https://github.com/<owner>/<repo>` and anything below it. */
export function isGithubRepo(url: string, options?: GithubHostOptions): boolean {
  const u = parse(url);
  if (!u || !isGithubHost(u, options?.host)) return false;
  const parts = segments(u);
  if (parts.length < 2) return false;
  const owner = parts[0]!;
  return GITHUB_LOGIN.test(owner) && !isReserved(owner, options);
}
