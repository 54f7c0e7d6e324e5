/**
 * Where GitHub requests may go, and so where a token may go: the github.com
 * API (`https://api.github.com`, a constant, never a setting) or a GitHub
 * Enterprise Server host's own API (`https://<host>/api/v3` and
 * `https://<host>/api/graphql`). The client checks every request against the
 * scope of its API base at the moment it is made (lib/github/client.ts); a
 * request anywhere else is refused, and no token goes with it. Pure.
 */

/** The github.com REST and GraphQL API. */
export const GITHUB_API_BASE = 'https://api.github.com';
export const GITHUB_API_HOST = 'api.github.com';

/** Which API a client talks to. */
export type ApiScope = { kind: 'github' } | { kind: 'enterprise'; host: string };

/** github.com's own hosts: never an Enterprise API. */
const GITHUB_COM_HOSTS: ReadonlySet<string> = new Set(['github.com', 'www.github.com', 'api.github.com']);

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * The scope of an API base: `https://api.github.com` is github.com's, and
 * `https://<host>/api/v3` an Enterprise host's. Anything else (another
 * scheme, a path, credentials, a query) is no API Hirelens talks to: null.
 */
export function scopeOfApiBase(base: string): ApiScope | null {
  const u = parse(base.replace(/\/+$/, ''));
  if (!u || u.protocol !== 'https:' || u.username || u.password || u.search || u.hash) return null;
  const host = u.host.toLowerCase();
  if (host === GITHUB_API_HOST && (u.pathname === '/' || u.pathname === '')) return { kind: 'github' };
  if (u.pathname === '/api/v3' && !GITHUB_COM_HOSTS.has(u.hostname.toLowerCase())) return { kind: 'enterprise', host };
  return null;
}

/** The host a scope's requests go to (the key of its durable pause, lib/github/api-pause-store.ts). */
export function apiHostOf(scope: ApiScope): string {
  return scope.kind === 'github' ? GITHUB_API_HOST : scope.host;
}

/**
 * True when `url` is a request to the scope's API: https, the exact host
 * (and port), no credentials, and for an Enterprise host a path under
 * `/api/v3/` or `/api/graphql`.
 */
export function isApiRequestOf(url: string, scope: ApiScope): boolean {
  const u = parse(url);
  if (!u || u.protocol !== 'https:' || u.username || u.password) return false;
  const host = u.host.toLowerCase();
  if (scope.kind === 'github') return host === GITHUB_API_HOST;
  return host === scope.host.toLowerCase() && (u.pathname === '/api/v3' || u.pathname.startsWith('/api/v3/') || u.pathname === '/api/graphql');
}

/** The sentence a refused request ends with. */
export function refusedRequestText(url: string): string {
  const u = parse(url);
  const where = u ? `${u.protocol}//${u.host}` : 'an address that is not a URL';
  return `Hirelens asks only the GitHub API (${GITHUB_API_BASE}) or your granted GitHub Enterprise host’s /api/v3; the request to ${where} was refused and no token was sent`;
}
