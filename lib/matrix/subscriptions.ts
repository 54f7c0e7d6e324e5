/**
 * Shared roles: a hiring manager publishes role matrices as a JSON file at an
 * https address (the same file Hirelens exports, `exportMatrices`), and a
 * recruiter subscribes to it by URL. Pure: the fetch is passed in, storage is
 * in subscriptions-store.ts.
 *
 * - The file is read with JSON.parse and validated with the matrix schema and
 *   the import rules (parseMatrixImport): nothing in it is ever run, and its
 *   text reaches the page only through React.
 * - Checks are conditional (If-None-Match / If-Modified-Since with the last
 *   good version's validators) and at most daily per subscription.
 * - A bad update (unreachable, not JSON, not a valid matrix, too large) never
 *   replaces the last good version: the subscription keeps it and says why
 *   the update was refused.
 * - The matrices get ids of their own (`shared-<key>-<id>`), so a shared role
 *   never takes the place of a preset or of the recruiter's own.
 */
import { z } from 'zod';
import { parseMatrixImport } from './import-export';
import { Matrix } from './schema';

export const SUBSCRIPTIONS_VERSION = 1;
/** The least time between two checks of one subscription. */
export const CHECK_INTERVAL_MS = 24 * 3_600_000;
/** A role file larger than this is refused (a matrix is a few kilobytes). */
export const MAX_FILE_BYTES = 1_000_000;
/** How many subscriptions a recruiter may keep, and roles one file may hold. */
export const MAX_SUBSCRIPTIONS = 20;
export const MAX_MATRICES_PER_FILE = 50;

const IsoDate = z.iso.datetime({ offset: true });

export const RoleSubscription = z.object({
  /** `shared-<key>`, the key a hash of the URL */
  id: z.string().regex(/^shared-[a-z0-9]+$/),
  url: z.url({ protocol: /^https$/ }).max(2000),
  addedAt: IsoDate,
  /** the last check, good or bad: the daily limit counts from here */
  checkedAt: IsoDate.nullable(),
  /** when the kept version was last fetched or confirmed unchanged */
  goodAt: IsoDate.nullable(),
  /** the kept version's validators, sent back on the next check */
  etag: z.string().max(500).nullable(),
  lastModified: z.string().max(100).nullable(),
  /** the last good version, ids already namespaced */
  matrices: z.array(Matrix).max(MAX_MATRICES_PER_FILE),
  /** why the latest update was not taken; null when the latest check gave or confirmed a good version */
  error: z.string().max(1000).nullable(),
});
export type RoleSubscription = z.infer<typeof RoleSubscription>;

export const SubscriptionCollection = z.object({
  version: z.literal(SUBSCRIPTIONS_VERSION),
  subscriptions: z.array(z.unknown()).max(MAX_SUBSCRIPTIONS),
});
export type SubscriptionCollection = { version: typeof SUBSCRIPTIONS_VERSION; subscriptions: RoleSubscription[] };

