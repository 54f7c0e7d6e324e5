// @vitest-environment node
/**
 * How fast the panel appears, in a real Chromium with the built extension,
 * against the floor: the same browser opening an extension page that runs no
 * script. Each figure is the median of several openings, printed as a ratio to
 * the floor's first contentful paint, with the target beside it:
 *
 * - first paint: the panel's first contentful paint (target ≤ 2× the floor);
 * - name shown: the person's name on screen, from the page reading already in
 *   the session, before any GitHub answer (target ≤ 3×);
 * - reopened, full verdict: the panel opened again while the evaluation is
 *   fresh, until the verdict card shows (target ≤ 1.5×).
 *
 * The name and the verdict count from when the recruiter can read them: the
 * first screen the panel's first script paints from the session (before
 * React), or React's view, whichever comes first. React's verdict (where Save
 * and the rows work) is printed beside them as `panel-reopen-interactive`.
 *
 * Needs the build in .output/chrome-mv3 (build.bench.ts makes it first) and a
 * Chromium (as the end-to-end tests find one); without them it says so and
 * prints nothing else. GitHub and its API are the test doubles, as in test/e2e.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { findChromium } from '../e2e/harness';
import { createApiDouble } from '../support/api-double';
import { MONA } from '../support/accounts';
import { report } from './report';

const ROOT = resolve(import.meta.dirname, '../..');
const BUILT = join(ROOT, '.output/chrome-mv3');
const RUNS = 9;

/** A page of the extension that runs no script: the floor every panel opening is measured against. */
const FLOOR_PAGE = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hirelens</title></head><body><p>Hirelens</p></body></html>';

/** Recorded in every page before its own scripts: when the name and the verdict first appear. */
function marks(): void {
  const seen: Record<string, number> = {};
  (globalThis as unknown as { __hirelensMarks: Record<string, number> }).__hirelensMarks = seen;
  const check = () => {
    // what the recruiter sees first: the first screen painted before React, or React's own view
    if (seen.name === undefined && document.querySelector('[data-testid="profile-name"], [data-first-screen="name"]')) seen.name = performance.now();
    if (seen.verdict === undefined && document.querySelector('[data-testid="verdict"], [data-first-screen="verdict"]')) seen.verdict = performance.now();
    // and when React's view, the one that can be clicked, has the verdict
    if (seen.interactive === undefined && document.querySelector('[data-testid="verdict"]')) seen.interactive = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
}

async function firstContentfulPaint(page: Page): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, undefined, { timeout: 10_000 });
  return page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]!.startTime);
}

async function mark(page: Page, name: 'name' | 'verdict' | 'interactive'): Promise<number> {
  await page.waitForFunction((n) => (globalThis as unknown as { __hirelensMarks?: Record<string, number> }).__hirelensMarks?.[n] !== undefined, name, { timeout: 30_000 });
  return page.evaluate((n) => (globalThis as unknown as { __hirelensMarks: Record<string, number> }).__hirelensMarks[n]!, name);
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function launchWith(dir: string, userData: string): Promise<{ context: BrowserContext; id: string }> {
  const context = await chromium.launchPersistentContext(userData, {
    executablePath: findChromium(),
    headless: true,
    viewport: { width: 420, height: 900 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-features=DisableLoadExtensionCommandLineSwitch',
    ],
  });
  const api = createApiDouble({ accounts: [MONA] });
  await context.route('https://github.com/**', (route) =>
    new URL(route.request().url()).pathname === '/mona-dev'
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(join(ROOT, 'test/fixtures/github/profile-current.html'), 'utf8') })
      : route.fulfill({ status: 404, body: '' }),
  );
  await context.route('https://api.github.com/**', (route) => {
    const request = route.request();
    const res = api.handle({ method: request.method(), url: request.url(), headers: request.headers(), body: request.postData() });
    return route.fulfill({ status: res.status, headers: res.headers, body: res.body });
  });
  await context.route(/^https?:\/\/(?!github\.com|api\.github\.com)/, (route) => route.fulfill({ status: 204, body: '' }));
  await context.addInitScript(marks);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  return { context, id: new URL(worker.url()).host };
}

