/**
 * The profiles read in this browser session, by person, in storage.session, so
 * that a GitHub profile and the LinkedIn profile it links to (or the other way
 * round) can be scored as one person once both have been read.
 *
 * Each value under `session:seen:<gh:login | li:slug>` is dated:
 *   (bare)  the profile itself, as stored before readings were dated; read as seen at 0
 *   v1      `{ v: 1, at, profile }`
 * The session area holds at most 10 MB, so the readings are pruned after every
 * write: the most recent MAX_SEEN_ENTRIES are kept, and of those only as many
 * as fit in MAX_SEEN_CHARS (older ones go first).
 */
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { GithubProfile, LinkedinProfile } from '../schemas/profile';
import { githubKey, linkedinKey } from '../candidates/identity';
import { exclusive } from '../storage/exclusive';

type SeenKey = `session:seen:${string}`;

/** The most profiles kept from this session. */
export const MAX_SEEN_ENTRIES = 200;
/** Their total size at most (characters of JSON, about bytes), well inside the session area's 10 MB. */
export const MAX_SEEN_CHARS = 3_000_000;

const SEEN_PREFIX = 'seen:';

function githubSeenKey(login: string): SeenKey {
  return `session:seen:${githubKey(login)}`;
}
function linkedinSeenKey(slug: string): SeenKey {
  return `session:seen:${linkedinKey(slug)}`;
}

const Dated = z.object({ v: z.literal(1), at: z.number(), profile: z.unknown() });

/** The profile in a stored value (dated or bare), through `schema`; null when it is neither. */
function profileIn<T>(raw: unknown, schema: z.ZodType<T>): T | null {
  const dated = Dated.safeParse(raw);
  const parsed = schema.safeParse(dated.success ? dated.data.profile : raw);
  return parsed.success ? parsed.data : null;
}

function seenAt(raw: unknown): number {
  const dated = Dated.safeParse(raw);
  return dated.success ? dated.data.at : 0;
}

function approximateSize(value: unknown): number {
  try {
    return JSON.stringify(value)?.length ?? 0;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/**
 * Drops the oldest readings beyond MAX_SEEN_ENTRIES or MAX_SEEN_CHARS;
 * resolves to how many went. Tab states are not touched (tab-state-store.ts).
 */
export function pruneSeen(limits: { entries?: number; chars?: number } = {}): Promise<number> {
  const maxEntries = limits.entries ?? MAX_SEEN_ENTRIES;
  const maxChars = limits.chars ?? MAX_SEEN_CHARS;
  return exclusive('seen', async () => {
    const all = await storage.snapshot('session');
    const seen = Object.entries(all)
      .filter(([key]) => key.startsWith(SEEN_PREFIX))
      .map(([key, value]) => ({ key, at: seenAt(value), size: approximateSize(value) }))
      .sort((a, b) => b.at - a.at);
    let total = 0;
    const gone: SeenKey[] = [];
    seen.forEach((entry, i) => {
      total += entry.size;
      if (i >= maxEntries || total > maxChars) gone.push(`session:${entry.key}` as SeenKey);
    });
    if (gone.length > 0) await storage.removeItems(gone);
    return gone.length;
  });
}

async function remember(key: SeenKey, profile: GithubProfile | LinkedinProfile): Promise<void> {
  const before: unknown = await storage.getItem(key);
  const value = { v: 1, at: Date.now(), profile };
  await storage.setItem(key, value);
  // the same person reported again (LinkedIn does on every scroll) adds no entry: the area is pruned
  // only when an entry was added or grew, not by reading the whole session area on every report
  if (before === null || approximateSize(value) > approximateSize(before)) await pruneSeen();
}

export async function rememberGithub(profile: GithubProfile): Promise<void> {
  await remember(githubSeenKey(profile.login), profile);
}

export async function rememberLinkedin(profile: LinkedinProfile): Promise<void> {
  await remember(linkedinSeenKey(profile.slug), profile);
}

export async function recallGithub(login: string): Promise<GithubProfile | null> {
  return profileIn(await storage.getItem(githubSeenKey(login)), GithubProfile);
}

export async function recallLinkedin(slug: string): Promise<LinkedinProfile | null> {
  return profileIn(await storage.getItem(linkedinSeenKey(slug)), LinkedinProfile);
}

export function watchLinkedin(slug: string, onChange: (p: LinkedinProfile | null) => void): () => void {
  return storage.watch(linkedinSeenKey(slug), (v) => onChange(profileIn(v, LinkedinProfile)));
}

export function watchGithub(login: string, onChange: (p: GithubProfile | null) => void): () => void {
  return storage.watch(githubSeenKey(login), (v) => onChange(profileIn(v, GithubProfile)));
}

/** Forgets what this session read of these people (`gh:<login>`, `li:<slug>` keys, any case). */
export async function forgetSeen(keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  await storage.removeItems(keys.map((k): SeenKey => `session:seen:${k.toLowerCase()}`));
}
