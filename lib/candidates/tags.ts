/** A candidate's tags: typed as text, united without case-insensitive repeats. */

/** Tags of both, without case-insensitive duplicates, in first-seen order. */
export function unionTags(a: readonly string[], b: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of [...a, ...b]) {
    const tag = raw.trim();
    const key = tag.toLowerCase();
    if (tag.length === 0 || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

/** The longest tag a recruiter can type; longer ones are cut. */
export const MAX_TAG_LENGTH = 100;

/** Tags typed as text, separated by commas or semicolons: each trimmed and cut to MAX_TAG_LENGTH, blanks and case-insensitive repeats dropped (the first spelling stays). */
export function parseTags(text: string): string[] {
  return unionTags(
    text.split(/[,;]/).map((raw) => raw.trim().slice(0, MAX_TAG_LENGTH)),
    [],
  );
}
