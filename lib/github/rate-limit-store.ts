/**
 * Rate-limit state in storage.local, per API base, so a restarted service
 * worker still knows the limit is spent and the panel can show it.
 */
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { EMPTY_RATE_LIMIT_STATE, RateLimitState } from './rate-limit-state';
import { exclusive } from '../storage/exclusive';

const StoredRateLimits = z.record(z.string(), RateLimitState);
type StoredRateLimits = z.infer<typeof StoredRateLimits>;

export const rateLimitItem = storage.defineItem<StoredRateLimits>('local:githubRateLimits', {
  fallback: {},
  version: 1,
});

/** Where evaluations read and write the rate-limit state (tests may pass an in-memory one). */
export interface RateLimitStore {
  read(): Promise<RateLimitState>;
  write(state: RateLimitState): Promise<void>;
}

async function readAll(): Promise<StoredRateLimits> {
  const parsed = StoredRateLimits.safeParse(await rateLimitItem.getValue());
  return parsed.success ? parsed.data : {};
}

export async function readRateLimits(apiBase: string): Promise<RateLimitState> {
  return (await readAll())[apiBase] ?? EMPTY_RATE_LIMIT_STATE;
}

/** Under a lock shared by every context: a tab's evaluation and a bulk run never lose each other's update. */
export function writeRateLimits(apiBase: string, state: RateLimitState): Promise<void> {
  return exclusive('githubRateLimits', async () => {
    const all = await readAll();
    const current = all[apiBase];
    // a slower, older answer never overwrites a newer one
    if (current && current.updatedAt > state.updatedAt) return;
    await rateLimitItem.setValue({ ...all, [apiBase]: RateLimitState.parse(state) });
  });
}

export function rateLimitStore(apiBase: string): RateLimitStore {
  return { read: () => readRateLimits(apiBase), write: (s) => writeRateLimits(apiBase, s) };
}

export function watchRateLimits(apiBase: string, onChange: (state: RateLimitState) => void): () => void {
  return rateLimitItem.watch((value) => {
    const parsed = StoredRateLimits.safeParse(value);
    onChange((parsed.success ? parsed.data[apiBase] : undefined) ?? EMPTY_RATE_LIMIT_STATE);
  });
}

/** An in-memory store (tests, bench). */
export function memoryRateLimitStore(initial: RateLimitState = EMPTY_RATE_LIMIT_STATE): RateLimitStore & { current: RateLimitState } {
  const store = {
    current: initial,
    read: async () => store.current,
    write: async (s: RateLimitState) => {
      store.current = s;
    },
  };
  return store;
}
