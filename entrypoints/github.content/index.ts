import { createGithubPageWatch } from '@/lib/extract/github-page-watch';
import { reportSeen } from '@/lib/page-report-client';
import type { GithubProfile, PageNote } from '@/lib/schemas/profile';

/** Events after which GitHub shows another page without a load: Turbo, the older pjax, back/forward. */
const NAVIGATION_EVENTS = ['turbo:load', 'turbo:render', 'pjax:end', 'popstate'] as const;

/**
 * Runs on github.com (from the manifest) and on the recruiter's GitHub Enterprise
 * host (registered at run time by the background once the host is granted). An
 * Enterprise page has github.com's paths and markup and is read with its host.
 */
export default defineContentScript({
  matches: ['https://github.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    const enterpriseHost = location.hostname === 'github.com' ? null : location.host;
    // a refusal or a restarting worker is not retried: the next navigation or the panel's request recovers
    // with no person, a 404 under a profile address says what it is (the note)
    const send = (url: string, profile: GithubProfile | null, note: PageNote | null) => reportSeen({ url, profile, note });
    const watch = createGithubPageWatch({
      doc: document,
      currentUrl: () => location.href,
      send,
      ...(enterpriseHost ? { host: enterpriseHost } : {}),
    });
    watch.check();
    for (const event of NAVIGATION_EVENTS) {
      ctx.addEventListener(window, event as 'popstate', () => watch.check());
    }
    // fired before location.href changes: read on the next task, when it has
    ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(() => watch.check(), 0));
    // Restored from the back/forward cache: the background may have moved on, so report again.
    ctx.addEventListener(window, 'pageshow', (event) => (event.persisted ? watch.resend() : watch.check()));
    ctx.onInvalidated(() => watch.dispose());
  },
});
