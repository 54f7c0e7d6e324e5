import '@/lib/schemas/zod-setup';
import { browser } from 'wxt/browser';
import { createGithubPageWatch } from '@/lib/extract/github-page-watch';
import { asGithubComUrl, fromGithubComUrl } from '@/lib/page/github-url';
import type { GithubProfile } from '@/lib/schemas/profile';

/** Events after which GitHub shows another page without a load: Turbo, the older pjax, back/forward. */
const NAVIGATION_EVENTS = ['turbo:load', 'turbo:render', 'pjax:end', 'popstate'] as const;

/** A link the reader resolved against github.com that in truth points at the Enterprise host. */
function onHost(link: string | null | undefined, host: string): string | null | undefined {
  return link?.startsWith('https://github.com/') ? fromGithubComUrl(link, host) : link;
}

/**
 * Runs on github.com (from the manifest) and on the recruiter's GitHub Enterprise
 * host (registered at run time by the background once the host is granted). An
 * Enterprise page has github.com's paths and markup, so it is read as its
 * github.com twin and reported under its own URL.
 */
export default defineContentScript({
  matches: ['https://github.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    const enterpriseHost = location.hostname === 'github.com' ? null : location.host;
    const send = (url: string, profile: GithubProfile | null) => {
      browser.runtime.sendMessage({ type: 'profile:seen', url, profile }).catch(() => {
        // the worker is restarting; the next navigation or the panel's request recovers
      });
    };
    const watch = createGithubPageWatch({
      doc: document,
      currentUrl: () => (enterpriseHost ? asGithubComUrl(location.href, enterpriseHost) ?? location.href : location.href),
      send: enterpriseHost
        ? (url, profile) =>
            send(fromGithubComUrl(url, enterpriseHost) ?? location.href, profile && { ...profile, avatarUrl: onHost(profile.avatarUrl, enterpriseHost) })
        : send,
    });
    watch.check();
    for (const event of NAVIGATION_EVENTS) {
      ctx.addEventListener(window, event as 'popstate', () => watch.check());
    }
    ctx.addEventListener(window, 'wxt:locationchange', () => watch.check());
    // Restored from the back/forward cache: the background may have moved on, so report again.
    ctx.addEventListener(window, 'pageshow', (event) => (event.persisted ? watch.resend() : watch.check()));
    ctx.onInvalidated(() => watch.dispose());
  },
});
