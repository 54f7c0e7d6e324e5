/** Wires the bulk runner (lib/evaluation/bulk-runner.ts) to the browser's events. */
import { browser } from 'wxt/browser';
import { onBulkAlarm, runBulk } from '@/lib/evaluation/bulk-runner';

/**
 * Registered synchronously by the background's entry, so a restarted worker
 * receives the event that woke it: the browser starting, the extension
 * installed or updated (an unpacked extension is reinstalled at every launch),
 * the alarm. A worker that starts for any other reason carries on too; the
 * lease makes the extra tries free.
 */
export function registerBulkLifecycle(): void {
  browser.runtime.onStartup.addListener(() => {
    void runBulk();
  });
  browser.runtime.onInstalled.addListener(() => {
    void runBulk();
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    void onBulkAlarm(alarm);
  });
  void runBulk();
}
