/**
 * The GitHub API double shared by unit and end-to-end tests. It answers the
 * routes Hirelens asks with responses in GitHub's real shapes, typed with
 * @octokit/openapi-types so the compiler checks them.
 */
import type { components } from '@octokit/openapi-types';

export type ApiUserFixture = components['schemas']['public-user'];
export type ApiRepoFixture = components['schemas']['minimal-repository'];

export interface DoubleRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
}

export interface DoubleResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface ApiAccount {
  user: ApiUserFixture;
  repos: ApiRepoFixture[];
}

export interface ApiDoubleOptions {
  accounts: ApiAccount[];
  /** requests allowed in the window before 403s; default 60 */
  rateLimit?: number;
  /** epoch seconds of the window's reset */
  resetAt?: number;
}

export interface ApiDouble {
  handle(request: DoubleRequest): DoubleResponse;
  /** every request answered, in order */
  readonly log: DoubleRequest[];
  /** a fetch implementation for octokit in unit tests */
  fetch: typeof fetch;
}

function json(status: number, body: unknown, headers: Record<string, string>): DoubleResponse {
  return { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers }, body: JSON.stringify(body) };
}

export function createApiDouble(options: ApiDoubleOptions): ApiDouble {
  const limit = options.rateLimit ?? 60;
  const resetAt = options.resetAt ?? Math.floor(Date.now() / 1000) + 3600;
  let used = 0;
  const log: DoubleRequest[] = [];
  const byLogin = new Map(options.accounts.map((a) => [a.user.login.toLowerCase(), a]));

  function handle(request: DoubleRequest): DoubleResponse {
    log.push(request);
    const url = new URL(request.url);
    const remaining = Math.max(0, limit - used - 1);
    const rate = {
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(remaining),
      'x-ratelimit-reset': String(resetAt),
      'x-ratelimit-used': String(used + 1),
    };
    if (used >= limit) {
      return json(403, { message: 'API rate limit exceeded', documentation_url: 'https://docs.github.com/rest' }, { ...rate, 'x-ratelimit-remaining': '0' });
    }
    used += 1;
    const parts = url.pathname.split('/').filter(Boolean);
    if (parts[0] === 'users' && parts[1]) {
      const account = byLogin.get(parts[1].toLowerCase());
      if (!account) return json(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }, rate);
      if (parts.length === 2) return json(200, account.user, rate);
      if (parts.length === 3 && parts[2] === 'repos') {
        const perPage = Number(url.searchParams.get('per_page') ?? 30);
        const page = Number(url.searchParams.get('page') ?? 1);
        const sorted = [...account.repos].sort((a, b) => (b.pushed_at ?? '').localeCompare(a.pushed_at ?? ''));
        return json(200, sorted.slice((page - 1) * perPage, page * perPage), rate);
      }
    }
    return json(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }, rate);
  }

  const fetchImpl: typeof fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((v, k) => (headers[k] = v));
    const res = handle({ method: init?.method ?? 'GET', url, headers });
    return new Response(res.status === 304 ? null : res.body, { status: res.status, headers: res.headers });
  };

  return { handle, log, fetch: fetchImpl };
}
