/**
 * The HTTP cache: every GitHub answer Hirelens received, with its ETag and the
 * time it was stored, in IndexedDB (the service worker keeps nothing in memory).
 *
 * Versions of the database:
 *   1  object store `responses`, keyed by `key`
 *   2  adds the `byStoredAt` index, so old answers can be pruned
 */
import { z } from 'zod';
import { lazyDatabase, requestResult, transactionDone } from '../storage/idb-promise';

export const HTTP_CACHE_DB_NAME = 'hirelens-http-cache';
export const HTTP_CACHE_DB_VERSION = 2;
const STORE = 'responses';
const BY_STORED_AT = 'byStoredAt';

export const CachedResponse = z.object({
  /** method, API base and path (never the token), see cacheKey */
  key: z.string().min(1),
  status: z.number().int(),
  body: z.string(),
  etag: z.string().nullable(),
  lastModified: z.string().nullable().default(null),
  contentType: z.string().nullable().default(null),
  /** epoch ms when GitHub last confirmed this body (200 or 304) */
  storedAt: z.number(),
});
export type CachedResponse = z.infer<typeof CachedResponse>;

export interface HttpCache {
  get(key: string): Promise<CachedResponse | null>;
  put(entry: CachedResponse): Promise<void>;
  /** removes answers stored before `before` (epoch ms); returns how many */
  prune(before: number): Promise<number>;
  /** removes every answer whose key `match`es; returns how many */
  forget(match: (key: string) => boolean): Promise<number>;
  clear(): Promise<void>;
  close(): void;
}

export interface HttpCacheOptions {
  dbName?: string;
  /** defaults to the global indexedDB */
  indexedDB?: IDBFactory;
}

/** Creates or migrates the schema from `oldVersion` to HTTP_CACHE_DB_VERSION; never drops entries. */
function upgrade(db: IDBDatabase, tx: IDBTransaction, oldVersion: number): void {
  if (oldVersion < 1) db.createObjectStore(STORE, { keyPath: 'key' });
  if (oldVersion < 2) tx.objectStore(STORE).createIndex(BY_STORED_AT, 'storedAt');
}

/** An IndexedDB-backed cache; the connection opens on first use. */
export function openHttpCache(options: HttpCacheOptions = {}): HttpCache {
  const database = lazyDatabase({
    name: options.dbName ?? HTTP_CACHE_DB_NAME,
    version: HTTP_CACHE_DB_VERSION,
    upgrade,
    ...(options.indexedDB ? { factory: options.indexedDB } : {}),
    unavailable: () => new Error('IndexedDB is not available'),
  });
  const db = () => database.db();

  return {
    async get(key) {
      const d = await db();
      const raw: unknown = await requestResult(d.transaction(STORE, 'readonly').objectStore(STORE).get(key));
      const parsed = CachedResponse.safeParse(raw);
      return parsed.success ? parsed.data : null;
    },
    async put(entry) {
      const d = await db();
      const tx = d.transaction(STORE, 'readwrite');
      tx.objectStore(STORE).put(CachedResponse.parse(entry));
      await transactionDone(tx);
    },
    async prune(before) {
      const d = await db();
      const tx = d.transaction(STORE, 'readwrite');
      const keys = await requestResult(tx.objectStore(STORE).index(BY_STORED_AT).getAllKeys(IDBKeyRange.upperBound(before, true)));
      for (const key of keys) tx.objectStore(STORE).delete(key);
      await transactionDone(tx);
      return keys.length;
    },
    async forget(match) {
      const d = await db();
      const tx = d.transaction(STORE, 'readwrite');
      const keys = await requestResult(tx.objectStore(STORE).getAllKeys());
      const gone = keys.filter((key) => typeof key === 'string' && match(key));
      for (const key of gone) tx.objectStore(STORE).delete(key);
      await transactionDone(tx);
      return gone.length;
    },
    async clear() {
      const d = await db();
      const tx = d.transaction(STORE, 'readwrite');
      tx.objectStore(STORE).clear();
      await transactionDone(tx);
    },
    close() {
      database.close();
    },
  };
}

let shared: HttpCache | null = null;

/** The cache on this context's global IndexedDB: one connection, shared by every evaluation. */
export function httpCache(): HttpCache {
  shared ??= openHttpCache();
  return shared;
}

/**
 * True when a cache key (cacheKey: method, URL and, for GraphQL, the body) is
 * about `login`: the user and their repository list, their repositories'
 * languages, trees and files, the merged pull request search, and the GraphQL
 * queries that name them. Letter case does not matter; `mona` is not `mona-dev`.
 */
export function cacheKeyConcerns(key: string, login: string): boolean {
  let text = key.toLowerCase();
  try {
    text = decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    // a key that does not decode is matched as it is
  }
  const l = login.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const end = '(?![a-z0-9-])';
  const about = new RegExp(`/users/${l}${end}|/repos/${l}/|author:${l}${end}|user:${l}${end}|"login":\\s*"${l}"`);
  return about.test(text);
}

/** Forgets every cached answer about `login` (one candidate erased); returns how many went. */
export async function forgetCachedAbout(logins: readonly string[], options: HttpCacheOptions = {}): Promise<number> {
  if (logins.length === 0) return 0;
  const cache = options.dbName || options.indexedDB ? openHttpCache(options) : httpCache();
  try {
    return await cache.forget((key) => logins.some((login) => cacheKeyConcerns(key, login)));
  } finally {
    if (cache !== shared) cache.close();
  }
}

/** Erase-all: forgets every cached GitHub answer. */
export async function clearHttpCache(options: HttpCacheOptions = {}): Promise<void> {
  const cache = openHttpCache(options);
  try {
    await cache.clear();
  } finally {
    cache.close();
  }
}
