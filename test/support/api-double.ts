/**
 * The GitHub API double shared by unit and end-to-end tests. It answers the
 * routes Hirelens asks with responses in GitHub's real shapes, typed with
 * @octokit/openapi-types so the compiler checks them: users, repository lists
 * (paginated), languages, git trees, contents, issue search and the two
 * GraphQL queries; with ETags and 304s, per-resource rate limits and
 * injectable faults.
 */
import type { components } from '@octokit/openapi-types';
import { GRAPHQL_MANIFESTS } from '../../lib/github/graphql-queries';

export type ApiUserFixture = components['schemas']['public-user'];
export type ApiRepoFixture = components['schemas']['minimal-repository'];
type GitTree = components['schemas']['git-tree'];
type ContentFile = Pick<components['schemas']['content-file'], 'type' | 'encoding' | 'size' | 'name' | 'path' | 'content' | 'sha' | 'url' | 'git_url' | 'html_url' | 'download_url'>;
type SearchItem = Pick<components['schemas']['issue-search-result-item'], 'title' | 'html_url' | 'repository_url' | 'closed_at' | 'state' | 'number'> & {
  pull_request: Pick<NonNullable<components['schemas']['issue-search-result-item']['pull_request']>, 'merged_at' | 'html_url' | 'url' | 'diff_url' | 'patch_url'>;
};

export interface DoubleRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string | null;
}

export interface DoubleResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** the connection fails (fetch rejects; end-to-end: route.abort()) */
  networkError?: boolean;
}

/** What one repository holds, for languages, trees and contents. */
export interface RepoContents {
  languages: Record<string, number>;
  /** file paths (folders are implied) with their sizes in bytes */
  files: Record<string, { size?: number; text?: string }>;
}

export interface PullRequestFixture {
  repo: string;
  title: string;
  mergedAt: string;
}

export interface ApiAccount {
  user: ApiUserFixture;
  repos: ApiRepoFixture[];
  /** by repository name; absent: languages from the primary language, an empty tree */
  contents?: Record<string, RepoContents>;
  pullRequests?: PullRequestFixture[];
}

export interface Fault {
  /** tested against `METHOD /path?query` (no host) */
  match: RegExp;
  /** answer with this status (default 500) */
  status?: number;
  /** how many matching requests it hits (default: all) */
  times?: number;
  headers?: Record<string, string>;
  /** the body as sent (default a GitHub error message) */
  body?: string;
  /** the connection fails instead */
  network?: boolean;
}

export interface ApiDoubleOptions {
  accounts: ApiAccount[];
  /** core requests allowed in the window before 403s; default 60 */
  rateLimit?: number;
  /** search requests allowed; default 10 */
  searchLimit?: number;
  /** GraphQL points allowed; default 5000 */
  graphqlLimit?: number;
  /** epoch seconds of the window's reset */
  resetAt?: number;
  /**
   * As GitHub does: once the clock passes `resetAt`, every budget is restored
   * and the next window ends this many seconds later. Absent: the window never
   * resets (a spent limit stays spent).
   */
  windowSeconds?: number;
  /** core requests allowed in each window after the first (with `windowSeconds`); default `rateLimit` */
  rateLimitAfterReset?: number;
  /**
   * Who each token belongs to, for GET /user (who the token is): token → login.
   * Absent: any token is the first account's; without a token, or with one not
   * listed here, GET /user answers 401 as GitHub does.
   */
  tokenOwners?: Record<string, string>;
  /** the double's clock in epoch ms (default Date.now), for `windowSeconds` */
  now?: () => number;
  faults?: Fault[];
}

export interface ApiDouble {
  handle(request: DoubleRequest): DoubleResponse;
  /** every request answered, in order */
  readonly log: DoubleRequest[];
  /** a fetch implementation for octokit in unit tests */
  fetch: typeof fetch;
  /** requests answered 304 */
  readonly notModified: () => number;
  /** changes what an account holds (the next answer gets a new ETag) */
  accounts: Map<string, ApiAccount>;
}

const DOCS = 'https://docs.github.com/rest';

function etagOf(body: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < body.length; i++) {
    h ^= body.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `W/"${(h >>> 0).toString(16)}-${body.length}"`;
}

function json(status: number, body: unknown, headers: Record<string, string>): DoubleResponse {
  return { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers }, body: JSON.stringify(body) };
}

