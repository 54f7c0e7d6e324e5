/** browser storage for settings, and the tokens through the token store (secret-store.ts). */
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { exclusive } from '../storage/exclusive';
import { clearFirstScreens } from '../storage/first-screen-store';
import { DEFAULT_SETTINGS, EnterpriseToken, SETTINGS_VERSION, Settings } from './schema';
import { migrateSettingsV1ToV2, migrateSettingsV2ToV3 } from './migrations';
import { secretStore, type SecretStore } from './secret-store';

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: { 2: migrateSettingsV1ToV2, 3: migrateSettingsV2ToV3 },
});

/** Each field through its own schema: a damaged field falls back to its default, the others stay. */
function repairSettings(raw: unknown): Settings {
  const whole = Settings.safeParse(raw);
  if (whole.success) return whole.data;
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const repaired: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(Settings.shape)) {
    const field = schema.safeParse(record[key]);
    repaired[key] = field.success ? field.data : DEFAULT_SETTINGS[key as keyof Settings];
  }
  return Settings.parse(repaired);
}

/** Settings read back through the schema; a damaged value falls back to defaults field by field. */
export async function readSettings(): Promise<Settings> {
  return repairSettings(await settingsItem.getValue());
}

/** Changes some settings, the others as stored at that moment (no other context writes in between). */
export function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  return exclusive('settings', async () => {
    const before = await readSettings();
    const next = Settings.parse({ ...before, ...patch });
    await settingsItem.setValue(next);
    // the panel's painted first screens were scored against the role chosen before
    if (next.activeMatrixId !== before.activeMatrixId) await clearFirstScreens();
    return next;
  });
}

/** Saves the Enterprise host (already validated), or null to remove it; other settings stay. */
export function writeEnterpriseHost(host: string | null): Promise<Settings> {
  return updateSettings({ enterpriseHost: host });
}

/**
 * The tokens live in the extension's own IndexedDB (secret-store.ts: out of
 * every content script's reach), never in extension storage. Only a yes/no
 * that a github.com token is saved is kept in storage.local, for the panel to
 * watch (`local:githubTokenSaved`).
 *
 * Before, the tokens were kept in storage.local (`local:githubToken`, a
 * string, and `local:enterpriseToken`, `{host, token}`). migrateLegacyTokens
 * moves them once, the first time any token is read or written here or the
 * worker starts, and removes the old copies; the move is recorded, so a value
 * found under an old key later (which only a content script could have
 * written) is removed and never used.
 */
export const LEGACY_TOKEN_KEY = 'local:githubToken';
export const LEGACY_ENTERPRISE_TOKEN_KEY = 'local:enterpriseToken';

/** Whether a github.com token is saved; never the token. */
export const tokenSavedItem = storage.defineItem<boolean>('local:githubTokenSaved', {
  fallback: false,
  version: 1,
});

const LegacyToken = z.string().trim().min(1).max(1000);

async function removeLegacyCopies(): Promise<void> {
  await storage.removeItems([
    { key: LEGACY_TOKEN_KEY, options: { removeMeta: true } },
    { key: LEGACY_ENTERPRISE_TOKEN_KEY, options: { removeMeta: true } },
  ]);
}

async function legacyCopies(): Promise<[unknown, unknown]> {
  return Promise.all([storage.getItem<unknown>(LEGACY_TOKEN_KEY), storage.getItem<unknown>(LEGACY_ENTERPRISE_TOKEN_KEY)]);
}

/**
 * Moves tokens kept by earlier versions in storage.local into the token store
 * and removes the old copies. Runs once: after the move is recorded, anything
 * under the old keys is only removed. A token already in the store is never
 * replaced by an old copy. Resolves to true when a token was moved. With
 * `atStart` (the worker's start) the move is recorded even when there was
 * nothing to move, so a value a content script writes under an old key later
 * is never taken for a token.
 */
