import { createLinkedinPageWatch } from '@/lib/extract/linkedin-page-watch';
import { reportSeen } from '@/lib/page-report-client';

export default defineContentScript({
  // www and the country hosts logged-out visitors are sent to (se.linkedin.com); other pages are left at once
  matches: ['https://www.linkedin.com/*', 'https://*.linkedin.com/in/*'],
  runAt: 'document_idle',
  main(ctx) {
    const watch = createLinkedinPageWatch({
      doc: document,
      currentUrl: () => location.href,
      send: (url, reading) => reportSeen({ url, profile: reading?.profile ?? null, note: reading?.note ?? null }),
    });
    watch.start();
    // LinkedIn navigates with history.pushState; WXT turns that into wxt:locationchange, fired
    // before location.href changes, so the reading waits for the next task.
    ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(() => watch.navigated(), 0));
    ctx.addEventListener(window, 'popstate', () => watch.navigated());
    // A scroll after the watch ended arms it again, briefly: event-driven, never a poll. LinkedIn
    // renders the 2026 layout's Experience, Education and Skills as they scroll into view; captured,
    // so a scrolling inner container counts as well as the window.
    ctx.addEventListener(window, 'scroll', () => watch.scrolled(), { passive: true, capture: true });
    ctx.onInvalidated(() => watch.dispose());
  },
});