/** A short, stable key for a URL (FNV-1a, base 36). */
export function subscriptionKey(url: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < url.length; i++) {
    h ^= url.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

export type ParsedSubscriptionUrl = { ok: true; url: string; origin: string; originPattern: string } | { ok: false; error: string };

/** The address a recruiter typed: https only, no user name or password in it, without the #fragment. */
export function parseSubscriptionUrl(text: string): ParsedSubscriptionUrl {
  let u: URL;
  try {
    u = new URL(text.trim());
  } catch {
    return { ok: false, error: 'Enter the full address of the role file, starting with https://' };
  }
  if (u.protocol !== 'https:') return { ok: false, error: 'The address must start with https://' };
  if (u.username || u.password) return { ok: false, error: 'The address must not contain a user name or password' };
  if (!u.hostname) return { ok: false, error: 'The address has no host' };
  u.hash = '';
  const url = u.toString();
  if (url.length > 2000) return { ok: false, error: 'The address is too long' };
  return { ok: true, url, origin: u.origin, originPattern: `https://${u.hostname}/*` };
}

/** The host permission pattern for a subscription's URL (that one origin only). */
export function originPatternOf(url: string): string {
  return `https://${new URL(url).hostname}/*`;
}

/** A new subscription, not yet checked. */
export function newSubscription(url: string, now: Date): RoleSubscription {
  return { id: `shared-${subscriptionKey(url)}`, url, addedAt: now.toISOString(), checkedAt: null, goodAt: null, etag: null, lastModified: null, matrices: [], error: null };
}

/** Whether a subscription may be checked now: never checked, or the last check a day or more ago. */
export function isDue(sub: Pick<RoleSubscription, 'checkedAt'>, now: Date): boolean {
  if (!sub.checkedAt) return true;
  return now.getTime() - Date.parse(sub.checkedAt) >= CHECK_INTERVAL_MS;
}

/** The id a shared matrix is stored under. */
export function sharedMatrixId(sub: Pick<RoleSubscription, 'id'>, id: string): string {
  return `${sub.id}-${id}`;
}

/** The minimal response the check needs (the global Response has it). */
export interface FetchedResponse {
  status: number;
  ok: boolean;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}
export type FetchRole = (url: string, init: RequestInit) => Promise<FetchedResponse>;

function refused(sub: RoleSubscription, checkedAt: string, reason: string): RoleSubscription {
  return { ...sub, checkedAt, error: reason };
}

/** The file's text → the matrices it holds under their shared ids, or why it is not a role file. */
export function readRoleFile(sub: Pick<RoleSubscription, 'id'>, text: string): { ok: true; matrices: Matrix[] } | { ok: false; error: string } {
  if (text.length > MAX_FILE_BYTES) return { ok: false, error: `the file is larger than ${MAX_FILE_BYTES / 1_000_000} MB` };
  const parsed = parseMatrixImport(text);
  if (!parsed.ok) return { ok: false, error: `it is not a valid role file (${parsed.error})` };
  if (parsed.matrices.length > MAX_MATRICES_PER_FILE) return { ok: false, error: `it holds more than ${MAX_MATRICES_PER_FILE} roles` };
  const matrices = parsed.matrices.map((m) => Matrix.parse({ ...m, id: sharedMatrixId(sub, m.id) }));
  return { ok: true, matrices };
}

/**
 * One conditional check of a subscription. Resolves to the subscription as it
 * should be stored next: with the new version when the file changed and is
 * valid; unchanged but confirmed on 304; otherwise the last good version kept,
 * with `error` saying why the update was refused. Never rejects.
 */
export async function checkSubscription(sub: RoleSubscription, fetchRole: FetchRole, now: Date): Promise<RoleSubscription> {
  const checkedAt = now.toISOString();
  const headers: Record<string, string> = { Accept: 'application/json' };
  // validators of the kept version only: a bad update never becomes the base of the next check
  if (sub.matrices.length > 0 && sub.etag) headers['If-None-Match'] = sub.etag;
  if (sub.matrices.length > 0 && sub.lastModified) headers['If-Modified-Since'] = sub.lastModified;
  let res: FetchedResponse;
  try {
    res = await fetchRole(sub.url, { method: 'GET', headers, credentials: 'omit', cache: 'no-store', redirect: 'follow' });
  } catch (e) {
    return refused(sub, checkedAt, `the file could not be fetched (${e instanceof Error ? e.message : String(e)})`);
  }
  if (res.status === 304) {
    if (sub.matrices.length === 0) return refused(sub, checkedAt, 'the server answered "not modified" to a first request');
    return { ...sub, checkedAt, goodAt: checkedAt, error: null };
  }
  if (!res.ok) return refused(sub, checkedAt, `the server answered HTTP ${res.status}`);
  const length = Number(res.headers.get('content-length') ?? '0');
  if (length > MAX_FILE_BYTES) return refused(sub, checkedAt, `the file is larger than ${MAX_FILE_BYTES / 1_000_000} MB`);
  let text: string;
  try {
    text = await res.text();
  } catch (e) {
    return refused(sub, checkedAt, `the file could not be read (${e instanceof Error ? e.message : String(e)})`);
  }
  const file = readRoleFile(sub, text);
  if (!file.ok) return refused(sub, checkedAt, file.error);
  return {
    ...sub,
    checkedAt,
    goodAt: checkedAt,
    etag: res.headers.get('etag')?.slice(0, 500) ?? null,
    lastModified: res.headers.get('last-modified')?.slice(0, 100) ?? null,
    matrices: file.matrices,
    error: null,
  };
}

/** A subscription read back from storage, or null when it is damaged. */
export function parseStoredSubscription(raw: unknown): RoleSubscription | null {
  const parsed = RoleSubscription.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
