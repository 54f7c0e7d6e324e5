import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { CACHE_MAX_AGE_MS, pruneHttpCache } from '@/entrypoints/background/cache-upkeep';
import { openHttpCache } from '@/lib/github/http-cache';

describe('the HTTP cache upkeep on browser start', () => {
  test('drops answers older than the maximum age and keeps recent ones', async () => {
    const now = Date.parse('2026-11-27T12:00:00Z');
    const cache = openHttpCache();
    await cache.clear();
    const entry = (key: string, storedAt: number) => ({ key, status: 200, body: '{}', etag: null, lastModified: null, contentType: null, storedAt });
    await cache.put(entry('old', now - CACHE_MAX_AGE_MS - 1000));
    await cache.put(entry('recent', now - 3_600_000));
    expect(await pruneHttpCache(now)).toBe(1);
    expect(await cache.get('old')).toBeNull();
    expect(await cache.get('recent')).not.toBeNull();
  });
});
