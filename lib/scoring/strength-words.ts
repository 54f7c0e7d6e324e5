/**
 * Evidence strength (0..1) in the words a recruiter reads: none, a little,
 * some, solid, strong. The profile, the requirement rows and the Roles editor
 * all use these words and this one scale; the percentage stays behind "why".
 *
 * Where the words change, and why there:
 *
 * - `none` is exactly 0: any evidence at all is at least "a little", so a row
 *   the scorer calls partial (some evidence, too little) never reads "none".
 * - `some` starts at 0.15, the lowest bar a preset sets (a junior nice-to-have,
 *   lib/matrix/presets.ts). Every preset bar (0.15, 0.2, 0.3, 0.45) is therefore
 *   "some" or more, and a row that is met never reads "a little". (Today one
 *   public repository, or one mention in a bio, is worth 0.15 on its own.)
 * - `solid` starts at 0.45, the senior must-have bar: a senior must-have that
 *   is met reads "solid" or "strong".
 * - `strong` starts at 0.7, where evidence is direct and repeated (a framework
 *   in several manifests, a language across many repositories); what is only
 *   implied by another skill (counted at 70%, lib/scoring/effective-evidence.ts)
 *   reaches it only when the skill implying it is at full strength.
 *
 * The Roles editor shows a bar's word beside it (`strengthWord`); turning a
 * word back into a bar is `strengthForWord`, which gives the lower edge of the
 * word's range (not wired to the editor yet). That is the one choice under which
 * a row that asks for "solid" is met exactly when the evidence reads "solid" or
 * "strong"; a midpoint would leave evidence reading "solid" short of a bar
 * called "solid".
 */
import { z } from 'zod';

export const StrengthWord = z.enum(['none', 'a little', 'some', 'solid', 'strong']);
export type StrengthWord = z.infer<typeof StrengthWord>;

/** The words from weakest to strongest. */
export const STRENGTH_WORDS: readonly StrengthWord[] = StrengthWord.options;

/**
 * Where each word begins (inclusive). `a little` is anything above 0 and below
 * `some`; A_LITTLE_FROM is only the bar the Roles editor stores for it.
 */
export const A_LITTLE_FROM = 0.01;
export const SOME_FROM = 0.15;
export const SOLID_FROM = 0.45;
export const STRONG_FROM = 0.7;

/**
 * The value the Roles editor stores for each word: the lower edge of its range.
 * For "a little" that is 1%, the least a recruiter sees as a percentage above
 * 0 (evidence below 1% still reads "a little", never "none").
 */
export const STRENGTH_FOR_WORD: Readonly<Record<StrengthWord, number>> = Object.freeze({
  none: 0,
  'a little': A_LITTLE_FROM,
  some: SOME_FROM,
  solid: SOLID_FROM,
  strong: STRONG_FROM,
});

/** Evidence strength 0..1 in words. Values outside 0..1 (or NaN) are clamped: below 0 and NaN read "none". */
export function strengthWord(strength: number): StrengthWord {
  if (!(strength > 0)) return 'none';
  if (strength < SOME_FROM) return 'a little';
  if (strength < SOLID_FROM) return 'some';
  if (strength < STRONG_FROM) return 'solid';
  return 'strong';
}

/** The strength a word stands for in the Roles editor: the lowest value that reads as that word. */
export function strengthForWord(word: StrengthWord): number {
  return STRENGTH_FOR_WORD[word];
}

/** How a word ranks, 0 (none) to 4 (strong), for comparing two words. */
export function strengthWordRank(word: StrengthWord): number {
  return STRENGTH_WORDS.indexOf(word);
}