export async function migrateLegacyTokens(store?: SecretStore, options: { atStart?: boolean } = {}): Promise<boolean> {
  // the usual case, nothing under the old keys, costs two reads and no lock
  if (!options.atStart) {
    const [token, enterprise] = await legacyCopies();
    if (token === null && enterprise === null) return false;
  }
  return exclusive('secrets', () => moveLegacyTokens(store ?? secretStore()));
}

async function moveLegacyTokens(store: SecretStore): Promise<boolean> {
  const [legacyToken, legacyEnterprise] = await legacyCopies();
  const settled = (await store.get('legacyTokensMoved')) !== null;
  if (legacyToken === null && legacyEnterprise === null) {
    if (!settled) await store.put({ name: 'legacyTokensMoved', version: 1, at: Date.now() });
    return false;
  }
  let moved = false;
  if (!settled) {
    const token = LegacyToken.safeParse(legacyToken);
    if (token.success && (await store.get('githubToken')) === null) {
      await store.put({ name: 'githubToken', version: 1, token: token.data });
      moved = true;
    }
    const enterprise = EnterpriseToken.safeParse(legacyEnterprise);
    if (enterprise.success && (await store.get('enterpriseToken')) === null) {
      await store.put({ name: 'enterpriseToken', version: 1, host: enterprise.data.host, token: enterprise.data.token });
      moved = true;
    }
    await store.put({ name: 'legacyTokensMoved', version: 1, at: Date.now() });
  }
  await removeLegacyCopies();
  await tokenSavedItem.setValue((await store.get('githubToken')) !== null);
  return moved;
}

async function withStore<T>(read: (store: SecretStore) => Promise<T>, fallback: T): Promise<T> {
  try {
    await migrateLegacyTokens();
    return await read(secretStore());
  } catch {
    return fallback; // no IndexedDB in this context: no token, never a failure
  }
}

/** The github.com token, or null. Read only by the background, which sends it only to https://api.github.com. */
export function readToken(): Promise<string | null> {
  return withStore(async (store) => (await store.get('githubToken'))?.token ?? null, null);
}

export async function hasToken(): Promise<boolean> {
  return (await readToken()) !== null;
}

/** Saves the github.com token (trimmed); an empty one is refused. */
export async function writeToken(token: string): Promise<void> {
  const parsed = LegacyToken.parse(token);
  await migrateLegacyTokens();
  await secretStore().put({ name: 'githubToken', version: 1, token: parsed });
  await tokenSavedItem.setValue(true);
}

/** Removes the github.com token (and any old copy); where there is no token store there is no token to remove. */
export async function removeToken(): Promise<void> {
  await withStore((store) => store.delete('githubToken'), undefined);
  await tokenSavedItem.setValue(false);
}

/** Calls `onChange` with whether a github.com token is saved, on every change; returns the unwatch function. */
export function watchHasToken(onChange: (has: boolean) => void): () => void {
  return tokenSavedItem.watch((value) => onChange(value === true));
}

/** The Enterprise token for this host; null when none is saved or it was saved for another host. */
export function readEnterpriseToken(host: string): Promise<string | null> {
  return withStore(async (store) => {
    const saved = await store.get('enterpriseToken');
    return saved && saved.host === host.toLowerCase() ? saved.token : null;
  }, null);
}

/** Whether a token is saved for this host (the token itself is never read back to a page). */
export async function hasEnterpriseToken(host: string): Promise<boolean> {
  return (await readEnterpriseToken(host)) !== null;
}

/** Saves the Enterprise token, bound to its host; it is sent to no other host. */
export async function writeEnterpriseToken(host: string, token: string): Promise<void> {
  const parsed = EnterpriseToken.parse({ host, token });
  await migrateLegacyTokens();
  await secretStore().put({ name: 'enterpriseToken', version: 1, host: parsed.host, token: parsed.token });
}

/** Removes the Enterprise token (and any old copy); where there is no token store there is no token to remove. */
export async function removeEnterpriseToken(): Promise<void> {
  await withStore((store) => store.delete('enterpriseToken'), undefined);
}