async function tabIdOf(context: BrowserContext, id: string, url: string): Promise<number> {
  const probe = await context.newPage();
  await probe.goto(`chrome-extension://${id}/floor.html`);
  const tabId = await probe.evaluate(async (u) => {
    const ext = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome;
    return (await ext.tabs.query({})).find((t) => t.url === u)?.id ?? null;
  }, url);
  await probe.close();
  if (tabId === null) throw new Error(`no tab for ${url}`);
  return tabId;
}

test('panel opening figures, as ratios to an extension page that runs no script', async () => {
  if (!existsSync(join(BUILT, 'manifest.json'))) {
    process.stdout.write('panel-timing: not built (run the build figures first)\n');
    return;
  }
  try {
    findChromium();
  } catch (error) {
    process.stdout.write(`panel-timing: no Chromium (${error instanceof Error ? error.message : String(error)})\n`);
    return;
  }
  // a copy of the build with the floor page beside the panel, so .output stays as built
  const dir = mkdtempSync(join(tmpdir(), 'hirelens-bench-ext-'));
  const userData = mkdtempSync(join(tmpdir(), 'hirelens-bench-profile-'));
  cpSync(BUILT, dir, { recursive: true });
  writeFileSync(join(dir, 'floor.html'), FLOOR_PAGE);
  const { context, id } = await launchWith(dir, userData);
  try {
    const profile = await context.newPage();
    await profile.goto('https://github.com/mona-dev');
    const tabId = await tabIdOf(context, id, profile.url());
    // the first opening evaluates the person; every later one finds the evaluation fresh in the session
    const first = await context.newPage();
    await first.goto(`chrome-extension://${id}/sidepanel.html?tab=${tabId}`);
    await first.waitForSelector('[data-testid="panel"][data-state="ready"] [data-testid="verdict"]', { timeout: 30_000 });
    // the panel keeps what it showed, for the first script of the next opening to paint
    await first.waitForFunction(
      async (key) => Object.keys(await (globalThis as unknown as { chrome: { storage: { session: { get(k: string): Promise<object> } } } }).chrome.storage.session.get(key)).length > 0,
      `firstScreen:${tabId}`,
      { timeout: 10_000 },
    );
    await first.close();

    // the floor and the panel take turns, so a slow moment of the machine weighs on both alike
    const floor: number[] = [];
    const paint: number[] = [];
    const name: number[] = [];
    const verdict: number[] = [];
    const interactive: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const empty = await context.newPage();
      await empty.goto(`chrome-extension://${id}/floor.html`);
      floor.push(await firstContentfulPaint(empty));
      await empty.close();
      const panel = await context.newPage();
      await panel.goto(`chrome-extension://${id}/sidepanel.html?tab=${tabId}`);
      paint.push(await firstContentfulPaint(panel));
      name.push(await mark(panel, 'name'));
      verdict.push(await mark(panel, 'verdict'));
      interactive.push(await mark(panel, 'interactive'));
      await panel.close();
    }
    const base = Math.max(1, median(floor));
    report('panel-floor-first-paint', median(floor), 'ms');
    report('panel-first-paint', median(paint), 'ms');
    report('panel-first-paint-ratio', median(paint) / base, 'x', '<= 2');
    report('panel-name-shown', median(name), 'ms');
    report('panel-name-shown-ratio', median(name) / base, 'x', '<= 3');
    report('panel-reopen-verdict', median(verdict), 'ms');
    report('panel-reopen-verdict-ratio', median(verdict) / base, 'x', '<= 1.5');
    // React's view, where Save and the rows can be used, follows the painted first screen
    report('panel-reopen-interactive', median(interactive), 'ms');
    report('panel-reopen-interactive-ratio', median(interactive) / base, 'x');
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(userData, { recursive: true, force: true });
  }
});
