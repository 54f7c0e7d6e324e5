/**
 * How a content script reports what its tab shows: one message, fire and
 * forget. It carries no schema library (the content scripts' size budgets are
 * 10 and 20 KB gzipped): the background parses every request against
 * lib/messages.ts, and nothing here reads the reply. A refusal or a restarting
 * worker is not retried; the next navigation or the panel's request recovers.
 */
import { browser } from 'wxt/browser';
import type { RequestOf } from './messages';

export function reportSeen(request: RequestOf<'profile:seen'>): void {
  void browser.runtime.sendMessage({ ...request, type: 'profile:seen' }).catch(() => {});
}
