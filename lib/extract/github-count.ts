/**
 * Reads a count as GitHub shows it: `1,234`, `1.2k`, `20.6K`, `3m`, `1.5b`.
 * Abbreviated counts are read as the number they stand for (`1.2k` → 1200).
 * Null when the text holds no count.
 */
export function parseGithubCount(text: string | null | undefined): number | null {
  if (!text) return null;
  const match = /(\d[\d,]*(?:\.\d+)?)\s*([kmb])?(?![a-z])/i.exec(text.trim());
  if (!match) return null;
  const digits = match[1]!.replace(/,/g, '');
  const value = Number(digits);
  if (!Number.isFinite(value)) return null;
  const suffix = match[2]?.toLowerCase();
  const scale = suffix === 'k' ? 1e3 : suffix === 'm' ? 1e6 : suffix === 'b' ? 1e9 : 1;
  const result = Math.round(value * scale);
  return Number.isSafeInteger(result) && result >= 0 ? result : null;
}
