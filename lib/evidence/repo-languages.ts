import type { ApiLanguages, ApiRepo } from '../github/api-schemas';
import type { LanguageShare } from '../schemas/evidence';
import { isExcludedFromShares } from '../skills/linguist-exclusions';
import { recencyWeight, sizeWeight } from '../github/repo-weights';

export function repoWeight(repo: ApiRepo, now: number): number {
  const forkFactor = repo.fork ? 0.1 : 1;
  return sizeWeight(repo.size) * recencyWeight(repo.pushed_at, now) * forkFactor;
}

/** A repository's code languages as shares of its bytes (notebooks, markup left out); null when unknown. */
export function codeByteShares(languages: ApiLanguages | null | undefined): Map<string, number> | null {
  if (!languages) return null;
  const code = Object.entries(languages).filter(([lang, bytes]) => !isExcludedFromShares(lang) && bytes > 0);
  const total = code.reduce((s, [, b]) => s + b, 0);
  if (total === 0) return null;
  return new Map(code.map(([lang, b]) => [lang, b / total]));
}

/**
 * Languages by weighted share of the person's repositories, largest first:
 * by bytes where the deep plan read them, else each repository's primary
 * language; notebooks and markup never count.
 */
export function languageShares(
  repos: readonly ApiRepo[],
  now: number,
  bytesByRepo: Readonly<Record<string, ApiLanguages | null | undefined>> = {},
): LanguageShare[] {
  const weights = new Map<string, { w: number; repos: number }>();
  let total = 0;
  const add = (language: string, w: number) => {
    total += w;
    const cur = weights.get(language) ?? { w: 0, repos: 0 };
    cur.w += w;
    cur.repos += 1;
    weights.set(language, cur);
  };
  for (const repo of repos) {
    const w = repoWeight(repo, now);
    const shares = codeByteShares(bytesByRepo[repo.full_name]);
    if (shares) {
      for (const [language, share] of shares) if (share >= 0.01) add(language, w * share);
    } else if (repo.language && !isExcludedFromShares(repo.language)) {
      add(repo.language, w);
    }
  }
  if (total === 0) return [];
  return [...weights.entries()]
    .map(([language, v]) => ({ language, share: Math.min(1, v.w / total), repos: v.repos }))
    .sort((a, b) => b.share - a.share || a.language.localeCompare(b.language));
}
