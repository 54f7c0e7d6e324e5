/**
 * Strategy 2: the logged-in layout, whose sections carry anchors (`#about`,
 * `#experience`, …: the anchor div sits inside the `<section>`), and whose
 * text is printed twice, once for the eye (`span[aria-hidden="true"]`) and
 * once for screen readers (`.visually-hidden`): only the first is read.
 */
import { linkedinSelectors as S, type LinkedinSectionKey } from '../selectors/linkedin';
import { absoluteHttpUrl, cleanText, queryAllFirst, queryFirst } from './dom';
import { visibleTextOf } from './linkedin-lines';
import type { LinkedinReading } from './linkedin-reading';
import { linksIn, readSection } from './linkedin-sections';

const SECTION_KEYS: readonly LinkedinSectionKey[] = ['about', 'experience', 'education', 'skills', 'certifications'];

function visible(el: Element | null): string | null {
  return el ? cleanText(visibleTextOf(el)) : null;
}

/** The `<section>` an anchor div belongs to. */
export function anchoredSection(doc: Document, key: LinkedinSectionKey): Element | null {
  const anchor = queryFirst(doc, S.anchors[key]);
  if (!anchor) return null;
  return anchor.closest('section') ?? anchor.parentElement;
}

/** Whether an element is (inside) a section the anchored reader owns. */
export function isAnchoredSection(el: Element): boolean {
  const section = el.closest('section') ?? el;
  return SECTION_KEYS.some((key) => S.anchors[key].some((sel) => section.querySelector(sel) !== null));
}

/** What the anchored, logged-in layout shows. */
export function readAnchored(doc: Document, url: string): LinkedinReading {
  const reading: LinkedinReading = {
    name: visible(queryFirst(doc, S.name)),
    headline: visible(queryFirst(doc, S.headline)),
    location: visible(queryFirst(doc, S.location)),
    avatarUrl: absoluteHttpUrl(queryFirst(doc, S.avatar)?.getAttribute('src'), url),
    links: [
      ...queryAllFirst(doc, S.contactLinks)
        .map((a) => absoluteHttpUrl(a.getAttribute('href'), url))
        .filter((u): u is string => u !== null),
      ...linksIn(queryFirst(doc, S.topCard), url),
    ],
    texts: [],
  };
  for (const key of SECTION_KEYS) {
    const section = anchoredSection(doc, key);
    if (!section) continue;
    const found = readSection(key, section, url);
    Object.assign(reading, { ...found, links: [...(reading.links ?? []), ...(found.links ?? [])], texts: [...(reading.texts ?? []), ...(found.texts ?? [])] });
  }
  return reading;
}
