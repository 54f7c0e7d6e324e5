/**
 * One evaluation of a GitHub login: plan and gather (lib/github, through the
 * HTTP cache), then build evidence from what was gathered (lib/evidence). Idempotent: a rerun after an interruption re-uses every
 * answer already cached and only asks for the rest.
 */
import { GithubClient } from '../github/client';
import { asApiError, gatherDeepRest, gatherQuick, partialFrom, type GatherOutcome, type PartialNotice } from '../github/gather-rest';
import { gatherGraphql } from '../github/gather-graphql';
import type { HttpCache } from '../github/http-cache';
import { displayedRateLimit, type RateLimitState } from '../github/rate-limit-state';
import type { RateLimitStore } from '../github/rate-limit-store';
import { DEFAULT_DEEP_REPOS, DEFAULT_MAX_REPOS, type PlanKind, type Transport } from '../github/request-planner';
import { githubActivity } from '../evidence/activity';
import { buildSkillEvidence } from '../evidence/build-evidence';
import { languageShares } from '../evidence/repo-languages';
import type { GithubEvidence, RateLimit } from '../schemas/tab-state';
import { apiPauseStore, type ApiPauseStore } from '../github/api-pause-store';
import { GITHUB_API_BASE, apiHostOf, scopeOfApiBase } from '../github/token-scope';
import type { ApiPause } from '../github/api-pause';
import { isGrantedEnterpriseHost } from '../settings/grant-store';

export type GithubEvaluation =
  | { ok: true; evidence: GithubEvidence; rateLimit: RateLimit | null; partial: PartialNotice | null }
  | { ok: false; error: string; status: number | null; rateLimit: RateLimit | null; partial: PartialNotice | null };

export interface EvaluateGithubOptions {
  login: string;
  /** epoch ms, for recency */
  now: number;
  token?: string | null;
  /** 'auto' (default): deep with a token, quick without */
  plan?: PlanKind | 'auto';
  /** 'auto' (default): GraphQL with a token, REST without */
  transport?: Transport | 'auto';
  /**
   * `apiBase`: https://api.github.com (the default) or an Enterprise host's
   * https://<host>/api/v3; any other base is refused (no request, no token).
   */
  settings?: { apiBase?: string; freshnessHours?: number; deepRepoCount?: number };
  /** fetch for the client (tests: the API double) */
  fetch?: typeof fetch;
  /** the IndexedDB HTTP cache (openHttpCache()); null: no cache */
  cache?: HttpCache | null;
  /** rate-limit state in storage (rateLimitStore(apiBase)) */
  rateLimitStore?: RateLimitStore;
  /**
   * The API host's durable not-before and circuit breaker; default: the one
   * in storage for the base's host (api-pause-store.ts), so every caller holds
   * off after a secondary limit or repeated failures.
   */
  pauseStore?: ApiPauseStore | null;
  /**
   * Asked at the moment each request with the token is made; default: always
   * for github.com, and for an Enterprise base only while its host is still
   * configured and granted (lib/settings/grant-store.ts).
   */
  mayAuthorize?: (url: string) => boolean | Promise<boolean>;
  /** repositories listed at most (default 300) */
  maxRepos?: number;
  retries?: number;
  /** ms per second of waits (tests shrink it) */
  timeScale?: number;
  /** clock for cache freshness (defaults to Date.now) */
  clock?: () => number;
}

export function resolvePlan(options: Pick<EvaluateGithubOptions, 'plan' | 'transport' | 'token'>): { plan: PlanKind; transport: Transport } {
  const hasToken = Boolean(options.token);
  const plan = options.plan && options.plan !== 'auto' ? options.plan : hasToken ? 'deep' : 'quick';
  const wanted = options.transport && options.transport !== 'auto' ? options.transport : hasToken ? 'graphql' : 'rest';
  // GitHub's GraphQL API always needs a token
  return { plan, transport: hasToken ? wanted : 'rest' };
}

