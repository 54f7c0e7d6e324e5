/** The alarm that wakes a stopped service worker to carry on a bulk run (the one module in lib/evaluation that asks the browser for alarms). */
import { browser } from 'wxt/browser';

export const BULK_ALARM = 'hirelens-bulk';

export async function scheduleAlarm(when: number): Promise<void> {
  try {
    await browser.alarms.create(BULK_ALARM, { when });
  } catch {
    // no alarms API (a test double, an old browser): the panel's resume or the next start carries on
  }
}

export async function clearAlarm(): Promise<void> {
  try {
    await browser.alarms.clear(BULK_ALARM);
  } catch {
    // as above
  }
}
