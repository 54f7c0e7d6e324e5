/**
 * Runs the Firefox build of Hirelens in a real Firefox (Debian's firefox-esr,
 * or $FIREFOX_PATH), headless and offline, driven over WebDriver BiDi.
 *
 * Why not Playwright: playwright-core 1.65's "moz-firefox" (BiDi) channel sends
 * `emulation.setMediaFeaturesOverride` when it makes a context, which Firefox
 * ESR 153 answers "unknown command", so the launch fails. We speak BiDi
 * ourselves instead, with Node's WebSocket.
 *
 * Why a proxy: BiDi's network interception sees the requests of pages in tabs
 * but not those of an extension's background page, which is where Hirelens
 * asks the GitHub API. So every request Firefox makes goes through a local
 * HTTP proxy that answers CONNECT with TLS of its own (a throwaway certificate,
 * accepted through the session's `acceptInsecureCerts`) and serves github.com
 * from fixtures and api.github.com from the API double; nothing leaves the machine.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import type { ApiDouble } from '../support/api-double';
import { selfSignedCertificate } from './firefox-tls';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output/firefox-mv2');
export const FIXTURES = join(ROOT, 'test/fixtures');
/** browser_specific_settings.gecko.id in wxt.config.ts */
export const GECKO_ID = 'hirelens@hirelens.dev';
/** The moz-extension:// host we give Hirelens (pref extensions.webextensions.uuids), so its pages have known URLs. */
export const EXTENSION_UUID = '4f6b1d2e-8c3a-4e5f-9a7b-1c2d3e4f5a6b';

/** $FIREFOX_PATH, else firefox-esr or firefox on the PATH; otherwise a clear failure. */
export function findFirefox(): string {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`FIREFOX_PATH is set to ${fromEnv}, which does not exist`);
  }
  for (const name of ['firefox-esr', 'firefox']) {
    for (const dir of (process.env.PATH ?? '').split(delimiter)) {
      const candidate = join(dir, name);
      if (dir && existsSync(candidate)) return candidate;
    }
  }
  throw new Error(
    'No Firefox found for the Firefox end-to-end test. Install Debian\'s build with ' +
      '`apt-get update && apt-get install -y firefox-esr`, or set FIREFOX_PATH to a Firefox binary (128 or later).',
  );
}

// --- the proxy ---------------------------------------------------------------

export interface FirefoxSites {
  /** path + search (or path) of a github.com URL → fixture file (relative to test/fixtures) */
  github: Record<string, string>;
  api: ApiDouble;
}

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string | Buffer;
}

function headersOf(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

function page(file: string | undefined): Answer {
  if (!file) return { status: 404, headers: { 'content-type': 'text/html' }, body: '<!doctype html><title>Not Found</title><h1>Not Found</h1>' };
  return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: readFileSync(join(FIXTURES, file)) };
}

/** What the offline web answers; null: the connection fails. */
function answer(sites: FirefoxSites, method: string, url: URL, headers: Record<string, string>, body: string): Answer | null {
  if (url.hostname === 'github.com') return page(sites.github[url.pathname + url.search] ?? sites.github[url.pathname]);
  if (url.hostname === 'api.github.com') {
    const res = sites.api.handle({ method, url: url.href, headers, body: body || null });
    return res.networkError ? null : { status: res.status, headers: res.headers, body: res.body };
  }
  if (url.hostname === 'avatars.githubusercontent.com') {
    return { status: 200, headers: { 'content-type': 'image/png' }, body: readFileSync(join(ROOT, 'public/icon/128.png')) };
  }
  // Firefox's own services and anything else: answered empty instead of waiting on a closed network.
  return { status: 204, headers: {}, body: '' };
}

function serve(sites: FirefoxSites, origin: (req: IncomingMessage) => string) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', origin(req));
      const out = answer(sites, req.method ?? 'GET', url, headersOf(req), Buffer.concat(chunks).toString('utf8'));
      if (!out) {
        res.socket?.destroy();
        return;
      }
      res.writeHead(out.status, out.headers);
      res.end(out.body);
    });
  };
}

