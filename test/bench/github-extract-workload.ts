/**
 * The workload of the GitHub extraction figures: a large profile page built
 * from today's fixture, parsed with happy-dom (the DOM the unit tests use, far
 * slower than a browser's), and extractGithubProfile timed on fresh documents.
 * github-extract.bench.ts runs it in fresh processes (fresh-processes.ts);
 * github-extract-process.ts is the entry that prints its result.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractGithubProfile } from '../../lib/extract/github';

export interface ExtractResult {
  pageKb: number;
  /** median time to parse the page, in milliseconds (happy-dom, for scale) */
  parseMs: number;
  /** median time of extractGithubProfile on the page */
  extractMs: number;
  /** median time to see that the page shows someone other than the URL names */
  staleMs: number;
}

const RUNS = 15;

function median(times: number[]): number {
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

/** Median time of `fn` on fresh documents (the DOM caches query results, so a reused document flatters). */
function medianOnFreshDocs(parser: DOMParser, html: string, runs: number, fn: (doc: Document) => unknown): number {
  const docs = Array.from({ length: runs }, () => parser.parseFromString(html, 'text/html'));
  const times = docs.map((doc) => {
    const t0 = performance.now();
    fn(doc);
    return performance.now() - t0;
  });
  return median(times);
}

/**
 * Builds a large profile page from today's fixture: the full-year calendar
 * (53 weeks × 7 days), six pinned cards, a long bio, a long activity feed and a
 * heavy <head>, about the size of a real saved profile page.
 */
function largeProfileHtml(): string {
  const base = readFileSync(resolve(process.cwd(), 'test/fixtures/github/profile-current.html'), 'utf8');
  const days: string[] = [];
  for (let week = 0; week < 53; week++) {
    const cells = Array.from({ length: 7 }, (_, day) =>
      `<td class="ContributionCalendar-day" data-date="2025-01-${String((day % 28) + 1).padStart(2, '0')}" data-level="${(week + day) % 5}" tabindex="-1"><span class="sr-only">${week + day} contributions</span></td>`,
    ).join('');
    days.push(`<tr style="height: 10px">${cells}</tr>`);
  }
  const feed = Array.from({ length: 400 }, (_, i) =>
    `<div class="TimelineItem"><div class="TimelineItem-body"><h4 class="f5 text-normal">Created ${i % 9 + 1} commits in <a href="/mona-dev/repo-${i}">mona-dev/repo-${i}</a></h4><ul class="list-style-none"><li><a class="Link--muted" href="/mona-dev/repo-${i}/commits?author=mona-dev">${i} commits</a></li></ul></div></div>`,
  ).join('\n');
  const scripts = Array.from({ length: 60 }, (_, i) =>
    `<script crossorigin="anonymous" defer="defer" type="application/javascript" src="https://github.githubassets.com/assets/chunk-${i}-${'a'.repeat(20)}.js"></script>`,
  ).join('\n');
  const pinnedStart = base.indexOf('<li class="mb-3 d-flex flex-content-stretch');
  const pinnedEnd = base.indexOf('</ol>', pinnedStart);
  const oneCard = base.slice(pinnedStart, base.indexOf('</li>', pinnedStart) + 5);
  const sixCards = Array.from({ length: 6 }, (_, i) => oneCard.replaceAll('orbit-api', `orbit-api-${i}`)).join('\n');
  return base
    .replace('</head>', `${scripts}\n</head>`)
    .replace('Open to remote roles.', `Open to remote roles. ${'Go, PostgreSQL, Kafka, Kubernetes. '.repeat(150)}`)
    .replace(base.slice(pinnedStart, pinnedEnd), sixCards)
    .replace(/<tbody>[\s\S]*?<\/tbody>/, `<tbody>${days.join('')}</tbody>`)
    .replace('</main>', `<div class="contribution-activity">${feed}</div></main>`);
}

/** Times the extraction with `parser` (a happy-dom window's DOMParser). */
export function runExtractWorkload(parser: DOMParser): ExtractResult {
  const html = largeProfileHtml();
  const url = 'https://github.com/mona-dev';
  const profile = extractGithubProfile(parser.parseFromString(html, 'text/html'), url);
  if (profile?.pinned.length !== 6) throw new Error('the generated page did not read as expected');
  const parses: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    parser.parseFromString(html, 'text/html');
    parses.push(performance.now() - t0);
  }
  return {
    pageKb: Math.round(html.length / 1024),
    parseMs: median(parses),
    extractMs: medianOnFreshDocs(parser, html, RUNS, (fresh) => extractGithubProfile(fresh, url)),
    staleMs: medianOnFreshDocs(parser, html, RUNS, (fresh) => extractGithubProfile(fresh, 'https://github.com/someone-else')),
  };
}
