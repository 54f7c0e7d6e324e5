/**
 * browser storage for shared-role subscriptions (the module in lib/matrix that
 * stores them). Each subscription keeps the last good version of its file;
 * the matrices in it are listed with the others by matrix-store's
 * listMatrices, read-only. Checks run through `checkSubscription` with the
 * fetch passed in (the global fetch by default).
 */
import { storage } from 'wxt/utils/storage';
import { exclusive } from '../storage/exclusive';
import { clearFirstScreens } from '../storage/first-screen-store';
import type { Matrix } from './schema';
import {
  MAX_SUBSCRIPTIONS,
  SUBSCRIPTIONS_VERSION,
  checkSubscription,
  isDue,
  newSubscription,
  parseStoredSubscription,
  parseSubscriptionUrl,
  type FetchRole,
  type RoleSubscription,
  type SubscriptionCollection,
} from './subscriptions';

const EMPTY: SubscriptionCollection = { version: SUBSCRIPTIONS_VERSION, subscriptions: [] };

export const subscriptionsItem = storage.defineItem<SubscriptionCollection>('local:roleSubscriptions', {
  fallback: EMPTY,
  version: SUBSCRIPTIONS_VERSION,
});

const LOCK = 'roleSubscriptions';

function storedList(raw: unknown): unknown[] {
  const list = raw && typeof raw === 'object' ? (raw as { subscriptions?: unknown }).subscriptions : undefined;
  return Array.isArray(list) ? (list as unknown[]) : [];
}

/** The subscriptions read back through the schema; a damaged entry is left out of the list. */
export async function readSubscriptions(): Promise<RoleSubscription[]> {
  return storedList(await subscriptionsItem.getValue())
    .map(parseStoredSubscription)
    .filter((s): s is RoleSubscription => s !== null);
}

/** Writes the list; `rolesChanged`: a shared role was added, removed or changed, so no painted first screen says what the panel would now. */
async function write(list: RoleSubscription[], rolesChanged: boolean): Promise<void> {
  await subscriptionsItem.setValue({ version: SUBSCRIPTIONS_VERSION, subscriptions: list });
  if (rolesChanged) await clearFirstScreens();
}

/** Every shared matrix (the last good version of each subscription), in subscription order. */
export async function readSubscribedMatrices(): Promise<Matrix[]> {
  return (await readSubscriptions()).flatMap((s) => s.matrices);
}

function defaultFetch(): FetchRole {
  return (url, init) => fetch(url, init);
}

export interface CheckOptions {
  fetch?: FetchRole;
  now?: () => Date;
}

export type SubscribeResult = { ok: true; subscription: RoleSubscription } | { ok: false; error: string };

/**
 * Subscribes to the role file at `text` (an https URL). The file is fetched
 * once now; it is kept only when it is a valid role file, so a typo or a bad
 * file leaves nothing behind. The caller asks for the origin's permission
 * first (it needs the recruiter's click).
 */
export async function subscribe(text: string, options: CheckOptions = {}): Promise<SubscribeResult> {
  const parsed = parseSubscriptionUrl(text);
  if (!parsed.ok) return parsed;
  const now = options.now ?? (() => new Date());
  const existing = await readSubscriptions();
  if (existing.some((s) => s.url === parsed.url)) return { ok: false, error: 'You already subscribe to this address' };
  if (existing.length >= MAX_SUBSCRIPTIONS) return { ok: false, error: `At most ${MAX_SUBSCRIPTIONS} shared role files can be followed` };
  const checked = await checkSubscription(newSubscription(parsed.url, now()), options.fetch ?? defaultFetch(), now());
  if (checked.error || checked.matrices.length === 0) return { ok: false, error: `Not subscribed: ${checked.error ?? 'the file holds no roles'}` };
  return exclusive(LOCK, async (): Promise<SubscribeResult> => {
    const list = await readSubscriptions();
    if (list.some((s) => s.url === checked.url)) return { ok: false, error: 'You already subscribe to this address' };
    await write([...list, checked], true);
    return { ok: true, subscription: checked };
  });
}

/** Stops following a subscription; resolves to the one removed (its URL tells the caller which permission may go), or null. */
export function unsubscribe(id: string): Promise<RoleSubscription | null> {
  return exclusive(LOCK, async () => {
    const list = await readSubscriptions();
    const gone = list.find((s) => s.id === id) ?? null;
    if (gone) await write(list.filter((s) => s.id !== id), true);
    return gone;
  });
}

export interface RefreshOptions extends CheckOptions {
  /** whether Hirelens may read the subscription's origin; a subscription it may not read is not fetched */
  canRead?: (sub: RoleSubscription) => Promise<boolean>;
}

/**
 * Checks every subscription that is due (none checked in the last day). Each
 * due one is claimed first, its check time written under the lock, so two
 * triggers at once (a start and an alarm) never check one file twice in a
 * day. Resolves to the subscriptions as stored afterwards.
 */
export async function refreshDueSubscriptions(options: RefreshOptions = {}): Promise<RoleSubscription[]> {
  const now = options.now ?? (() => new Date());
  const fetchRole = options.fetch ?? defaultFetch();
  const claimed = await exclusive(LOCK, async () => {
    const list = await readSubscriptions();
    const at = now();
    const due = list.filter((s) => isDue(s, at));
    if (due.length === 0) return [];
    const stamp = at.toISOString();
    await write(
      list.map((s) => (due.includes(s) ? { ...s, checkedAt: stamp } : s)),
      false,
    );
    return due;
  });
  for (const sub of claimed) {
    const readable = options.canRead ? await options.canRead(sub).catch(() => false) : true;
    const next = readable
      ? await checkSubscription(sub, fetchRole, now())
      : { ...sub, checkedAt: now().toISOString(), error: `Hirelens may no longer read ${new URL(sub.url).hostname}; unsubscribe and subscribe again to allow it` };
    await exclusive(LOCK, async () => {
      const list = await readSubscriptions();
      // an unsubscribe while the file was being fetched wins
      if (list.some((s) => s.id === sub.id)) await write(list.map((s) => (s.id === sub.id ? next : s)), next.matrices !== sub.matrices);
    });
  }
  return readSubscriptions();
}
