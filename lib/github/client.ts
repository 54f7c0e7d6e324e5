import { Octokit } from '@octokit/rest';
import { throttling } from '@octokit/plugin-throttling';
import { retry } from '@octokit/plugin-retry';
import { z } from 'zod';
import { ApiContentFile, ApiLanguages, ApiRepo, ApiSearchIssues, ApiTree, ApiUser } from './api-schemas';
import { createCachedFetch } from './cached-fetch';
import type { HttpCache } from './http-cache';
import type { MergedPullRequest } from './gathered';
import { REPOS_PER_PAGE, mergedPullRequestQuery } from './request-planner';
import {
  EMPTY_RATE_LIMIT_STATE,
  exhaustedUntil,
  rateLimitFromHeaders,
  resourceFromHeaders,
  type RateLimitResource,
  type RateLimitState,
} from './rate-limit-state';
import type { RateLimit } from '../schemas/tab-state';
import { NO_PAUSE, SECONDARY_WORDING, afterOutcome, outcomeOf, pauseText, pausedUntil, type ApiOutcome, type ApiPause } from './api-pause';
import { GITHUB_API_BASE, isApiRequestOf, refusedRequestText, scopeOfApiBase, type ApiScope } from './token-scope';


const HirelensOctokit = Octokit.plugin(throttling, retry);

export const DEFAULT_API_BASE = GITHUB_API_BASE;
const HOUR = 3_600_000;

export interface GithubClientOptions {
  baseUrl?: string;
  token?: string | null;
  /** fetch implementation; tests pass the API double here */
  fetch?: typeof fetch;
  /** retries on 5xx and network errors */
  retries?: number;
  /** the HTTP cache (IndexedDB); null or absent: every call goes to the network */
  cache?: HttpCache | null;
  /** how long a cached answer is reused without asking GitHub; default 24 h */
  freshnessMs?: number;
  now?: () => number;
  /** the rate-limit state as last stored (a restarted worker knows a spent limit) */
  rateLimits?: RateLimitState;
  /** called whenever a response reports a new rate-limit state */
  onRateLimits?: (state: RateLimitState) => void;
  /** milliseconds per second of retry waits; tests shrink it (default 1000) */
  timeScale?: number;
  /** the longest retry-after (seconds) waited out; longer ones end the run as partial (default 20) */
  maxWaitSeconds?: number;
  /** the API host's pause as last stored (api-pause-store.ts): a restarted worker still holds off */
  pause?: ApiPause;
  /** called whenever an attempt changes the host's pause or breaker */
  onPause?: (state: ApiPause) => void;
  /**
   * Asked at the moment each request with a token is made (after the URL is
   * checked against the API base's scope): false sends it without the token.
   * The background checks here that an Enterprise host is still configured
   * and granted. Default: yes.
   */
  mayAuthorize?: (url: string) => boolean | Promise<boolean>;
}

/**
 * `paused`: the host is paused (a secondary limit, the circuit breaker) and
 * nothing was sent; `refused`: the request was not to the GitHub API of this
 * client's base, and nothing (no token) was sent.
 */
export type GithubErrorKind = 'rate-limit' | 'paused' | 'refused' | 'not-found' | 'unavailable-legal' | 'auth' | 'server' | 'network' | 'malformed' | 'other';

/** A rate-limit or other API failure the caller can explain to a recruiter. */
export class GithubApiError extends Error {
  readonly kind: GithubErrorKind;
  /** epoch ms when asking again makes sense (rate limits), or null */
  readonly resumeAt: number | null;

  constructor(
    message: string,
    readonly status: number | null,
    readonly rateLimit: RateLimit | null,
    details: { kind?: GithubErrorKind; resumeAt?: number | null } = {},
  ) {
    super(message);
    this.name = 'GithubApiError';
    this.kind = details.kind ?? 'other';
    this.resumeAt = details.resumeAt ?? null;
  }
}


let clientCounter = 0;

interface GuardOptions {
  scope: ApiScope | null;
  token: string | null;
  fetch: typeof fetch;
  mayAuthorize: (url: string) => boolean | Promise<boolean>;
}

function requestUrl(input: Parameters<typeof fetch>[0]): string {
  return typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
}

/** The answer to a request outside the client's API: nothing is sent; the client turns it into a 'refused' error. */
function refusedResponse(url: string): Response {
  return new Response(JSON.stringify({ message: refusedRequestText(url) }), {
    status: 403,
    headers: { 'content-type': 'application/json; charset=utf-8', 'x-hirelens-refused': '1' },
  });
}

