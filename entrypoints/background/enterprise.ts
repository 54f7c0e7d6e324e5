import { browser, type Browser } from 'wxt/browser';
import { enterpriseOriginPattern } from '@/lib/settings/enterprise-host';
import { readSettings, settingsItem } from '@/lib/settings/settings-store';
import { exclusive } from '@/lib/storage/exclusive';

/** The id of the run-time registration on Chrome (scripting API). */
export const ENTERPRISE_SCRIPT_ID = 'hirelens-github-enterprise';
/** The GitHub content script as built (entrypoints/github.content); the same reader serves the Enterprise host. */
export const GITHUB_CONTENT_SCRIPT_FILE = 'content-scripts/github.js';

/** Firefox MV2's `contentScripts.register`, which Chrome's types do not describe. */
interface FirefoxRegisteredScript {
  unregister(): Promise<void>;
}
interface FirefoxContentScripts {
  register(options: { matches: string[]; js: Array<{ file: string }>; runAt?: 'document_idle' }): Promise<FirefoxRegisteredScript>;
}

function firefoxContentScripts(): FirefoxContentScripts | undefined {
  return (browser as unknown as { contentScripts?: FirefoxContentScripts }).contentScripts;
}

function hasScriptingApi(): boolean {
  return typeof (browser as { scripting?: { registerContentScripts?: unknown } }).scripting?.registerContentScripts === 'function';
}

/**
 * Firefox ties a `contentScripts.register` registration to the background page
 * that made it, so the handle can only live here; on every start the background
 * registers again from settings (syncEnterpriseScript).
 */
let firefoxRegistration: { host: string; script: FirefoxRegisteredScript } | null = null;

/** Whether the recruiter has granted Hirelens this host (an optional host permission). */
async function isHostGranted(host: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [enterpriseOriginPattern(host)] });
  } catch {
    return false;
  }
}

/** The configured Enterprise host when the recruiter has also granted it; else null. */
export async function grantedEnterpriseHost(): Promise<string | null> {
  const { enterpriseHost } = await readSettings();
  if (!enterpriseHost) return null;
  return (await isHostGranted(enterpriseHost)) ? enterpriseHost : null;
}

async function unregisterAll(): Promise<void> {
  if (hasScriptingApi()) {
    const existing = await browser.scripting.getRegisteredContentScripts({ ids: [ENTERPRISE_SCRIPT_ID] });
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [ENTERPRISE_SCRIPT_ID] });
  }
  if (firefoxRegistration) {
    const { script } = firefoxRegistration;
    firefoxRegistration = null;
    await script.unregister();
  }
}

async function register(host: string): Promise<void> {
  const matches = [enterpriseOriginPattern(host)];
  if (hasScriptingApi()) {
    const script: Browser.scripting.RegisteredContentScript = {
      id: ENTERPRISE_SCRIPT_ID,
      matches,
      js: [GITHUB_CONTENT_SCRIPT_FILE],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    };
    await browser.scripting.registerContentScripts([script]);
    return;
  }
  const contentScripts = firefoxContentScripts();
  if (!contentScripts) throw new Error('This browser cannot register content scripts at run time');
  firefoxRegistration = { host, script: await contentScripts.register({ matches, js: [{ file: GITHUB_CONTENT_SCRIPT_FILE }], runAt: 'document_idle' }) };
}

/** The registration as it stands: the host the content script runs on, or null. */
async function registeredEnterpriseHost(): Promise<string | null> {
  if (hasScriptingApi()) {
    const [script] = await browser.scripting.getRegisteredContentScripts({ ids: [ENTERPRISE_SCRIPT_ID] });
    const pattern = script?.matches?.[0];
    return pattern ? (/^https:\/\/([^/]+)\/\*$/.exec(pattern)?.[1] ?? null) : null;
  }
  return firefoxRegistration?.host ?? null;
}

async function sync(): Promise<string | null> {
  const host = await grantedEnterpriseHost();
  if (host !== null && (await registeredEnterpriseHost()) === host) return host;
  await unregisterAll();
  if (host !== null) await register(host);
  return host;
}

/**
 * Brings the content script registration in line with settings and permissions:
 * registered on the Enterprise host when it is configured and granted, nowhere
 * otherwise. Runs one at a time (events may arrive together); resolves to the
 * host registered, or null.
 */
export function syncEnterpriseScript(): Promise<string | null> {
  return exclusive('enterpriseScript', sync);
}

function syncQuietly(): void {
  syncEnterpriseScript().catch(() => {
    // a failed registration leaves the host unread; the next start or settings change tries again
  });
}

/**
 * Wires the listeners synchronously (for a restarted worker to receive the
 * event that woke it) and registers again from settings on every start.
 */
export function registerEnterpriseLifecycle(): void {
  browser.permissions.onAdded.addListener(syncQuietly);
  browser.permissions.onRemoved.addListener(syncQuietly);
  settingsItem.watch(syncQuietly);
  syncQuietly();
}
