import { GITHUB_API_BASE } from '../github/token-scope';

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/**
 * Version 1 → 2: the Enterprise host arrives, unset. Whatever else v1 held is
 * kept as it was; a damaged field is repaired when read (readSettings), not dropped here.
 */
export function migrateSettingsV1ToV2(v1: unknown): Record<string, unknown> {
  return { ...record(v1), enterpriseHost: null };
}

/**
 * Version 2 → 3: the API base stops being a setting (it is the constant
 * https://api.github.com; whatever was stored, a tampered address included,
 * is replaced), and the retention setting arrives, off. The rest is kept.
 */
export function migrateSettingsV2ToV3(v2: unknown): Record<string, unknown> {
  return { ...record(v2), apiBase: GITHUB_API_BASE, retentionMonths: null };
}