/**
 * The network as the client reaches it: every request is checked against the
 * scope of the API base at the moment it is made; one to any other address is
 * refused without being sent. The token is added here, only to a request of
 * that API and only when `mayAuthorize` agrees; any authorization header
 * octokit or a caller set is dropped first.
 */
function guardedFetch(options: GuardOptions): typeof fetch {
  return async (input, init) => {
    const url = requestUrl(input);
    if (!options.scope || !isApiRequestOf(url, options.scope)) return refusedResponse(url);
    const headers = new Headers(init?.headers);
    headers.delete('authorization');
    if (options.token && (await options.mayAuthorize(url))) headers.set('authorization', `token ${options.token}`);
    return options.fetch(input, { ...init, headers });
  };
}

/** The GitHub client: octokit with throttling and retry over the HTTP cache, counting what reaches the network. */
export class GithubClient {
  readonly octokit: InstanceType<typeof HirelensOctokit>;
  readonly baseUrl: string;
  readonly hasToken: boolean;
  /** requests that reached the network (cache hits excluded, 304s included) */
  requests = 0;
  /** requests by rate-limit resource */
  readonly requestsBy: Record<RateLimitResource, number> = { core: 0, search: 0, graphql: 0 };
  /** answers served from the cache without a request */
  cacheHits = 0;
  /** conditional requests GitHub answered 304 Not Modified */
  notModified = 0;
  rateLimits: RateLimitState;
  /** the host's not-before and breaker, as this client knows them */
  pause: ApiPause;
  /** the API this client may ask (null: the base is no GitHub API, and every request is refused) */
  readonly scope: ApiScope | null;
  private readonly now: () => number;