/** The evaluation the background runs for a tab. Never rejects. */
export async function evaluateGithub(options: EvaluateGithubOptions): Promise<GithubEvaluation> {
  const { plan, transport } = resolvePlan(options);
  const store = options.rateLimitStore;
  let stored: RateLimitState | undefined;
  try {
    stored = await store?.read();
  } catch {
    stored = undefined;
  }
  const apiBase = options.settings?.apiBase ?? GITHUB_API_BASE;
  const scope = scopeOfApiBase(apiBase);
  const pauseStore = options.pauseStore === undefined ? (scope ? apiPauseStore(apiHostOf(scope)) : null) : options.pauseStore;
  let pause: ApiPause | undefined;
  try {
    pause = await pauseStore?.read();
  } catch {
    pause = undefined;
  }
  const mayAuthorize = options.mayAuthorize ?? (scope?.kind === 'enterprise' ? () => isGrantedEnterpriseHost(scope.host) : () => true);
  let writes: Promise<void> = Promise.resolve();
  const client = new GithubClient({
    baseUrl: apiBase,
    token: options.token ?? null,
    fetch: options.fetch,
    cache: options.cache ?? null,
    freshnessMs: (options.settings?.freshnessHours ?? 24) * 3_600_000,
    now: options.clock,
    rateLimits: stored,
    retries: options.retries,
    timeScale: options.timeScale,
    onRateLimits: (state) => {
      if (store) writes = writes.then(() => store.write(state)).catch(() => undefined);
    },
    ...(pause ? { pause } : {}),
    onPause: (state) => {
      if (pauseStore) writes = writes.then(() => pauseStore.write(state)).catch(() => undefined);
    },
    mayAuthorize,
  });
  const result = await runPlan(client, options.login, options.now, plan, transport, options.settings?.deepRepoCount ?? DEFAULT_DEEP_REPOS, options.maxRepos ?? DEFAULT_MAX_REPOS);
  await writes;
  return result;
}

/** The plans on a given client (its cache and limits already set). */
async function runPlan(client: GithubClient, login: string, now: number, plan: PlanKind, transport: Transport, k: number, maxRepos: number): Promise<GithubEvaluation> {
  const rateLimit = () => displayedRateLimit(client.rateLimits, transport === 'graphql' && plan === 'deep');
  try {
    let outcome: GatherOutcome;
    if (plan === 'deep' && transport === 'graphql') {
      outcome = await gatherGraphql(client, login, k, maxRepos, now);
    } else {
      outcome = await gatherQuick(client, login, maxRepos);
      if (plan === 'deep' && outcome.data && !outcome.partial) {
        const deep = await gatherDeepRest(client, outcome.data, k, now, outcome.listingPages);
        outcome = { data: deep.data, partial: deep.partial, error: null };
      }
    }
    if (!outcome.data) {
      const e = asApiError(outcome.error);
      // a spent limit or a paused host: a labelled result that resumes on its own, not a failure
      const partial = e.kind === 'rate-limit' || e.kind === 'paused' ? partialFrom(e) : null;
      return { ok: false, error: e.message, status: e.status, rateLimit: e.rateLimit ?? rateLimit(), partial };
    }
    const data = outcome.data;
    const evidence: GithubEvidence = {
      account: {
        login: data.user.login,
        createdAt: data.user.created_at ?? null,
        publicRepos: data.user.public_repos,
        followers: data.user.followers,
        htmlUrl: data.user.html_url,
        profile: {
          name: data.user.name ?? null,
          bio: data.user.bio ?? null,
          company: data.user.company ?? null,
          location: data.user.location ?? null,
          blog: data.user.blog ?? null,
          following: data.user.following ?? null,
          avatarUrl: data.user.avatar_url ?? null,
        },
      },
      reposConsidered: data.repos.length,
      languages: languageShares(data.repos, now, Object.fromEntries(Object.entries(data.details).map(([k2, d]) => [k2, d.languages]))),
      skills: buildSkillEvidence(data, now),
      requests: client.requests,
      fetchedAt: new Date(now).toISOString(),
      plan,
      transport,
      activity: githubActivity(data.user, data.repos),
      cacheHits: client.cacheHits,
      deepRepos: plan === 'deep' ? Object.values(data.details).filter((d) => d.files !== null).length : 0,
      mergedPullRequests: data.pullRequests?.total ?? null,
      partial: outcome.partial,
    };
    return { ok: true, evidence, rateLimit: rateLimit(), partial: outcome.partial };
  } catch (error) {
    const e = asApiError(error);
    return { ok: false, error: e.message, status: e.status, rateLimit: rateLimit(), partial: null };
  }
}

