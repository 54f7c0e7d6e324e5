/**
 * Shared roles in the background: an alarm wakes the worker every few hours
 * and on every start the subscriptions that are due (none checked in the last
 * day) are checked with a conditional request. Only an origin the recruiter
 * granted is fetched; the file is validated, never run (lib/matrix/subscriptions.ts).
 */
import { browser, type Browser } from 'wxt/browser';
import { originPatternOf, type RoleSubscription } from '@/lib/matrix/subscriptions';
import { refreshDueSubscriptions } from '@/lib/matrix/subscriptions-store';

export const ROLE_SUBSCRIPTIONS_ALARM = 'hirelens-role-subscriptions';
/** How often the worker wakes to look; each subscription is still checked at most once a day. */
export const WAKE_EVERY_MINUTES = 180;

async function canRead(sub: RoleSubscription): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [originPatternOf(sub.url)] });
  } catch {
    return false;
  }
}

/** Checks the due subscriptions; never rejects (a failed check is recorded on the subscription). */
export async function refreshRoleSubscriptions(): Promise<void> {
  try {
    await refreshDueSubscriptions({ canRead });
  } catch {
    // storage unavailable: the next wake tries again
  }
}

async function ensureAlarm(): Promise<void> {
  try {
    const existing = await browser.alarms.get(ROLE_SUBSCRIPTIONS_ALARM);
    if (!existing) await browser.alarms.create(ROLE_SUBSCRIPTIONS_ALARM, { delayInMinutes: 1, periodInMinutes: WAKE_EVERY_MINUTES });
  } catch {
    // no alarms API (a test double): the next start checks instead
  }
}

export function onRoleSubscriptionsAlarm(alarm: Pick<Browser.alarms.Alarm, 'name'>): Promise<void> | null {
  return alarm.name === ROLE_SUBSCRIPTIONS_ALARM ? refreshRoleSubscriptions() : null;
}

/** Registered synchronously by the background's entry, so a restarted worker receives the alarm that woke it. */
export function registerRoleSubscriptions(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    void onRoleSubscriptionsAlarm(alarm);
  });
  browser.runtime.onStartup.addListener(() => {
    void refreshRoleSubscriptions();
  });
  void ensureAlarm();
}
