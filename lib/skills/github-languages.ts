/** GitHub's linguist language names → taxonomy skill ids, read from the taxonomy's detection rules. */
import { TAXONOMY } from './taxonomy';

const LANGUAGE_TO_SKILLS: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const s of TAXONOMY) {
    for (const language of s.detect.githubLanguages) {
      const ids = map.get(language);
      if (ids) ids.push(s.id);
      else map.set(language, [s.id]);
    }
  }
  return map;
})();

/** the first skill (in taxonomy order) whose rules claim this linguist language, or null. */
export function skillIdForGithubLanguage(language: string): string | null {
  return LANGUAGE_TO_SKILLS.get(language)?.[0] ?? null;
}

/** every skill whose rules claim this linguist language. */
export function skillIdsForGithubLanguage(language: string): string[] {
  return [...(LANGUAGE_TO_SKILLS.get(language) ?? [])];
}
