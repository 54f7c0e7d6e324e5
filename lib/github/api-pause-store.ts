/**
 * The durable not-before and circuit breaker of each API host
 * (lib/github/api-pause.ts) in storage.local, so a restarted service worker,
 * a panel that opens, the bulk alarm and the token check all hold off alike.
 *
 * Versions of `local:githubApiPause`:
 *   1  a record of API host (`api.github.com`, or an Enterprise host) → ApiPause
 */
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { ApiPause, NO_PAUSE, mergePause } from './api-pause';
import { exclusive } from '../storage/exclusive';

export const API_PAUSE_VERSION = 1;

const StoredPauses = z.record(z.string(), z.unknown());
type StoredPauses = z.infer<typeof StoredPauses>;

export const apiPauseItem = storage.defineItem<StoredPauses>('local:githubApiPause', {
  fallback: {},
  version: API_PAUSE_VERSION,
});

/** Where evaluations read and write a host's pause (tests may pass an in-memory one). */
export interface ApiPauseStore {
  read(): Promise<ApiPause>;
  /** merged with what is stored: a pause is never shortened */
  write(state: ApiPause): Promise<void>;
}

async function readAll(): Promise<StoredPauses> {
  const parsed = StoredPauses.safeParse(await apiPauseItem.getValue());
  return parsed.success ? parsed.data : {};
}

function pauseOf(raw: unknown): ApiPause {
  const parsed = ApiPause.safeParse(raw);
  return parsed.success ? parsed.data : NO_PAUSE;
}

export async function readApiPause(host: string): Promise<ApiPause> {
  return pauseOf((await readAll())[host.toLowerCase()]);
}

/** Under a lock shared by every context: a tab's evaluation and a bulk run never lose each other's pause. */
export function writeApiPause(host: string, state: ApiPause): Promise<void> {
  const key = host.toLowerCase();
  return exclusive('githubApiPause', async () => {
    const all = await readAll();
    const next = mergePause(pauseOf(all[key]), ApiPause.parse(state));
    await apiPauseItem.setValue({ ...all, [key]: next });
  });
}

export function apiPauseStore(host: string): ApiPauseStore {
  return { read: () => readApiPause(host), write: (s) => writeApiPause(host, s) };
}

/** Calls `onChange` with the host's state on every change; returns the unwatch function. */
export function watchApiPause(host: string, onChange: (state: ApiPause) => void): () => void {
  const key = host.toLowerCase();
  return apiPauseItem.watch((value) => {
    const parsed = StoredPauses.safeParse(value);
    onChange(pauseOf(parsed.success ? parsed.data[key] : undefined));
  });
}

