/**
 * What a page at a GitHub profile address is when it shows no person: GitHub's
 * "Page not found" (404) page, served where no account has the login (a typo,
 * or the person renamed their account). It is told by what that page shows:
 * its title "Page not found · GitHub" or its 404 illustration, with no profile
 * sidebar and no hovercard subject. Pure: (Document, url) → note | null.
 */
import { githubProfileLogin, type GithubHostOptions } from '../page/github-url';
import type { PageNote } from '../schemas/profile';
import { githubSelectors as S } from '../selectors/github';
import { queryFirst } from './dom';

const NOT_FOUND_NOTE =
  'There is no GitHub profile at this address. Check the spelling of the login, or the person may have renamed their account: search GitHub for them by name.';

/** The 404 page's title, from 2015 on: "Page not found · GitHub" (now "… · GitHub · GitHub"). */
const NOT_FOUND_TITLE = /^\s*page not found\s*·\s*github\b/i;

/**
 * The note for a page at a profile address that is GitHub's 404 page; null for
 * a profile (or an organization, which has its own page) and for any address
 * that is not a profile address.
 */
export function describeGithubPage(doc: Document, url: string, options?: GithubHostOptions): PageNote | null {
  if (!githubProfileLogin(url, options)) return null;
  // a person's or an organization's page, whatever its title says
  if (queryFirst(doc, S.subjectTag) || queryFirst(doc, S.login) || queryFirst(doc, S.organizationMarker)) return null;
  const notFound = NOT_FOUND_TITLE.test(doc.title ?? '') || queryFirst(doc, S.notFoundMarker) !== null;
  return notFound ? { kind: 'not-found', note: NOT_FOUND_NOTE } : null;
}
