import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  ROLE_SUBSCRIPTIONS_ALARM,
  WAKE_EVERY_MINUTES,
  onRoleSubscriptionsAlarm,
  registerRoleSubscriptions,
} from '@/entrypoints/background/role-subscriptions';
import { PRESETS, exportMatrices } from '@/lib/matrix';
import { CHECK_INTERVAL_MS } from '@/lib/matrix/subscriptions';
import { readSubscriptions, subscribe, subscriptionsItem } from '@/lib/matrix/subscriptions-store';

const URL_A = 'https://roles.example.com/team.json';

function grant(origins: string[]) {
  const set = new Set(origins);
  (fakeBrowser.permissions as unknown as Record<string, unknown>).contains = vi.fn(async (p: { origins?: string[] }) =>
    (p.origins ?? []).every((o) => set.has(o)),
  );
}

function stubFetch(body: string) {
  const calls: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      calls.push(url);
      return new Response(body, { status: 200, headers: { etag: '"x"' } });
    }),
  );
  return calls;
}

/** Moves the subscription's last check a day back, as if it were yesterday's. */
async function ageByADay() {
  const stored = await subscriptionsItem.getValue();
  const back = (iso: string | null) => (iso ? new Date(Date.parse(iso) - CHECK_INTERVAL_MS).toISOString() : iso);
  await subscriptionsItem.setValue({ ...stored, subscriptions: stored.subscriptions.map((s) => ({ ...s, checkedAt: back(s.checkedAt) })) });
}

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('shared roles in the background', () => {
  test('registering sets a repeating alarm, once', async () => {
    registerRoleSubscriptions();
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(ROLE_SUBSCRIPTIONS_ALARM)).toBeDefined());
    const alarm = await fakeBrowser.alarms.get(ROLE_SUBSCRIPTIONS_ALARM);
    expect(alarm?.periodInMinutes).toBe(WAKE_EVERY_MINUTES);
  });

  test('the alarm checks a due subscription of a granted origin, and only that alarm does', async () => {
    const calls = stubFetch(exportMatrices([{ ...PRESETS[0]!, id: 'team-role', name: 'Team role' }]));
    grant(['https://roles.example.com/*']);
    expect((await subscribe(URL_A)).ok).toBe(true);
    expect(calls).toHaveLength(1);

    expect(onRoleSubscriptionsAlarm({ name: 'hirelens-bulk' })).toBeNull();
    await onRoleSubscriptionsAlarm({ name: ROLE_SUBSCRIPTIONS_ALARM });
    expect(calls).toHaveLength(1); // checked today already

    await ageByADay();
    await onRoleSubscriptionsAlarm({ name: ROLE_SUBSCRIPTIONS_ALARM });
    expect(calls).toHaveLength(2);
  });

  test('an origin the recruiter revoked is not fetched', async () => {
    const calls = stubFetch(exportMatrices([{ ...PRESETS[0]!, id: 'team-role', name: 'Team role' }]));
    grant([]);
    expect((await subscribe(URL_A)).ok).toBe(true);
    await ageByADay();
    await onRoleSubscriptionsAlarm({ name: ROLE_SUBSCRIPTIONS_ALARM });
    expect(calls).toHaveLength(1);
    expect((await readSubscriptions())[0]!.error).toMatch(/may no longer read roles\.example\.com/);
  });
});
