import { githubSelectors as S } from '../selectors/github';
import { parseGithubCount } from './github-count';
import { cleanText, queryFirst, textOf } from './dom';

/**
 * The count in the calendar's heading: "1,234 contributions in the last year" → 1234,
 * "No contributions in the last year" → 0. A heading about a chosen year
 * ("56 contributions in 2019") is not the last year and gives null.
 */
export function parseContributionsHeading(text: string | null | undefined): number | null {
  const folded = cleanText(text);
  if (!folded || !/\bin the last year\b/i.test(folded)) return null;
  if (/^no contributions?\b/i.test(folded)) return 0;
  const match = /^([\d,.]+\s*[kmb]?)\s+contributions?\b/i.exec(folded);
  return match ? parseGithubCount(match[1]) : null;
}

/** Contributions in the last year, or null while the calendar has not loaded (or the tab has none). */
export function readContributionsLastYear(doc: ParentNode): number | null {
  return parseContributionsHeading(textOf(queryFirst(doc, S.contributionsHeading)));
}

/** True when the page has a calendar that is still loading (its placeholder is there, its count not yet). */
export function isContributionsPending(doc: ParentNode): boolean {
  return readContributionsLastYear(doc) === null && queryFirst(doc, S.contributionsPending) !== null;
}
