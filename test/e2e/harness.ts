/**
 * Launches Debian's Chromium (or $CHROMIUM_PATH) with the built extension and
 * routes github.com, www.linkedin.com and api.github.com to fixtures, so the
 * real content scripts, service worker and panel run together offline.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Route } from 'playwright-core';
import type { ApiDouble } from '../support/api-double';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const FIXTURES = join(ROOT, 'test/fixtures');

/** $CHROMIUM_PATH, else a chromium on the PATH, else Playwright's own; otherwise a clear failure. */
export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist`);
  }
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of ['chromium', 'chromium-browser']) {
      const candidate = join(dir, name);
      if (dir && existsSync(candidate)) return candidate;
    }
  }
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own installed
  }
  throw new Error(
    'No Chromium found for the end-to-end tests. Install Debian\'s build with ' +
      '`apt-get update && apt-get install -y chromium`, or set CHROMIUM_PATH to a Chromium binary.',
  );
}

export interface SitePages {
  /** path + search of a github.com URL → fixture file (relative to test/fixtures) */
  github?: Record<string, string>;
  /** path of a www.linkedin.com URL → fixture file */
  linkedin?: Record<string, string>;
}

export interface Session {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  close(options?: { keepProfile?: boolean }): Promise<void>;
  /**
   * Serves another host (a GitHub Enterprise Server, say) from fixtures:
   * `pages` maps path + search (or path) to a fixture file; with `api`, the
   * host's `/api/v3/**` (and `/api/graphql`) answer from that double as if
   * asked at api.github.com.
   */
  routeHost(host: string, pages: Record<string, string>, api?: ApiDouble): Promise<void>;
}

/** An Enterprise host's API path as api.github.com would have it: `/api/v3/x` → `/x`, `/api/graphql` → `/graphql`. */
function githubComApiUrl(url: URL): string | null {
  const path = url.pathname.startsWith('/api/v3/') ? url.pathname.slice('/api/v3'.length) : url.pathname === '/api/graphql' ? '/graphql' : null;
  return path === null ? null : `https://api.github.com${path}${url.search}`;
}

async function routeHostOn(context: BrowserContext, host: string, pages: Record<string, string>, api?: ApiDouble): Promise<void> {
  await context.route(`https://${host}/**`, (route) => {
    const request = route.request();
    const u = new URL(request.url());
    const apiUrl = api ? githubComApiUrl(u) : null;
    if (api && apiUrl) {
      const res = api.handle({ method: request.method(), url: apiUrl, headers: request.headers(), body: request.postData() });
      if (res.networkError) return route.abort('internetdisconnected');
      return route.fulfill({ status: res.status, headers: res.headers, body: res.body });
    }
    return html(route, pages[u.pathname + u.search] ?? pages[u.pathname]);
  });
}

function html(route: Route, file: string | undefined): Promise<void> {
  if (!file) return route.fulfill({ status: 404, contentType: 'text/html', body: '<!doctype html><title>Not Found</title><h1>Not Found</h1>' });
  return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(join(FIXTURES, file), 'utf8') });
}

export async function launch(pages: SitePages, api: ApiDouble, userDataDir?: string): Promise<Session> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error('The extension is not built: run `npm run build` first (npm run test:e2e does).');
  }
  const dir = userDataDir ?? mkdtempSync(join(tmpdir(), 'hirelens-e2e-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: findChromium(),
    headless: true,
    viewport: { width: 420, height: 900 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-features=DisableLoadExtensionCommandLineSwitch',
    ],
  });
  await context.route('https://github.com/**', (route) => {
    const u = new URL(route.request().url());
    return html(route, pages.github?.[u.pathname + u.search] ?? pages.github?.[u.pathname]);
  });
  await context.route('https://www.linkedin.com/**', (route) => {
    const u = new URL(route.request().url());
    return html(route, pages.linkedin?.[u.pathname]);
  });
  await context.route('https://api.github.com/**', (route) => {
    const request = route.request();
    const res = api.handle({ method: request.method(), url: request.url(), headers: request.headers(), body: request.postData() });
    if (res.networkError) return route.abort('internetdisconnected');
    return route.fulfill({ status: res.status, headers: res.headers, body: res.body });
  });
  await context.route('https://avatars.githubusercontent.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'image/png', body: readFileSync(join(ROOT, 'public/icon/128.png')) }),
  );
  // Anything else (fonts, other images) is answered empty rather than reaching for the network.
  await context.route(/^https?:\/\/(?!github\.com|www\.linkedin\.com|api\.github\.com|avatars\.githubusercontent\.com)/, (route) =>
    route.fulfill({ status: 204, body: '' }),
  );
  let worker = context.serviceWorkers()[0];
  worker ??= await context.waitForEvent('serviceworker', { timeout: 30_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    userDataDir: dir,
    routeHost: (host, hostPages, hostApi) => routeHostOn(context, host, hostPages, hostApi),
    async close(options) {
      await context.close();
      if (!options?.keepProfile) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The browser tab id of a page, asked from an extension page. */
export async function tabIdOf(session: Session, page: Page): Promise<number> {
  const probe = await session.context.newPage();
  await probe.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tab=-1`);
  const target = page.url();
  const id = await probe.evaluate(async (url) => {
    const ext = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome;
    const tabs = await ext.tabs.query({});
    // the newest tab on that URL: an earlier test may have left one open
    const ids = tabs.filter((t) => t.url === url && t.id !== undefined).map((t) => t.id as number);
    return ids.length > 0 ? Math.max(...ids) : null;
  }, target);
  await probe.close();
  if (id === null) throw new Error(`no tab found for ${target}`);
  return id;
}

export async function openPanel(session: Session, tabId: number): Promise<Page> {
  const panel = await session.context.newPage();
  await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tab=${tabId}`);
  return panel;
}

/**
 * Reloads a panel page and waits for its live view: the panel paints a first
 * screen of what the session knows before React loads, and shows React's view
 * once it has read the tab; only then does the absence of a notice mean anything.
 */
export async function reloadPanel(panel: Page): Promise<void> {
  await panel.reload();
  await panel.getByTestId('panel').waitFor({ state: 'visible', timeout: 30_000 });
}

/** Opens `url` in a new tab and the panel for that tab, as a recruiter does; `root` is the panel's root marker. */
export async function openProfile(session: Session, url: string): Promise<{ page: Page; panel: Page; root: ReturnType<Page['getByTestId']> }> {
  const page = await session.context.newPage();
  await page.goto(url);
  const panel = await openPanel(session, await tabIdOf(session, page));
  return { page, panel, root: panel.getByTestId('panel') };
}