function notFound(rate: Record<string, string>): DoubleResponse {
  return json(404, { message: 'Not Found', documentation_url: DOCS }, rate);
}

function b64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64').replace(/(.{60})/g, '$1\n');
}

function folderPaths(files: string[]): string[] {
  const folders = new Set<string>();
  for (const f of files) {
    const parts = f.split('/');
    for (let i = 1; i < parts.length; i++) folders.add(parts.slice(0, i).join('/'));
  }
  return [...folders];
}

function contentsOf(account: ApiAccount, repo: ApiRepoFixture): RepoContents {
  return account.contents?.[repo.name] ?? { languages: repo.language ? { [repo.language]: (repo.size ?? 1) * 800 } : {}, files: {} };
}

interface GqlEntry {
  path: string;
  type: 'blob' | 'tree';
  object: { byteSize?: number; entries?: GqlEntry[] } | null;
}

function gqlEntries(contents: RepoContents, prefix: string, depth: number): GqlEntry[] {
  const paths = Object.keys(contents.files);
  const names = new Map<string, 'blob' | 'tree'>();
  for (const p of paths) {
    if (!p.startsWith(prefix)) continue;
    const rest = p.slice(prefix.length).split('/');
    const first = rest[0];
    if (!first) continue;
    names.set(first, rest.length > 1 ? 'tree' : names.get(first) ?? 'blob');
  }
  return [...names.entries()].map(([name, type]) => {
    const path = prefix + name;
    if (type === 'blob') return { path, type, object: depth === 0 ? { byteSize: contents.files[path]?.size ?? contents.files[path]?.text?.length ?? 0 } : {} };
    return { path, type, object: depth < 2 ? { entries: gqlEntries(contents, `${path}/`, depth + 1) } : {} };
  });
}

