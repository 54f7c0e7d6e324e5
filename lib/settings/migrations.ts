/**
 * Version 1 → 2: the Enterprise host arrives, unset. Whatever else v1 held is
 * kept as it was; a damaged field is repaired when read (readSettings), not dropped here.
 */
export function migrateSettingsV1ToV2(v1: unknown): Record<string, unknown> {
  const base = typeof v1 === 'object' && v1 !== null && !Array.isArray(v1) ? (v1 as Record<string, unknown>) : {};
  return { ...base, enterpriseHost: null };
}
