/**
 * Where a LinkedIn profile's own content lives on the page: the 2026 profile
 * screen and `<main>`. The content script counts only changes inside these (or
 * to the page title) as the profile loading more of itself. Small on purpose:
 * the content script bundles it.
 */
import { linkedinSelectors as S } from '../selectors/linkedin';

/** Every root of the profile's content on the page (none inside another); empty when there is none. */
export function linkedinProfileRoots(doc: Document): Element[] {
  const roots = S.profileRoot.map((selector) => doc.querySelector(selector)).filter((el): el is Element => el !== null);
  return roots.filter((root, i) => roots.indexOf(root) === i && !roots.some((other) => other !== root && other.contains(root)));
}
