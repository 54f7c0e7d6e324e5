import { browser } from 'wxt/browser';
import { extractLinkedinProfile } from '@/lib/extract/linkedin';
import { isStaleReading, shownPerson, type ShownPerson } from '@/lib/extract/linkedin-stale';
import { observeSections } from '@/lib/extract/observe-sections';
import { isLinkedinProfile } from '@/lib/page/linkedin-url';
import { createReporter } from '@/lib/extract/report';
import type { LinkedinProfile } from '@/lib/schemas/profile';

/** How long late-loading sections are watched after each navigation. */
const WATCH_MS = 15_000;
/** How long they are watched again after the recruiter scrolls (LinkedIn renders sections on scroll). */
const SCROLL_WATCH_MS = 5_000;

/** Changes inside the profile's main column count; messaging and notification overlays do not. */
function insideProfile(records: readonly MutationRecord[]): boolean {
  const main = document.querySelector('main');
  return !main || records.some((r) => main.contains(r.target) || r.target.contains(main));
}

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

    let watchingUntil = 0;
    const watch = (timeoutMs = WATCH_MS) => {
      stopWatching?.();
      stopWatching = null;
      if (!isLinkedinProfile(location.href)) return;
      watchingUntil = Date.now() + timeoutMs;
      stopWatching = observeSections(document.body, read, { timeoutMs, relevant: insideProfile });
    };

    // Back and forward fire both events below: the second for the same URL is ignored, or
    // the person just read would be taken for the previous one.
    let lastUrl = location.href;
    const navigated = () => {
      if (location.href === lastUrl) return;
      lastUrl = location.href;
      if (shown) previous = shown;
      read();
      watch();
    };

    read();
    watch();
    // LinkedIn navigates with history.pushState; WXT turns that into wxt:locationchange, fired
    // before location.href changes, so the reading waits for the next task.
    ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(navigated, 0));
    ctx.addEventListener(window, 'popstate', navigated);
    // A scroll after the watch ended arms it again, briefly: event-driven, never a poll.
    ctx.addEventListener(
      window,
      'scroll',
      () => {
        if (Date.now() > watchingUntil) watch(SCROLL_WATCH_MS);
      },
      { passive: true },
    );
    ctx.onInvalidated(() => stopWatching?.());
  },
});
