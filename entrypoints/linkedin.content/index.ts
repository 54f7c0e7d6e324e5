import { describeLinkedinPage, extractLinkedinProfile } from '@/lib/extract/linkedin';
import { linkedinProfileRoots } from '@/lib/extract/linkedin-root';
import { isStaleReading, shownPerson, type ShownPerson } from '@/lib/extract/linkedin-stale';
import { changedWithin, observeSections } from '@/lib/extract/observe-sections';
import { isLinkedinProfile } from '@/lib/page/linkedin-url';
import { createReporter } from '@/lib/extract/report';
import type { LinkedinPageNote, LinkedinProfile } from '@/lib/schemas/profile';
import { reportSeen } from '@/lib/page-report-client';

/** How long late-loading sections are watched after each navigation. */
const WATCH_MS = 15_000;
/** How long they are watched again after the recruiter scrolls (LinkedIn renders sections on scroll). */
const SCROLL_WATCH_MS = 5_000;

/**
 * Changes inside the profile count (its `<main>`, or the 2026 profile screen, whose lazily
 * filled wrappers may sit outside any `<main>`), and so does a new page title; messaging
 * and notification overlays do not.
 */
function insideProfile(records: readonly MutationRecord[]): boolean {
  return changedWithin(records, linkedinProfileRoots(document));
}

export default defineContentScript({
  // www and the country hosts logged-out visitors are sent to (se.linkedin.com); other pages are left at once
  matches: ['https://www.linkedin.com/*', 'https://*.linkedin.com/in/*'],
  runAt: 'document_idle',
  main(ctx) {
    const report = createReporter<{ profile: LinkedinProfile | null; note: LinkedinPageNote | null }>((url, reading) => {
      reportSeen({ url, profile: reading?.profile ?? null, note: reading?.note ?? null });
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
        report(url, { profile: null, note: null });
        return;
      }
      const person = shownPerson(profile);
      if (person) {
        previous = null;
        shown = person;
      }
      // a page under /in/ that shows no person (not found, a sign-in wall) says what it is
      report(url, { profile, note: profile ? null : describeLinkedinPage(document, url) });
    };

    let watchingUntil = 0;
    const watch = (timeoutMs = WATCH_MS) => {
      stopWatching?.();
      stopWatching = null;
      if (!isLinkedinProfile(location.href)) return;
      watchingUntil = Date.now() + timeoutMs;
      // The whole document: the title (in <head>) changes when LinkedIn renders the next person.
      stopWatching = observeSections(document.documentElement, read, { timeoutMs, relevant: insideProfile });
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
    // A scroll after the watch ended arms it again, briefly: event-driven, never a poll. LinkedIn
    // renders the 2026 layout's Experience, Education and Skills as they scroll into view; captured,
    // so a scrolling inner container counts as well as the window.
    ctx.addEventListener(
      window,
      'scroll',
      () => {
        if (Date.now() > watchingUntil) watch(SCROLL_WATCH_MS);
      },
      { passive: true, capture: true },
    );
    ctx.onInvalidated(() => stopWatching?.());
  },
});
