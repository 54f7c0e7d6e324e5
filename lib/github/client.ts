import { Octokit } from '@octokit/rest';
import { throttling } from '@octokit/plugin-throttling';
import { retry } from '@octokit/plugin-retry';
import { z } from 'zod';
import { ApiRepo, ApiUser } from './api-schemas';
import type { RateLimit } from '../schemas/tab-state';

const HirelensOctokit = Octokit.plugin(throttling, retry);

export const DEFAULT_API_BASE = 'https://api.github.com';

export interface GithubClientOptions {
  baseUrl?: string;
  token?: string | null;
  /** fetch implementation; tests pass the API double here */
  fetch?: typeof fetch;
  /** retries on 5xx and network errors (0 in tests that count requests) */
  retries?: number;
}

/** A rate-limit or other API failure the caller can explain to a recruiter. */
export class GithubApiError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    readonly rateLimit: RateLimit | null,
  ) {
    super(message);
    this.name = 'GithubApiError';
  }
}

export function rateLimitFromHeaders(headers: Record<string, string | number | undefined>): RateLimit | null {
  const limit = Number(headers['x-ratelimit-limit']);
  const remaining = Number(headers['x-ratelimit-remaining']);
  const reset = Number(headers['x-ratelimit-reset']);
  if (!Number.isFinite(limit) || !Number.isFinite(remaining) || !Number.isFinite(reset)) return null;
  return { limit, remaining, resetAt: reset * 1000 };
}

/** The GitHub REST client: octokit with throttling and retry, counting what it sends. */
export class GithubClient {
  readonly octokit: InstanceType<typeof HirelensOctokit>;
  requests = 0;
  rateLimit: RateLimit | null = null;

  constructor(options: GithubClientOptions = {}) {
    const retries = options.retries ?? 2;
    this.octokit = new HirelensOctokit({
      baseUrl: options.baseUrl ?? DEFAULT_API_BASE,
      ...(options.token ? { auth: options.token } : {}),
      userAgent: 'Hirelens',
      request: {
        ...(options.fetch ? { fetch: options.fetch } : {}),
        retries,
      },
      retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451], retries },
      throttle: {
        // An exhausted primary limit is reported to the recruiter, not waited out.
        onRateLimit: () => false,
        // A secondary limit's retry-after is short: honour it once.
        onSecondaryRateLimit: (_retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number) =>
          retryCount < 1,
      },
    });
    this.octokit.hook.after('request', (response) => {
      this.requests += 1;
      this.rateLimit = rateLimitFromHeaders(response.headers) ?? this.rateLimit;
    });
    this.octokit.hook.error('request', (error) => {
      this.requests += 1;
      const response = (error as { response?: { headers: Record<string, string> } }).response;
      if (response) this.rateLimit = rateLimitFromHeaders(response.headers) ?? this.rateLimit;
      throw toApiError(error, this.rateLimit);
    });
  }

  async getUser(login: string): Promise<ApiUser> {
    const res = await this.octokit.rest.users.getByUsername({ username: login });
    return parseOrThrow(ApiUser, res.data, 'user');
  }

  /** Owned repositories, most recently pushed first, 100 a page, up to maxPages pages. */
  async listRepos(login: string, maxPages: number): Promise<ApiRepo[]> {
    const out: ApiRepo[] = [];
    for (let page = 1; page <= maxPages; page++) {
      const res = await this.octokit.rest.repos.listForUser({
        username: login,
        type: 'owner',
        sort: 'pushed',
        direction: 'desc',
        per_page: 100,
        page,
      });
      const items = parseOrThrow(z.array(ApiRepo), res.data, 'repository list');
      out.push(...items);
      if (items.length < 100) break;
    }
    return out;
  }
}

function parseOrThrow<T>(schema: z.ZodType<T>, data: unknown, what: string): T {
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw new GithubApiError(`GitHub sent a ${what} in a shape Hirelens does not understand`, null, null);
  }
  return parsed.data;
}

function toApiError(error: unknown, rateLimit: RateLimit | null): GithubApiError {
  if (error instanceof GithubApiError) return error;
  const status = typeof (error as { status?: unknown }).status === 'number' ? (error as { status: number }).status : null;
  if (status === 404) return new GithubApiError('GitHub has no such user', 404, rateLimit);
  if (status === 451) return new GithubApiError('GitHub withholds this account for legal reasons', 451, rateLimit);
  if ((status === 403 || status === 429) && rateLimit && rateLimit.remaining === 0) {
    return new GithubApiError('GitHub rate limit reached', status, rateLimit);
  }
  if (status === 401) return new GithubApiError('GitHub refused the token (401): check it in the options', 401, rateLimit);
  if (status !== null && status >= 500) return new GithubApiError(`GitHub is failing (HTTP ${status})`, status, rateLimit);
  if (status !== null) return new GithubApiError(`GitHub answered HTTP ${status}`, status, rateLimit);
  return new GithubApiError('GitHub could not be reached (network error)', null, rateLimit);
}
