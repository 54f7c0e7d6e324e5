import type { LinkedinPageNote, LinkedinProfile } from '../schemas/profile';
import { isLinkedinProfile } from '../page/linkedin-url';
import { readLinkedinPage } from './linkedin';
import { linkedinProfileRoots } from './linkedin-root';
import { isStaleReading, shownPerson, type ShownPerson } from './linkedin-stale';
import { changedWithin, observeSections } from './observe-sections';
import { createReporter } from './report';

/** How long late-loading sections are watched after each navigation. */
export const WATCH_MS = 15_000;
/** How long they are watched again after the recruiter scrolls (LinkedIn renders sections on scroll). */
export const SCROLL_WATCH_MS = 5_000;

export interface LinkedinReading {
  profile: LinkedinProfile | null;
  /** what a page under /in/ that shows no person is (not found, a sign-in wall) */
  note: LinkedinPageNote | null;
}

interface LinkedinPageWatchOptions {
  doc: Document;
  /** The tab's URL now (`location.href` in the content script). */
  currentUrl: () => string;
  /** Reports what the tab shows; called only when that changed. */
  send: (url: string, reading: LinkedinReading | null) => void;
  /** the clock (tests move it) */
  now?: () => number;
}

export interface LinkedinPageWatch {
  /** Reads the page and watches its late sections (on load). */
  start: () => void;
  /** After a history navigation: the person shown so far is the previous one until the page shows someone else. */
  navigated: () => void;
  /** After a scroll: watches again, briefly, once the last watch has ended. */
  scrolled: () => void;
  dispose: () => void;
}

/**
 * Keeps a LinkedIn tab's report in step with what it shows, across LinkedIn's
 * history navigations and the sections it renders late (on load and on
 * scroll).
 *
 * - A reading that still shows the person of the previous URL is not theirs:
 *   nobody is reported until the page shows someone else.
 * - A page under /in/ that shows no person says what it is (a note).
 * - Changes inside the profile (its `<main>`, or the 2026 profile screen, whose
 *   lazily filled wrappers may sit outside any `<main>`) and a new title count;
 *   messaging and notification overlays do not.
 */
export function createLinkedinPageWatch(options: LinkedinPageWatchOptions): LinkedinPageWatch {
  const { doc, currentUrl } = options;
  const now = options.now ?? (() => Date.now());
  const report = createReporter<LinkedinReading>(options.send);
  // The person last reported, and the one shown before a navigation to another slug.
  let shown: ShownPerson | null = null;
  let previous: ShownPerson | null = null;
  let stopWatching: (() => void) | null = null;
  let watchingUntil = 0;
  let lastUrl = currentUrl();

  const read = () => {
    const url = currentUrl();
    const { profile, note } = readLinkedinPage(doc, url);
    if (isStaleReading(previous, profile)) {
      report(url, { profile: null, note: null });
      return;
    }
    const person = shownPerson(profile);
    if (person) {
      previous = null;
      shown = person;
    }
    report(url, { profile, note });
  };

  const watch = (timeoutMs: number) => {
    stopWatching?.();
    stopWatching = null;
    if (!isLinkedinProfile(currentUrl())) return;
    watchingUntil = now() + timeoutMs;
    // The whole document: the title (in <head>) changes when LinkedIn renders the next person.
    stopWatching = observeSections(doc.documentElement, read, { timeoutMs, relevant: (records) => changedWithin(records, linkedinProfileRoots(doc)) });
  };

  return {
    start: () => {
      read();
      watch(WATCH_MS);
    },
    // back and forward fire both popstate and the location change: the second for the same URL is ignored
    navigated: () => {
      if (currentUrl() === lastUrl) return;
      lastUrl = currentUrl();
      if (shown) previous = shown;
      read();
      watch(WATCH_MS);
    },
    scrolled: () => {
      if (now() > watchingUntil) watch(SCROLL_WATCH_MS);
    },
    dispose: () => stopWatching?.(),
  };
}