interface Proxy {
  port: number;
  close(): Promise<void>;
}

async function startProxy(sites: FirefoxSites): Promise<Proxy> {
  const tls = createHttpsServer(
    selfSignedCertificate(['github.com', 'api.github.com', 'avatars.githubusercontent.com']),
    serve(sites, (req) => `https://${req.headers.host ?? 'invalid'}`),
  );
  // plain http requests arrive with absolute URLs
  const proxy: Server = createHttpServer(serve(sites, () => 'http://invalid'));
  const sockets = new Set<Socket>();
  proxy.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  proxy.on('connect', (_req: IncomingMessage, socket: Socket) => {
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    tls.emit('connection', socket);
  });
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  return {
    port: (proxy.address() as AddressInfo).port,
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((done) => proxy.close(() => done()));
      tls.close();
    },
  };
}

// --- WebDriver BiDi ------------------------------------------------------------

type Json = Record<string, unknown>;

interface BidiMessage {
  id?: number;
  type?: 'success' | 'error' | 'event';
  method?: string;
  params?: Json;
  result?: Json;
  error?: string;
  message?: string;
}

export class Bidi {
  private next = 0;
  private readonly pending = new Map<number, { done: (r: Json) => void; fail: (e: Error) => void }>();
  private readonly listeners = new Set<(method: string, params: Json) => void>();

  private constructor(private readonly ws: WebSocket) {
    ws.addEventListener('message', (event) => {
      const msg = JSON.parse(String(event.data)) as BidiMessage;
      if (msg.id === undefined) {
        for (const listener of this.listeners) listener(msg.method ?? '', msg.params ?? {});
        return;
      }
      const waiter = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      if (msg.type === 'error') waiter?.fail(new Error(`${msg.error ?? 'error'}: ${msg.message ?? ''}`));
      else waiter?.done(msg.result ?? {});
    });
    ws.addEventListener('close', () => {
      for (const w of this.pending.values()) w.fail(new Error('the WebDriver BiDi connection closed'));
      this.pending.clear();
    });
  }

  static async connect(url: string): Promise<Bidi> {
    const ws = new WebSocket(url);
    await new Promise<void>((done, fail) => {
      ws.addEventListener('open', () => done(), { once: true });
      ws.addEventListener('error', () => fail(new Error(`could not connect to ${url}`)), { once: true });
    });
    return new Bidi(ws);
  }

  send<T = Json>(method: string, params: Json = {}): Promise<T> {
    const id = ++this.next;
    return new Promise<T>((done, fail) => {
      this.pending.set(id, { done: (r) => done(r as T), fail });
      this.ws.send(JSON.stringify({ id, method, params }));
    });
  }

  /** events of the modules the session subscribed to (`session.subscribe`) */
  onEvent(listener: (method: string, params: Json) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): void {
    this.ws.close();
  }
}

// --- the browser ---------------------------------------------------------------

function userPrefs(proxyPort: number): Record<string, string | number | boolean> {
  return {
    // every request goes through the offline proxy
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.no_proxies_on': '',
    'network.http.http3.enable': false,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    // Hirelens at a known moz-extension:// host
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
    // no background traffic, first-run pages or update checks on a closed network
    'app.update.enabled': false,
    'app.update.auto': false,
    'app.normandy.enabled': false,
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.page': 0,
    'browser.startup.homepage': 'about:blank',
    'browser.startup.homepage_override.mstone': 'ignore',
    'browser.aboutwelcome.enabled': false,
    'browser.newtabpage.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'toolkit.telemetry.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.blockedURIs.enabled': false,
    'browser.safebrowsing.update.enabled': false,
    'extensions.update.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'security.OCSP.enabled': 0,
  };
}

