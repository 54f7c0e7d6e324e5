import type { GithubProfile, PageNote } from '../schemas/profile';
import { readGithubPage } from './github';
import { describeGithubPage } from './github-page-kind';
import { isContributionsPending } from './github-contributions';
import { DEFAULT_OBSERVE_MS, observeUntil, type Dispose } from './observe';
import { observeContributions } from './observe-contributions';
import { createReporter } from './report';

interface GithubPageWatchOptions {
  doc: Document;
  /** The tab's URL now (`location.href` in the content script). */
  currentUrl: () => string;
  /** Reports what the tab shows (with no person, what the page is when it says: a 404); called only when that changed. */
  send: (url: string, profile: GithubProfile | null, note: PageNote | null) => void;
  /** Bound on each wait for something the page renders after itself. */
  timeoutMs?: number;
  /** the GitHub Enterprise host the page is on; absent: github.com */
  host?: string;
}

interface GithubPageWatch {
  /** Reads the page again (on load, on every soft navigation event). */
  check: () => void;
  /** Forgets what was sent, so the next check sends again (a page restored from the back/forward cache). */
  resend: () => void;
  /** Stops every wait in progress. */
  dispose: () => void;
}

/**
 * Keeps a GitHub tab's report in step with what it shows, across soft navigations.
 *
 * - A profile is sent for a URL only when the document shows the person that URL
 *   names; while a soft navigation has changed the URL but the document still
 *   shows the previous person, null is sent (nobody), never the previous person.
 * - It then waits, within the time bound, for the new page to render, and for the
 *   contributions calendar to load, and sends the completed profile.
 * - Each wait runs at most once per rendered page and is stopped when the URL changes.
 */
export function createGithubPageWatch(options: GithubPageWatchOptions): GithubPageWatch {
  const { doc, currentUrl } = options;
  const timeoutMs = options.timeoutMs ?? DEFAULT_OBSERVE_MS;
  const hostOptions = options.host ? { host: options.host } : undefined;
  const reporter = () =>
    createReporter<{ profile: GithubProfile | null; note: PageNote | null }>((url, r) => options.send(url, r?.profile ?? null, r?.note ?? null));
  let report = reporter();
  let visitUrl: string | null = null;
  let visitBody: Element | null = null;
  let waits: Dispose[] = [];
  let waitedForRender = false;
  let waitedForCalendar = false;

  function stopWaits(): void {
    for (const dispose of waits) dispose();
    waits = [];
  }

  /** A new URL or a newly rendered body is a new visit: waits of the old one end. */
  function enterVisit(url: string): void {
    if (url === visitUrl && doc.body === visitBody) return;
    stopWaits();
    visitUrl = url;
    visitBody = doc.body;
    waitedForRender = false;
    waitedForCalendar = false;
  }

  /** Re-reads when a wait ends, unless the tab has moved on to another URL meanwhile. */
  function recheckFor(url: string): () => void {
    return () => {
      if (currentUrl() === url) check();
    };
  }

  function check(): void {
    const url = currentUrl();
    enterVisit(url);
    const reading = readGithubPage(doc, url, hostOptions);
    if (reading.kind === 'stale') {
      report(url, null);
      if (!waitedForRender) {
        waitedForRender = true;
        const rendered = () => (readGithubPage(doc, url, hostOptions).kind === 'stale' ? null : true);
        waits.push(observeUntil(doc, rendered, recheckFor(url), { timeoutMs }));
      }
      return;
    }
    if (reading.kind === 'other') {
      // a 404 under a profile address says so; other pages (an organization, a repository) say nothing
      const note = describeGithubPage(doc, url, hostOptions);
      report(url, note ? { profile: null, note } : null);
      return;
    }
    report(url, { profile: reading.profile, note: null });
    if (reading.profile.contributionsLastYear === null && !waitedForCalendar && isContributionsPending(doc)) {
      waitedForCalendar = true;
      waits.push(observeContributions(doc, recheckFor(url), { timeoutMs }));
    }
  }

  return {
    check,
    resend: () => {
      report = reporter();
      check();
    },
    dispose: () => {
      stopWaits();
    },
  };
}
