import '@/lib/schemas/zod-setup';
import { browser } from 'wxt/browser';
import { createGithubPageWatch } from '@/lib/extract/github-page-watch';

/** Events after which GitHub shows another page without a load: Turbo, the older pjax, back/forward. */
const NAVIGATION_EVENTS = ['turbo:load', 'turbo:render', 'pjax:end', 'popstate'] as const;

export default defineContentScript({
  matches: ['https://github.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    const watch = createGithubPageWatch({
      doc: document,
      currentUrl: () => location.href,
      send: (url, profile) => {
        browser.runtime.sendMessage({ type: 'profile:seen', url, profile }).catch(() => {
          // the worker is restarting; the next navigation or the panel's request recovers
        });
      },
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
