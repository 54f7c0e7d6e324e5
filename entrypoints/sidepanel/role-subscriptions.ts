/**
 * The Roles view's shared-role actions: the origin's permission is asked for
 * within the recruiter's click, the file is fetched once and kept only when it
 * is valid; unsubscribing gives the permission back when nothing else uses it.
 */
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { SubscribeOutcome } from '@/components/roles/RoleSubscriptions';
import { enterpriseOriginPattern } from '@/lib/settings/enterprise-host';
import { readSettings } from '@/lib/settings/settings-store';
import { originPatternOf, parseSubscriptionUrl, type RoleSubscription } from '@/lib/matrix/subscriptions';
import { readSubscriptions, subscribe, subscriptionsItem, unsubscribe } from '@/lib/matrix/subscriptions-store';

/** The subscriptions, live across panel windows. */
export function useRoleSubscriptions(): RoleSubscription[] {
  const [list, setList] = useState<RoleSubscription[]>([]);
  useEffect(() => {
    let cancelled = false;
    const load = () => void readSubscriptions().then((l) => !cancelled && setList(l));
    load();
    const unwatch = subscriptionsItem.watch(load);
    return () => {
      cancelled = true;
      unwatch();
    };
  }, []);
  return list;
}

/** Gives back the permission for an origin no subscription and no Enterprise host uses any more. */
async function releaseOrigin(pattern: string): Promise<void> {
  const stillUsed = (await readSubscriptions()).some((s) => originPatternOf(s.url) === pattern);
  const { enterpriseHost } = await readSettings();
  if (stillUsed || (enterpriseHost && enterpriseOriginPattern(enterpriseHost) === pattern)) return;
  try {
    await browser.permissions.remove({ origins: [pattern] });
  } catch {
    // a host the manifest grants anyway (github.com): nothing to give back
  }
}

/**
 * Subscribes to the role file at `text`. Must be called from the click itself:
 * the permission request is made before anything is awaited.
 */
export function subscribeWithPermission(text: string): Promise<SubscribeOutcome> {
  const parsed = parseSubscriptionUrl(text);
  if (!parsed.ok) return Promise.resolve(parsed);
  const host = new URL(parsed.url).hostname;
  let asking: Promise<boolean>;
  try {
    asking = browser.permissions.request({ origins: [parsed.originPattern] });
  } catch (error) {
    asking = Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  return asking.then(
    async (granted): Promise<SubscribeOutcome> => {
      if (!granted) return { ok: false, error: `Permission to read ${host} was not granted, so nothing was subscribed. Subscribe again and choose Allow.` };
      const result = await subscribe(parsed.url);
      if (!result.ok) {
        await releaseOrigin(parsed.originPattern);
        return result;
      }
      return { ok: true, count: result.subscription.matrices.length };
    },
    (): SubscribeOutcome => ({ ok: false, error: `The browser did not ask for permission to read ${host}; nothing was subscribed.` }),
  );
}

/** Unsubscribes; resolves to the ids of the roles that went with it. */
export async function unsubscribeAndRelease(id: string): Promise<string[]> {
  const gone = await unsubscribe(id);
  if (!gone) return [];
  await releaseOrigin(originPatternOf(gone.url));
  return gone.matrices.map((m) => m.id);
}
