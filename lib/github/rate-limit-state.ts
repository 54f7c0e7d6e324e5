/** GitHub's rate limits, one per resource (core REST, search, GraphQL), as last reported by its headers. */
import { z } from 'zod';
import { RateLimit } from '../schemas/tab-state';

export const RateLimitResource = z.enum(['core', 'search', 'graphql']);
export type RateLimitResource = z.infer<typeof RateLimitResource>;

export const RateLimitState = z.object({
  core: RateLimit.nullable().default(null),
  search: RateLimit.nullable().default(null),
  graphql: RateLimit.nullable().default(null),
  /** epoch ms of the last update */
  updatedAt: z.number().default(0),
});
export type RateLimitState = z.infer<typeof RateLimitState>;

export const EMPTY_RATE_LIMIT_STATE: RateLimitState = RateLimitState.parse({});

/** Which limit a request spends, from its URL path. */
export function resourceForPath(pathname: string): RateLimitResource {
  if (pathname.endsWith('/graphql')) return 'graphql';
  if (pathname.includes('/search/')) return 'search';
  return 'core';
}

type HeaderBag = Headers | Record<string, string | number | undefined>;

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const v = headers[name];
  return v === undefined ? undefined : String(v);
}

export function rateLimitFromHeaders(headers: HeaderBag): RateLimit | null {
  const limit = Number(header(headers, 'x-ratelimit-limit'));
  const remaining = Number(header(headers, 'x-ratelimit-remaining'));
  const reset = Number(header(headers, 'x-ratelimit-reset'));
  if (![limit, remaining, reset].every((n) => Number.isFinite(n) && n >= 0)) return null;
  if (header(headers, 'x-ratelimit-limit') === undefined) return null;
  return { limit: Math.floor(limit), remaining: Math.floor(remaining), resetAt: Math.floor(reset) * 1000 };
}

/** The resource GitHub says a response counted against (falls back to the path's). */
export function resourceFromHeaders(headers: HeaderBag, fallback: RateLimitResource): RateLimitResource {
  const parsed = RateLimitResource.safeParse(header(headers, 'x-ratelimit-resource'));
  return parsed.success ? parsed.data : fallback;
}

/** The time until which `resource` is exhausted, or null when requests may go out. */
export function exhaustedUntil(state: RateLimitState, resource: RateLimitResource, now: number): number | null {
  const rl = state[resource];
  if (!rl || rl.remaining > 0 || rl.resetAt <= now) return null;
  return rl.resetAt;
}

/** The limit the panel shows: GraphQL's when the deep plan runs on it, else core's. */
export function displayedRateLimit(state: RateLimitState, preferGraphql: boolean): RateLimit | null {
  return (preferGraphql ? state.graphql ?? state.core : state.core ?? state.graphql) ?? null;
}