  constructor(options: GithubClientOptions = {}) {
    const retries = options.retries ?? 2;
    const scale = options.timeScale ?? 1000;
    const maxWait = options.maxWaitSeconds ?? 20;
    this.now = options.now ?? Date.now;
    this.baseUrl = (options.baseUrl ?? DEFAULT_API_BASE).replace(/\/+$/, '');
    this.hasToken = Boolean(options.token);
    this.rateLimits = options.rateLimits ?? EMPTY_RATE_LIMIT_STATE;
    this.pause = options.pause ?? NO_PAUSE;
    this.scope = scopeOfApiBase(this.baseUrl);
    const onRateLimits = options.onRateLimits;
    const record = (outcome: ApiOutcome) => {
      const next = afterOutcome(this.pause, outcome, this.now());
      if (next === this.pause) return;
      this.pause = next;
      options.onPause?.(next);
    };

    const cachedFetch = createCachedFetch({
      fetch: guardedFetch({
        scope: this.scope,
        token: options.token ?? null,
        fetch: options.fetch ?? ((...args) => globalThis.fetch(...args)),
        mayAuthorize: options.mayAuthorize ?? (() => true),
      }),
      cache: options.cache ?? null,
      freshnessMs: options.freshnessMs ?? 24 * HOUR,
      now: this.now,
      blockedUntil: (resource) => exhaustedUntil(this.rateLimits, resource, this.now()),
      paused: () => {
        const now = this.now();
        const until = pausedUntil(this.pause, now);
        return until === null ? null : { until, text: pauseText(this.pause.reason, until, now) };
      },
      onNetworkError: (_url, error) => {
        if (!(error instanceof GithubApiError)) record({ kind: 'failure' });
      },
      onCacheHit: () => {
        this.cacheHits += 1;
      },
      onNetwork: (event) => {
        this.requests += 1;
        this.requestsBy[event.resource] += 1;
        if (event.notModified) this.notModified += 1;
        record(outcomeOf(event.status, event.headers, event.text));
        const rl = rateLimitFromHeaders(event.headers);
        if (rl) {
          const resource = resourceFromHeaders(event.headers, event.resource);
          this.rateLimits = { ...this.rateLimits, [resource]: rl, updatedAt: this.now() };
          onRateLimits?.(this.rateLimits);
        }
      },
    });

    this.octokit = new HirelensOctokit({
      baseUrl: this.baseUrl,
      // no `auth`: the token is added by guardedFetch, only to this base's API, checked per request
      userAgent: 'Hirelens',
      // (retries go in `retry` only: a `request.retries` would make plugin-retry retry 4xx too)
      request: { fetch: cachedFetch },
      retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451], retries, retryAfterBaseValue: scale },
      throttle: {
        id: `hirelens-${++clientCounter}`,
        retryAfterBaseValue: scale,
        // An exhausted primary limit is reported to the recruiter, not waited out.
        onRateLimit: () => false,
        // A secondary limit's retry-after is usually short: honour it once when it is.
        onSecondaryRateLimit: (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number) =>
          retryCount < 1 && retryAfter <= maxWait,
      },
    });
    this.octokit.hook.error('request', (error) => {
      throw toApiError(error, this.rateLimits, this.now(), pausedUntil(this.pause, this.now()));
    });
  }

  /** The core REST limit (what the quick plan spends). */
  get rateLimit(): RateLimit | null {
    return this.rateLimits.core;
  }

  async getUser(login: string): Promise<ApiUser> {
    const res = await this.octokit.rest.users.getByUsername({ username: login });
    return parseOrThrow(ApiUser, res.data, 'user');
  }

  /** One page (100) of owned repositories, most recently pushed first. */
  async listReposPage(login: string, page: number): Promise<ApiRepo[]> {
    const res = await this.octokit.rest.repos.listForUser({
      username: login,
      type: 'owner',
      sort: 'pushed',
      direction: 'desc',
      per_page: REPOS_PER_PAGE,
      page,
    });
    return parseOrThrow(z.array(ApiRepo), res.data, 'repository list');
  }

  async getLanguages(owner: string, repo: string): Promise<ApiLanguages> {
    const res = await this.octokit.rest.repos.listLanguages({ owner, repo });
    return parseOrThrow(ApiLanguages, res.data, 'language list');
  }

  async getTree(owner: string, repo: string, ref: string): Promise<ApiTree> {
    const res = await this.octokit.rest.git.getTree({ owner, repo, tree_sha: ref, recursive: '1' });
    return parseOrThrow(ApiTree, res.data, 'file tree');
  }

  /** A file's text, or null when it is not a file or not text. */
  async getFileText(owner: string, repo: string, path: string, ref: string): Promise<string | null> {
    const res = await this.octokit.rest.repos.getContent({ owner, repo, path, ref });
    const parsed = ApiContentFile.safeParse(res.data);
    if (!parsed.success || parsed.data.encoding !== 'base64' || parsed.data.content === undefined) return null;
    return decodeBase64Utf8(parsed.data.content);
  }

  /** Pull requests the person had merged into repositories they do not own (one search request). */
  async searchMergedPullRequests(login: string): Promise<{ total: number; items: MergedPullRequest[] }> {
    const res = await this.octokit.request('GET /search/issues', {
      q: mergedPullRequestQuery(login),
      sort: 'updated',
      order: 'desc',
      per_page: 50,
    });
    const data = parseOrThrow(ApiSearchIssues, res.data, 'search result');
    return {
      total: data.total_count,
      items: data.items.map((item) => ({
        repo: repoFromApiUrl(item.repository_url),
        title: item.title,
        url: item.html_url,
        mergedAt: item.pull_request?.merged_at ?? item.closed_at ?? null,
      })),
    };
  }

  /** A GraphQL query (POST /graphql), its data checked against `schema`. */
  async graphql<T>(query: string, variables: Record<string, unknown>, schema: z.ZodType<T>, what: string): Promise<T> {
    let data: unknown;
    try {
      data = await this.octokit.graphql(query, variables);
    } catch (error) {
      throw toApiError(error, this.rateLimits, this.now(), pausedUntil(this.pause, this.now()));
    }
    return parseOrThrow(schema, data, what);
  }
}

function repoFromApiUrl(url: string): string {
  const m = /\/repos\/([^/]+\/[^/]+)$/.exec(url);
  return m?.[1] ?? url;
}

function decodeBase64Utf8(b64: string): string | null {
  try {
    const binary = atob(b64.replace(/\s+/g, ''));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  } catch {
    return null;
  }
}

function parseOrThrow<T>(schema: z.ZodType<T>, data: unknown, what: string): T {
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw new GithubApiError(`GitHub sent a ${what} in a shape Hirelens does not understand`, null, null, { kind: 'malformed' });
  }
  return parsed.data;
}

interface ErrorLike {
  status?: unknown;
  message?: unknown;
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
  errors?: unknown;
}

function describeWhen(ms: number, now: number): string {
  const minutes = Math.max(1, Math.ceil((ms - now) / 60_000));
  return minutes < 90 ? `in ${minutes} min` : `at ${new Date(ms).toISOString().slice(11, 16)} UTC`;
}

