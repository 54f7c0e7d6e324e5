/**
 * The HTTP cache: every GitHub answer Hirelens received, with its ETag and the
 * time it was stored, in IndexedDB (the service worker keeps nothing in memory).
 *
 * Versions of the database:
 *   1  object store `responses`, keyed by `key`
 *   2  adds the `byStoredAt` index, so old answers can be pruned
 */
import { z } from 'zod';
import { requestResult, transactionDone } from '../storage/idb-promise';

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

function openDb(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name, HTTP_CACHE_DB_VERSION);
    request.onupgradeneeded = (event) => {
      const tx = request.transaction;
      if (tx) upgrade(request.result, tx, event.oldVersion);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
    request.onblocked = () => reject(new Error('IndexedDB upgrade blocked by another connection'));
  });
}

/** An IndexedDB-backed cache; the connection opens on first use. */
export function openHttpCache(options: HttpCacheOptions = {}): HttpCache {
  const name = options.dbName ?? HTTP_CACHE_DB_NAME;
  let dbPromise: Promise<IDBDatabase> | null = null;

  function db(): Promise<IDBDatabase> {
    const factory = options.indexedDB ?? globalThis.indexedDB;
    if (!factory) return Promise.reject(new Error('IndexedDB is not available'));
    dbPromise ??= openDb(factory, name).then((d) => {
      // another context upgrading the schema: let it, reopen next time
      d.onversionchange = () => {
        d.close();
        dbPromise = null;
      };
      return d;
    });
    dbPromise.catch(() => (dbPromise = null));
    return dbPromise;
  }

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
      void dbPromise?.then((d) => d.close()).catch(() => undefined);
      dbPromise = null;
    },
  };
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
