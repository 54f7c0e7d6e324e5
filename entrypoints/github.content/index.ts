import { browser } from 'wxt/browser';
import { extractGithubProfile } from '@/lib/extract/github';
import { createReporter } from '@/lib/extract/report';
import type { GithubProfile } from '@/lib/schemas/profile';

export default defineContentScript({
  matches: ['https://github.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    const report = createReporter<GithubProfile>((url, profile) => {
      browser.runtime.sendMessage({ type: 'profile:seen', url, profile }).catch(() => {
        // the worker is restarting; the next navigation or the panel's request recovers
      });
    });
    const read = () => report(location.href, extractGithubProfile(document, location.href));
    read();
    // GitHub navigates with Turbo without a page load; back and forward too.
    for (const event of ['turbo:load', 'turbo:render', 'pjax:end', 'popstate', 'pageshow']) {
      ctx.addEventListener(window, event as 'popstate', () => read());
    }
    ctx.addEventListener(window, 'wxt:locationchange', () => read());
  },
});