/** `pausedUntil`: the host's not-before as the client knows it after this answer (a secondary limit without retry-after sets one). */
function toApiError(error: unknown, state: RateLimitState, now: number, pausedUntilAt: number | null = null): GithubApiError {
  if (error instanceof GithubApiError) return error;
  const e = (typeof error === 'object' && error !== null ? error : {}) as ErrorLike;
  const status = typeof e.status === 'number' ? e.status : null;
  const headers = e.response?.headers ?? {};
  const message = typeof e.message === 'string' ? e.message : '';
  const rl = rateLimitFromHeaders(headers) ?? state.core;

  // answered by Hirelens itself: nothing was sent
  const messageOf = () => {
    const data = e.response?.data;
    return data && typeof data === 'object' && 'message' in data && typeof data.message === 'string' ? data.message : message;
  };
  if (headers['x-hirelens-refused'] !== undefined) {
    return new GithubApiError(messageOf(), null, state.core, { kind: 'refused' });
  }
  const pausedAt = Number(headers['x-hirelens-paused']);
  if (headers['x-hirelens-paused'] !== undefined && Number.isFinite(pausedAt)) {
    return new GithubApiError(messageOf(), null, state.core, { kind: 'paused', resumeAt: pausedAt });
  }

  // GraphQL answers 200 with errors
  if (Array.isArray(e.errors)) {
    const types = e.errors.map((x: unknown) => (typeof x === 'object' && x && 'type' in x ? String(x.type) : ''));
    if (types.includes('RATE_LIMITED')) {
      const resumeAt = state.graphql?.resetAt ?? null;
      return new GithubApiError('GitHub GraphQL rate limit reached', status, state.graphql, { kind: 'rate-limit', resumeAt });
    }
    if (types.includes('NOT_FOUND')) return new GithubApiError('GitHub has no such user', 404, rl, { kind: 'not-found' });
    return new GithubApiError(`GitHub refused the query: ${message.slice(0, 200)}`, status, rl, { kind: 'other' });
  }
  if (status === null && /rate limit/i.test(message)) {
    const resumeAt = state.graphql?.resetAt ?? state.core?.resetAt ?? null;
    return new GithubApiError('GitHub rate limit reached', null, state.graphql ?? rl, { kind: 'rate-limit', resumeAt });
  }
  if (!e.response && (status === null || status === 500)) {
    if (status === null && message === '') return new GithubApiError('Unexpected failure while reading GitHub', null, rl);
    return new GithubApiError('GitHub could not be reached (network error)', null, rl, { kind: 'network' });
  }
  if (status === 404) return new GithubApiError('GitHub has no such user or repository (404)', 404, rl, { kind: 'not-found' });
  if (status === 451) return new GithubApiError('GitHub withholds this account for legal reasons (451)', 451, rl, { kind: 'unavailable-legal' });
  if (status === 403 || status === 429) {
    const retryAfter = Number(headers['retry-after']);
    const reset = Number(headers['x-ratelimit-reset']);
    const secondary = SECONDARY_WORDING.test(message) || SECONDARY_WORDING.test(JSON.stringify(e.response?.data ?? ''));
    const retryAt = Number.isFinite(retryAfter) && retryAfter >= 0 && headers['retry-after'] !== undefined ? now + retryAfter * 1000 : null;
    const resetAt = Number.isFinite(reset) && headers['x-ratelimit-reset'] !== undefined ? reset * 1000 : null;
    // a secondary limit without retry-after ends when the host's pause does, not at the primary window's reset
    const resumeAt = retryAt ?? (secondary || status === 429 ? (pausedUntilAt ?? resetAt) : (resetAt ?? pausedUntilAt));
    if (secondary || headers['retry-after'] !== undefined || headers['x-ratelimit-remaining'] === '0' || status === 429) {
      const what = secondary ? 'GitHub secondary rate limit (too many requests at once)' : 'GitHub rate limit reached';
      return new GithubApiError(
        resumeAt ? `${what}; more ${describeWhen(resumeAt, now)}` : what,
        status,
        rl,
        { kind: 'rate-limit', resumeAt },
      );
    }
    return new GithubApiError('GitHub refused access (403)', 403, rl, { kind: 'auth' });
  }
  if (status === 401) return new GithubApiError('GitHub refused the token (401): check it in the options', 401, rl, { kind: 'auth' });
  if (status !== null && status >= 500) return new GithubApiError(`GitHub is failing (HTTP ${status}); try again later`, status, rl, { kind: 'server' });
  if (status !== null) return new GithubApiError(`GitHub answered HTTP ${status}`, status, rl);
  return new GithubApiError('GitHub could not be reached (network error)', null, rl, { kind: 'network' });
}
