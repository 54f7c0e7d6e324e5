/**
 * A fetch for octokit that answers from the HTTP cache: fresh entries cost no
 * request, stale ones are revalidated with If-None-Match (a 304 reuses the
 * cached body), and while a rate limit is spent only the cache answers.
 */
import type { HttpCache } from './http-cache';
import { resourceForPath, type RateLimitResource } from './rate-limit-state';

export interface NetworkEvent {
  url: string;
  resource: RateLimitResource;
  status: number;
  headers: Headers;
  notModified: boolean;
  /** the body of a 403 or 429 (the only sign of a secondary limit without retry-after), else '' */
  text: string;
}

export interface CachedFetchOptions {
  fetch: typeof fetch;
  cache: HttpCache | null;
  freshnessMs: number;
  now: () => number;
  /** every request that went to the network, answered */
  onNetwork?: (event: NetworkEvent) => void;
  /** every request answered from the cache without the network */
  onCacheHit?: (url: string, stale: boolean) => void;
  /** epoch ms until which `resource` may not be asked (its limit is spent), or null */
  blockedUntil?: (resource: RateLimitResource) => number | null;
  /** the whole API host is paused (a secondary limit, the circuit breaker): until when and why, or null */
  paused?: () => { until: number; text: string } | null;
  /** a request that never got an answer (the connection failed) */
  onNetworkError?: (url: string, error: unknown) => void;
}

/** The cache key: method, full URL (so API bases stay apart) and, for POST, the body. Never a header. */
export function cacheKey(method: string, url: string, body: string | null): string {
  const u = new URL(url);
  u.searchParams.delete('access_token');
  const m = method.toUpperCase();
  return m === 'GET' ? `GET ${u.href}` : `${m} ${u.href} ${body ?? ''}`;
}

function isCacheable(method: string, pathname: string): boolean {
  return method === 'GET' || (method === 'POST' && pathname.endsWith('/graphql'));
}

function urlOf(input: Parameters<typeof fetch>[0]): string {
  return typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
}

function headersOf(init: RequestInit | undefined): Headers {
  return new Headers(init?.headers);
}

/** A body worth keeping: JSON that parses, and for GraphQL no `errors`. */
function storableBody(text: string, graphql: boolean): boolean {
  try {
    const parsed: unknown = JSON.parse(text);
    if (graphql) return typeof parsed === 'object' && parsed !== null && !('errors' in parsed && Array.isArray(parsed.errors) && parsed.errors.length > 0);
    return true;
  } catch {
    return false;
  }
}

/** The first few thousand characters of an error body, read from a copy (the response stays readable). */
async function bodyText(response: Response): Promise<string> {
  try {
    return (await response.clone().text()).slice(0, 4000);
  } catch {
    return '';
  }
}

function fromCache(body: string, status: number, etag: string | null, source: 'fresh' | 'revalidated' | 'stale'): Response {
  const headers = new Headers({ 'content-type': 'application/json; charset=utf-8', 'x-hirelens-cache': source });
  if (etag) headers.set('etag', etag);
  return new Response(body, { status, headers });
}

function rateLimited(resource: RateLimitResource, until: number): Response {
  const body = JSON.stringify({ message: `API rate limit exceeded (${resource}); Hirelens waits for the reset` });
  return new Response(body, {
    status: 403,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'x-ratelimit-limit': '0',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(Math.ceil(until / 1000)),
      'x-ratelimit-resource': resource,
      'x-hirelens-cache': 'blocked',
    },
  });
}

/** The answer while the host is paused: nothing is sent; the client turns it into a 'paused' error (client.ts). */
function pausedResponse(until: number, text: string): Response {
  return new Response(JSON.stringify({ message: text }), {
    status: 403,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'x-hirelens-paused': String(until),
      'x-hirelens-cache': 'paused',
    },
  });
}

export function createCachedFetch(options: CachedFetchOptions): typeof fetch {
  const { cache } = options;

  async function readCache(key: string) {
    if (!cache) return null;
    try {
      return await cache.get(key);
    } catch {
      return null; // a broken cache costs requests, never the evaluation
    }
  }
  async function writeCache(...args: Parameters<HttpCache['put']>) {
    try {
      await cache?.put(...args);
    } catch {
      // as above
    }
  }

  return async (input, init) => {
    const url = urlOf(input);
    const method = (init?.method ?? 'GET').toUpperCase();
    const pathname = new URL(url).pathname;
    const resource = resourceForPath(pathname);
    const graphql = resource === 'graphql';
    const body = typeof init?.body === 'string' ? init.body : null;
    const cacheable = isCacheable(method, pathname);
    const key = cacheable ? cacheKey(method, url, body) : null;
    const entry = key ? await readCache(key) : null;
    const now = options.now();

    if (entry && now - entry.storedAt < options.freshnessMs) {
      options.onCacheHit?.(url, false);
      return fromCache(entry.body, entry.status, entry.etag, 'fresh');
    }
    const blocked = options.blockedUntil?.(resource) ?? null;
    if (blocked !== null) {
      if (entry) {
        options.onCacheHit?.(url, true);
        return fromCache(entry.body, entry.status, entry.etag, 'stale');
      }
      return rateLimited(resource, blocked);
    }
    const paused = options.paused?.() ?? null;
    if (paused !== null) {
      if (entry) {
        options.onCacheHit?.(url, true);
        return fromCache(entry.body, entry.status, entry.etag, 'stale');
      }
      return pausedResponse(paused.until, paused.text);
    }

    const headers = headersOf(init);
    if (entry?.etag && method === 'GET') headers.set('if-none-match', entry.etag);
    let response: Response;
    try {
      response = await options.fetch(input, { ...init, headers });
    } catch (error) {
      options.onNetworkError?.(url, error);
      if (entry) {
        options.onCacheHit?.(url, true);
        return fromCache(entry.body, entry.status, entry.etag, 'stale');
      }
      throw error;
    }
    const notModified = response.status === 304;
    const errorBody = response.status === 403 || response.status === 429 ? await bodyText(response) : '';
    options.onNetwork?.({ url, resource, status: response.status, headers: response.headers, notModified, text: errorBody });

    if (notModified && entry) {
      await writeCache({ ...entry, storedAt: options.now() });
      return fromCache(entry.body, entry.status, entry.etag, 'revalidated');
    }
    if ((response.status === 403 || response.status === 429) && entry && response.headers.get('x-ratelimit-remaining') === '0') {
      options.onCacheHit?.(url, true);
      return fromCache(entry.body, entry.status, entry.etag, 'stale');
    }
    if (!key || response.status !== 200) return response;

    const text = await response.text();
    if (storableBody(text, graphql)) {
      await writeCache({
        key,
        status: 200,
        body: text,
        etag: response.headers.get('etag'),
        lastModified: response.headers.get('last-modified'),
        contentType: response.headers.get('content-type'),
        storedAt: options.now(),
      });
    }
    return new Response(text, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}
