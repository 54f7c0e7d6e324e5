import { browser } from 'wxt/browser';
import { httpCache } from '@/lib/github/http-cache';

/** Cached GitHub answers older than this are dropped: past the freshness window they cost a request anyway. */
export const CACHE_MAX_AGE_MS = 30 * 24 * 3_600_000;

/** Drops old cached API answers about people; returns how many went. */
export async function pruneHttpCache(now: number = Date.now()): Promise<number> {
  try {
    return await httpCache().prune(now - CACHE_MAX_AGE_MS);
  } catch {
    return 0; // an unavailable cache is not worth failing the worker's start for
  }
}

export function registerCacheUpkeep(): void {
  browser.runtime.onStartup.addListener(() => void pruneHttpCache());
  browser.runtime.onInstalled.addListener(() => void pruneHttpCache());
}
