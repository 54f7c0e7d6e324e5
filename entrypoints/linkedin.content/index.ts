import { browser } from 'wxt/browser';
import { extractLinkedinProfile } from '@/lib/extract/linkedin';
import { isStaleReading, shownPerson, type ShownPerson } from '@/lib/extract/linkedin-stale';
import { observeSections } from '@/lib/extract/observe-sections';
import { createReporter } from '@/lib/extract/report';
import type { LinkedinProfile } from '@/lib/schemas/profile';

/** How long late-loading sections are watched after each navigation. */
const WATCH_MS = 15_000;

export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    const report = createReporter<LinkedinProfile>((url, profile) => {
      browser.runtime.sendMessage({ type: 'profile:seen', url, profile }).catch(() => {
        // the worker is restarting; the next navigation or the panel's request recovers
      });
    });

    // The person last reported, and the one shown before a navigation to another slug:
    // until the page shows someone else, readings that still show that one are stale.
    let shown: ShownPerson | null = null;
    let previous: ShownPerson | null = null;
    let stopWatching: (() => void) | null = null;

    const read = () => {
      const url = location.href;
      const profile = extractLinkedinProfile(document, url);
      if (isStaleReading(previous, profile)) {
        // The DOM still shows the previous person: nothing is read yet for this URL.
        report(url, null);
        return;
      }
      const person = shownPerson(profile);
      if (person) {
        previous = null;
        shown = person;
      }
      report(url, profile);
    };

    const watch = () => {
      stopWatching?.();
      stopWatching = observeSections(document.body, read, { timeoutMs: WATCH_MS });
    };

    const navigated = () => {
      if (shown) previous = shown;
      read();
      watch();
    };

    read();
    watch();
    // LinkedIn navigates with history.pushState; WXT turns that into wxt:locationchange.
    ctx.addEventListener(window, 'wxt:locationchange', navigated);
    ctx.addEventListener(window, 'popstate', navigated);
    ctx.onInvalidated(() => stopWatching?.());
  },
});
