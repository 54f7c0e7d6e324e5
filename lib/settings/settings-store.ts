/** browser storage for settings and the tokens (the one module here that touches storage). */
import { storage } from 'wxt/utils/storage';
import { exclusive } from '../storage/exclusive';
import { DEFAULT_SETTINGS, EnterpriseToken, SETTINGS_VERSION, Settings } from './schema';
import { migrateSettingsV1ToV2 } from './migrations';

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: { 2: migrateSettingsV1ToV2 },
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
    const next = Settings.parse({ ...(await readSettings()), ...patch });
    await settingsItem.setValue(next);
    return next;
  });
}

/** Saves the Enterprise host (already validated), or null to remove it; other settings stay. */
export function writeEnterpriseHost(host: string | null): Promise<Settings> {
  return updateSettings({ enterpriseHost: host });
}

/** The github.com token, in storage.local only; never exported, never logged. */
export const tokenItem = storage.defineItem<string | null>('local:githubToken', {
  fallback: null,
  version: 1,
});

export async function readToken(): Promise<string | null> {
  const t = await tokenItem.getValue();
  return typeof t === 'string' && t.trim().length > 0 ? t.trim() : null;
}

/**
 * The GitHub Enterprise token, kept apart from the github.com one and bound to
 * the host it was saved for; never exported, never logged.
 */
export const enterpriseTokenItem = storage.defineItem<EnterpriseToken | null>('local:enterpriseToken', {
  fallback: null,
  version: 1,
});

/** The Enterprise token for this host; null when none is saved or it was saved for another host. */
export async function readEnterpriseToken(host: string): Promise<string | null> {
  const parsed = EnterpriseToken.safeParse(await enterpriseTokenItem.getValue());
  if (!parsed.success || parsed.data.host !== host.toLowerCase()) return null;
  return parsed.data.token;
}

/** Whether a token is saved for this host (the token itself is never read back to a page). */
export async function hasEnterpriseToken(host: string): Promise<boolean> {
  return (await readEnterpriseToken(host)) !== null;
}

export async function writeEnterpriseToken(host: string, token: string): Promise<void> {
  await enterpriseTokenItem.setValue(EnterpriseToken.parse({ host, token }));
}

export async function removeEnterpriseToken(): Promise<void> {
  await enterpriseTokenItem.removeValue();
}
