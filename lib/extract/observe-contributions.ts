import { readContributionsLastYear } from './github-contributions';
import { observeUntil, type Dispose, type ObserveUntilOptions } from './observe';

/**
 * Calls `onCount` once when the contributions calendar (an include-fragment the
 * page fetches after itself) shows its "N contributions in the last year" count.
 * Gives up after the time bound (10 s by default) or when disposed.
 */
export function observeContributions(
  doc: Document,
  onCount: (contributionsLastYear: number) => void,
  options: ObserveUntilOptions = {},
): Dispose {
  return observeUntil(doc, () => readContributionsLastYear(doc), onCount, options);
}
