import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { HTTP_CACHE_DB_VERSION, clearHttpCache, openHttpCache } from '@/lib/github/http-cache';
import { cacheKey } from '@/lib/github/cached-fetch';

function openV1(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, 1);
    req.onupgradeneeded = () => req.result.createObjectStore('responses', { keyPath: 'key' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

describe('HTTP cache', () => {
  test('a version 1 database is migrated with its entries kept, and can then be pruned', async () => {
    const v1 = await openV1('migrate-me');
    await new Promise<void>((resolve) => {
      const tx = v1.transaction('responses', 'readwrite');
      tx.objectStore('responses').put({ key: 'GET https://api.github.com/users/old', status: 200, body: '{"login":"old"}', etag: 'W/"1"', storedAt: 1000 });
      tx.objectStore('responses').put({ key: 'GET https://api.github.com/users/new', status: 200, body: '{"login":"new"}', etag: null, storedAt: 5000 });
      tx.oncomplete = () => resolve();
    });
    v1.close();
    const cache = openHttpCache({ dbName: 'migrate-me' });
    expect((await cache.get('GET https://api.github.com/users/old'))?.body).toBe('{"login":"old"}');
    expect(await cache.prune(2000)).toBe(1);
    expect(await cache.get('GET https://api.github.com/users/old')).toBeNull();
    expect(await cache.get('GET https://api.github.com/users/new')).not.toBeNull();
    cache.close();
    expect(HTTP_CACHE_DB_VERSION).toBe(2);
  });
  test('a damaged entry reads as a miss, not an error', async () => {
    const cache = openHttpCache({ dbName: 'damaged' });
    await cache.put({ key: 'k', status: 200, body: '{}', etag: null, lastModified: null, contentType: null, storedAt: 1 });
    const db = await new Promise<IDBDatabase>((resolve) => {
      const r = indexedDB.open('damaged');
      r.onsuccess = () => resolve(r.result);
    });
    await new Promise<void>((resolve) => {
      const tx = db.transaction('responses', 'readwrite');
      tx.objectStore('responses').put({ key: 'k', body: 42 });
      tx.oncomplete = () => resolve();
    });
    db.close();
    expect(await cache.get('k')).toBeNull();
    cache.close();
  });
  test('erase-all forgets every answer', async () => {
    const cache = openHttpCache();
    await cache.put({ key: 'k', status: 200, body: '{}', etag: null, lastModified: null, contentType: null, storedAt: 1 });
    cache.close();
    await clearHttpCache();
    const again = openHttpCache();
    expect(await again.get('k')).toBeNull();
    again.close();
  });
  test('keys keep API bases apart and never carry a token', () => {
    expect(cacheKey('GET', 'https://api.github.com/users/a', null)).not.toBe(cacheKey('GET', 'https://ghe.example.com/api/v3/users/a', null));
    expect(cacheKey('GET', 'https://api.github.com/users/a?access_token=secret', null)).not.toContain('secret');
    expect(cacheKey('POST', 'https://api.github.com/graphql', '{"q":1}')).not.toBe(cacheKey('POST', 'https://api.github.com/graphql', '{"q":2}'));
  });
});
