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

/** Erase-all: forgets every cached GitHub answer. */
export async function clearHttpCache(options: HttpCacheOptions = {}): Promise<void> {
  const cache = openHttpCache(options);
  try {
    await cache.clear();
  } finally {
    cache.close();
  }
}
