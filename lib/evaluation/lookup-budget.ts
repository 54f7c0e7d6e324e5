/**
 * The GitHub budget in people, not requests: how many profiles the requests
 * left this hour still pay for, and what *Dig deeper* costs. The per-profile
 * counts come from the request plans (lib/github/request-planner.ts), so the
 * panel never repeats them; it imports this module, never lib/github.
 */
import { DEFAULT_DEEP_REPOS, REPOS_PER_PAGE, plannedRequests } from '../github/request-planner';
import type { RateLimit } from '../schemas/tab-state';

/** A typical person: at most one page of repositories (100), the most a single listing page holds. */
export const TYPICAL_PUBLIC_REPOS = REPOS_PER_PAGE;

/** The merged pull requests search of the deep REST plan, counted on GitHub's separate search limit. */
const SEARCH_REQUESTS = 1;

/** What an evaluation runs: the quick plan by REST without a token, the deep plan by GraphQL with one. */
export type ProfileKind = 'quick' | 'deep';

export function profileKindFor(hasToken: boolean): ProfileKind {
  return hasToken ? 'deep' : 'quick';
}

/** Requests one new person costs on the limit the panel shows, for the plan that runs. */
export function requestsPerProfile(kind: ProfileKind, publicRepos = TYPICAL_PUBLIC_REPOS): number {
  return kind === 'deep' ? plannedRequests('deep', 'graphql', publicRepos) : plannedRequests('quick', 'rest', publicRepos);
}

/** Requests left now: the whole limit again once the window has reset. */
export function remainingAt(rateLimit: RateLimit, now: number): number {
  return rateLimit.resetAt <= now ? rateLimit.limit : rateLimit.remaining;
}

export interface Budget {
  kind: ProfileKind;
  /** requests left now */
  remaining: number;
  /** people those requests pay for, about */
  profiles: number;
  /** a quarter of the limit or less is left */
  low: boolean;
  /** epoch ms when the window resets; null when it already has */
  resetAt: number | null;
}

/** The budget in people: about how many more profiles of `kind` this hour's requests pay for. */
export function budgetOf(rateLimit: RateLimit, kind: ProfileKind, now: number): Budget {
  const remaining = remainingAt(rateLimit, now);
  return {
    kind,
    remaining,
    profiles: Math.floor(remaining / requestsPerProfile(kind)),
    low: remaining * 4 <= rateLimit.limit,
    resetAt: rateLimit.resetAt > now ? rateLimit.resetAt : null,
  };
}

export interface DigDeeperCost {
  /** repositories whose files are read, at most */
  repos: number;
  /** requests it costs on the limit the panel shows, about */
  requests: number;
  /** requests left now, or null when no limit is known yet */
  remaining: number | null;
  /** the requests left cannot pay for it */
  unaffordable: boolean;
}

/**
 * What reading a quickly-read person in depth costs. Without a token the
 * deep REST plan runs after the quick one, whose user and listing answers are
 * cached, so it pays for each repository's languages, file tree and one
 * manifest (the search goes on its own limit). With a token GraphQL asks
 * again from the start: one query per 100 repositories and one for the files.
 */
export function digDeeperCost(input: {
  publicRepos: number;
  hasToken: boolean;
  rateLimit: RateLimit | null;
  now: number;
  deepRepos?: number;
}): DigDeeperCost {
  const k = input.deepRepos ?? DEFAULT_DEEP_REPOS;
  const repos = Math.min(k, input.publicRepos);
  const requests = input.hasToken
    ? plannedRequests('deep', 'graphql', input.publicRepos, k)
    : plannedRequests('deep', 'rest', input.publicRepos, k) - plannedRequests('quick', 'rest', input.publicRepos) - SEARCH_REQUESTS;
  const remaining = input.rateLimit ? remainingAt(input.rateLimit, input.now) : null;
  return { repos, requests, remaining, unaffordable: remaining !== null && remaining < requests };
}
