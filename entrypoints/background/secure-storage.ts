/**
 * What content scripts may reach in extension storage: nothing. They only
 * read their page and send what they read (lib/messaging-client.ts); every
 * stored value is for the extension's own pages and its worker.
 *
 * - Both storage areas are set to TRUSTED_CONTEXTS where the browser allows
 *   it (storage.session is so by default; storage.local can be restricted
 *   from Chrome 140; Firefox has no setAccessLevel, and older Chrome only for
 *   session: there a content script can still reach storage.local, which is
 *   why no secret is kept there and the API base is a constant).
 * - The tokens live in the extension's IndexedDB (lib/settings/secret-store.ts),
 *   which content scripts cannot open; tokens an earlier version kept in
 *   storage.local are moved there on start and the old copies removed.
 */
import { browser } from 'wxt/browser';
import { migrateLegacyTokens } from '@/lib/settings/settings-store';

interface AccessLevelArea {
  setAccessLevel?: (options: { accessLevel: 'TRUSTED_CONTEXTS' | 'TRUSTED_AND_UNTRUSTED_CONTEXTS' }) => Promise<void>;
}

/** Restricts each area to the extension's own contexts where the browser supports it; resolves to the areas restricted. */
export async function restrictStorageToExtension(): Promise<Array<'local' | 'session'>> {
  const done: Array<'local' | 'session'> = [];
  for (const name of ['local', 'session'] as const) {
    const area = (browser.storage as unknown as Record<string, AccessLevelArea | undefined>)[name];
    if (typeof area?.setAccessLevel !== 'function') continue;
    try {
      await area.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
      done.push(name);
    } catch {
      // this browser cannot restrict this area (Chrome before 140 for local)
    }
  }
  return done;
}

/** Run on every start of the worker; never rejects. */
export function secureStorage(): void {
  void restrictStorageToExtension();
  migrateLegacyTokens(undefined, { atStart: true }).catch(() => {
    // no IndexedDB yet (a test double): the first token read moves them instead
  });
}