export function createApiDouble(options: ApiDoubleOptions): ApiDouble {
  const clock = options.now ?? Date.now;
  let resetAt = options.resetAt ?? Math.floor(clock() / 1000) + 3600;
  const limits = { core: options.rateLimit ?? 60, search: options.searchLimit ?? 10, graphql: options.graphqlLimit ?? 5000 };
  const used = { core: 0, search: 0, graphql: 0 };
  const log: DoubleRequest[] = [];
  let notModified = 0;
  const accounts = new Map(options.accounts.map((a) => [a.user.login.toLowerCase(), a]));
  const faults = (options.faults ?? []).map((f) => ({ ...f, left: f.times ?? Number.POSITIVE_INFINITY }));

  function findRepo(owner: string, name: string): { account: ApiAccount; repo: ApiRepoFixture } | null {
    const account = accounts.get(owner.toLowerCase());
    const repo = account?.repos.find((r) => r.name.toLowerCase() === name.toLowerCase());
    return account && repo ? { account, repo } : null;
  }

  function graphql(body: string | null | undefined, rate: Record<string, string>): DoubleResponse {
    let parsed: { query?: string; variables?: Record<string, unknown> };
    try {
      parsed = JSON.parse(body ?? '') as typeof parsed;
    } catch {
      return json(400, { message: 'Problems parsing JSON' }, rate);
    }
    const op = /query\s+(\w+)/.exec(parsed.query ?? '')?.[1];
    const vars = parsed.variables ?? {};
    if (op === 'HirelensRepos') {
      const account = accounts.get(String(vars.login).toLowerCase());
      if (!account) return json(200, { data: { user: null }, errors: [{ type: 'NOT_FOUND', path: ['user'], message: `Could not resolve to a User with the login of '${String(vars.login)}'.` }] }, rate);
      const sorted = [...account.repos].sort((a, b) => (b.pushed_at ?? '').localeCompare(a.pushed_at ?? ''));
      const offset = typeof vars.cursor === 'string' ? Number(vars.cursor) : 0;
      const page = sorted.slice(offset, offset + 100);
      const u = account.user;
      return json(200, {
        data: {
          user: {
            login: u.login, name: u.name, createdAt: u.created_at, url: u.html_url,
            followers: { totalCount: u.followers },
            repositories: {
              totalCount: sorted.length,
              pageInfo: { hasNextPage: offset + 100 < sorted.length, endCursor: String(offset + 100) },
              nodes: page.map((r) => ({
                id: r.node_id, name: r.name, nameWithOwner: r.full_name, url: r.html_url, description: r.description,
                isFork: r.fork, isArchived: r.archived ?? false, createdAt: r.created_at ?? null, pushedAt: r.pushed_at ?? null,
                diskUsage: r.size ?? 0, stargazerCount: r.stargazers_count ?? 0, forkCount: r.forks_count ?? 0,
                owner: { login: r.owner.login },
                primaryLanguage: r.language ? { name: r.language } : null,
                defaultBranchRef: { name: r.default_branch ?? 'main' },
                repositoryTopics: { nodes: (r.topics ?? []).map((name) => ({ topic: { name } })) },
                languages: { edges: Object.entries(contentsOf(account, r).languages).sort((a, b) => b[1] - a[1]).map(([name, size]) => ({ size, node: { name } })) },
              })),
            },
          },
        },
      }, rate);
    }
    if (op === 'HirelensDeep') {
      const ids = Array.isArray(vars.ids) ? vars.ids.map(String) : [];
      const nodes = ids.map((id) => {
        for (const account of accounts.values()) {
          const repo = account.repos.find((r) => r.node_id === id);
          if (!repo) continue;
          const contents = contentsOf(account, repo);
          const node: Record<string, unknown> = { nameWithOwner: repo.full_name, tree: { entries: gqlEntries(contents, '', 0) } };
          for (const [alias, path] of GRAPHQL_MANIFESTS) {
            const text = contents.files[path]?.text;
            node[alias] = text === undefined ? null : { text };
          }
          return node;
        }
        return null;
      });
      const login = /author:(\S+)/.exec(String(vars.prQuery))?.[1]?.toLowerCase() ?? '';
      const prs = accounts.get(login)?.pullRequests ?? [];
      return json(200, {
        data: {
          nodes,
          search: { issueCount: prs.length, nodes: prs.map((p, i) => ({ title: p.title, url: `https://github.com/${p.repo}/pull/${i + 1}`, mergedAt: p.mergedAt, repository: { nameWithOwner: p.repo } })) },
        },
      }, rate);
    }
    return json(200, { errors: [{ message: `Unknown operation ${op ?? ''}` }] }, rate);
  }

  function route(request: DoubleRequest, url: URL, rate: Record<string, string>): DoubleResponse {
    // GitHub Enterprise serves the same API under /api/v3 (and /api/graphql)
    const path = url.pathname.replace(/^\/api(\/v3)?(?=\/)/, '');
    const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
    if (request.method === 'POST' && parts[0] === 'graphql') return graphql(request.body, rate);
    if (parts.length === 1 && parts[0] === 'user') {
      const token = /^(?:token|bearer)\s+(.+)$/i.exec(request.headers.authorization ?? '')?.[1];
      const owner = token === undefined ? undefined : options.tokenOwners ? options.tokenOwners[token] : options.accounts[0]?.user.login;
      const account = owner === undefined ? undefined : accounts.get(owner.toLowerCase());
      if (!account) return json(401, { message: token === undefined ? 'Requires authentication' : 'Bad credentials', documentation_url: DOCS, status: '401' }, rate);
      return json(200, account.user, rate);
    }
    if (parts[0] === 'users' && parts[1]) {
      const account = accounts.get(parts[1].toLowerCase());
      if (!account) return notFound(rate);
      if (parts.length === 2) return json(200, account.user, rate);
      if (parts.length === 3 && parts[2] === 'repos') {
        const perPage = Number(url.searchParams.get('per_page') ?? 30);
        const page = Number(url.searchParams.get('page') ?? 1);
        const sorted = [...account.repos].sort((a, b) => (b.pushed_at ?? '').localeCompare(a.pushed_at ?? ''));
        return json(200, sorted.slice((page - 1) * perPage, page * perPage), rate);
      }
    }
    if (parts[0] === 'repos' && parts[1] && parts[2]) {
      const found = findRepo(parts[1], parts[2]);
      if (!found) return notFound(rate);
      const contents = contentsOf(found.account, found.repo);
      if (parts[3] === 'languages') return json(200, contents.languages, rate);
      if (parts[3] === 'git' && parts[4] === 'trees') {
        const files = Object.keys(contents.files);
        const tree: GitTree = {
          sha: 'a'.repeat(40),
          url: `${url.origin}${url.pathname}`,
          truncated: false,
          tree: [
            ...folderPaths(files).map((path) => ({ path, mode: '040000', type: 'tree', sha: 'b'.repeat(40) })),
            ...files.map((path) => ({ path, mode: '100644', type: 'blob', sha: 'c'.repeat(40), size: contents.files[path]?.size ?? contents.files[path]?.text?.length ?? 0 })),
          ],
        };
        return json(200, tree, rate);
      }
      if (parts[3] === 'contents' && parts.length > 4) {
        const path = parts.slice(4).join('/');
        const file = contents.files[path];
        if (file?.text === undefined) return notFound(rate);
        const body: ContentFile = {
          type: 'file', encoding: 'base64', size: file.text.length, name: path.split('/').pop() ?? path, path,
          content: b64(file.text), sha: 'd'.repeat(40), url: url.href, git_url: null,
          html_url: `${found.repo.html_url}/blob/${found.repo.default_branch ?? 'main'}/${path}`, download_url: null,
        };
        return json(200, body, rate);
      }
    }
    if (parts[0] === 'search' && parts[1] === 'issues') {
      const q = url.searchParams.get('q') ?? '';
      const login = /author:(\S+)/.exec(q)?.[1]?.toLowerCase() ?? '';
      const prs = accounts.get(login)?.pullRequests ?? [];
      const items: SearchItem[] = prs.map((p, i) => ({
        number: i + 1, title: p.title, state: 'closed', closed_at: p.mergedAt,
        html_url: `https://github.com/${p.repo}/pull/${i + 1}`,
        repository_url: `https://api.github.com/repos/${p.repo}`,
        pull_request: { merged_at: p.mergedAt, html_url: null, url: null, diff_url: null, patch_url: null },
      }));
      return json(200, { total_count: items.length, incomplete_results: false, items }, rate);
    }
    return notFound(rate);
  }

  /** a new window when the old one has ended (only with `windowSeconds`) */
  function rollWindow(): void {
    const length = options.windowSeconds;
    if (length === undefined || clock() < resetAt * 1000) return;
    used.core = 0;
    used.search = 0;
    used.graphql = 0;
    limits.core = options.rateLimitAfterReset ?? limits.core;
    resetAt = Math.floor(clock() / 1000) + Math.max(1, length);
  }

  function handle(request: DoubleRequest): DoubleResponse {
    log.push(request);
    rollWindow();
    const url = new URL(request.url);
    const resource = url.pathname.endsWith('/graphql') ? 'graphql' : url.pathname.includes('/search/') ? 'search' : 'core';
    const rateFor = (spent: number) => ({
      'x-ratelimit-limit': String(limits[resource]),
      'x-ratelimit-remaining': String(Math.max(0, limits[resource] - spent)),
      'x-ratelimit-reset': String(resetAt),
      'x-ratelimit-used': String(spent),
      'x-ratelimit-resource': resource,
    });

    const target = `${request.method} ${url.pathname}${url.search}`;
    const fault = faults.find((f) => f.left > 0 && f.match.test(target));
    if (fault) {
      fault.left -= 1;
      if (fault.network) return { status: 0, headers: {}, body: '', networkError: true };
      const status = fault.status ?? 500;
      return {
        status,
        headers: { 'content-type': 'application/json; charset=utf-8', ...rateFor(used[resource]), ...fault.headers },
        body: fault.body ?? JSON.stringify({ message: status >= 500 ? 'Server Error' : 'Fault', documentation_url: DOCS }),
      };
    }
    if (used[resource] >= limits[resource]) {
      return json(403, { message: `API rate limit exceeded for 127.0.0.1. (But here's the good news: Authenticated requests get a higher rate limit.)`, documentation_url: DOCS }, rateFor(used[resource]));
    }
    // answer first, then decide: an unchanged answer to If-None-Match is a 304 that costs nothing
    const response = route(request, url, rateFor(used[resource] + 1));
    if (response.status === 200 && request.method === 'GET') {
      const etag = etagOf(response.body);
      response.headers.etag = etag;
      if (request.headers['if-none-match'] === etag) {
        notModified += 1;
        return { status: 304, headers: { ...rateFor(used[resource]), etag }, body: '' };
      }
    }
    used[resource] += 1;
    return response;
  }

  const fetchImpl: typeof fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((v, k) => (headers[k] = v));
    const res = handle({ method: init?.method ?? 'GET', url, headers, body: typeof init?.body === 'string' ? init.body : null });
    if (res.networkError) throw new TypeError('fetch failed');
    return new Response(res.status === 304 ? null : res.body, { status: res.status, headers: res.headers });
  };

  return { handle, log, fetch: fetchImpl, notModified: () => notModified, accounts };
}