function waitForBidiUrl(child: ChildProcess): Promise<string> {
  return new Promise((done, fail) => {
    let log = '';
    const timer = setTimeout(() => fail(new Error(`Firefox did not start WebDriver BiDi within 30 s:\n${log}`)), 30_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      const found = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(log);
      if (found?.[1]) {
        clearTimeout(timer);
        done(found[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`Firefox exited (${String(code)}) before WebDriver BiDi started:\n${log}`));
    });
  });
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text?: string };
}

export interface FirefoxSession {
  bidi: Bidi;
  /** the addon id Firefox reports for the installed build */
  addonId: string;
  /** moz-extension://<uuid>/<path> */
  extensionUrl(path: string): string;
  /** a new tab at `url`, loaded; its BiDi browsing context id */
  open(url: string, options?: { background?: boolean }): Promise<string>;
  navigate(context: string, url: string): Promise<void>;
  /** makes the tab of `context` its window's active tab */
  activate(context: string): Promise<void>;
  /** runs `fn(...args)` in the page of `context`; its (JSON) result */
  evaluate<T, A extends string[] = []>(context: string, fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T>;
  close(): Promise<void>;
}

export async function launchFirefox(sites: FirefoxSites): Promise<FirefoxSession> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error('The Firefox build is missing: run `npm run build:firefox` first (npm run test:e2e does).');
  }
  const executable = findFirefox();
  const proxy = await startProxy(sites);
  const profile = mkdtempSync(join(tmpdir(), 'hirelens-firefox-'));
  const prefs = Object.entries(userPrefs(proxy.port)).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`);
  writeFileSync(join(profile, 'user.js'), `${prefs.join('\n')}\n`);

  // --remote-allow-system-access: since Firefox 153, BiDi may navigate to moz-extension:// pages only with it
  const child = spawn(executable, ['--headless', '--no-remote', '--remote-debugging-port=0', '--remote-allow-system-access', '--profile', profile], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' },
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const shutdown = async (bidi?: Bidi): Promise<void> => {
    if (bidi) {
      await Promise.race([bidi.send('browser.close').catch(() => undefined), new Promise((r) => setTimeout(r, 5_000))]);
      bidi.close();
    }
    const killed = setTimeout(() => child.kill('SIGKILL'), 10_000);
    if (!bidi) child.kill('SIGTERM');
    await exited;
    clearTimeout(killed);
    await proxy.close();
    rmSync(profile, { recursive: true, force: true });
  };

  let bidi: Bidi | undefined;
  try {
    bidi = await Bidi.connect(`${await waitForBidiUrl(child)}/session`);
    await bidi.send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } });
    // the same temporary install as about:debugging's "Load Temporary Add-on" or `web-ext run`
    const { extension } = await bidi.send<{ extension: string }>('webExtension.install', {
      extensionData: { type: 'path', path: FIREFOX_EXTENSION_DIR },
    });
    const session = bidi;

    const navigate = async (context: string, url: string): Promise<void> => {
      await session.send('browsingContext.navigate', { context, url, wait: 'complete' });
    };
    return {
      bidi: session,
      addonId: extension,
      extensionUrl: (path) => `moz-extension://${EXTENSION_UUID}/${path}`,
      async open(url, options) {
        const { context } = await session.send<{ context: string }>('browsingContext.create', { type: 'tab', background: options?.background ?? false });
        await navigate(context, url);
        return context;
      },
      navigate,
      async activate(context) {
        await session.send('browsingContext.activate', { context });
      },
      async evaluate<T, A extends string[] = []>(context: string, fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T> {
        const out = await session.send<EvaluateResult>('script.callFunction', {
          functionDeclaration: `async (...args) => JSON.stringify(await (${fn.toString()})(...args))`,
          arguments: args.map((value) => ({ type: 'string', value })),
          target: { context },
          awaitPromise: true,
        });
        if (out.type === 'exception') throw new Error(`in the page: ${out.exceptionDetails?.text ?? 'an exception'}`);
        const value = out.result?.value;
        return (typeof value === 'string' ? JSON.parse(value) : undefined) as T;
      },
      close: () => shutdown(session),
    };
  } catch (error) {
    await shutdown(bidi);
    throw error;
  }
}
