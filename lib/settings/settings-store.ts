/** browser storage for settings and the token (the one module here that touches storage). */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, Settings } from './schema';

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
});

/** Settings read back through the schema; a damaged value falls back to defaults field by field. */
export async function readSettings(): Promise<Settings> {
  const raw = await settingsItem.getValue();
  const parsed = Settings.safeParse(raw);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

/** The GitHub token, in storage.local only; never exported, never logged. */
export const tokenItem = storage.defineItem<string | null>('local:githubToken', {
  fallback: null,
  version: 1,
});

export async function readToken(): Promise<string | null> {
  const t = await tokenItem.getValue();
  return typeof t === 'string' && t.trim().length > 0 ? t.trim() : null;
}
