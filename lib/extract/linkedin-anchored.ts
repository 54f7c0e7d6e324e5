/**
 * Strategy 2: the logged-in layout, whose sections carry anchors (`#about`,
 * `#experience`, …: the anchor div sits inside the `<section>`), and whose
 * text is printed twice, once for the eye (`span[aria-hidden="true"]`) and
 * once for screen readers (`.visually-hidden`): only the first is read.
 */
import { linkedinSelectors as S, type LinkedinSectionKey } from '../selectors/linkedin';
import { absoluteHttpUrl, queryAllFirst, queryFirst } from './dom';
import { visibleLine } from './linkedin-lines';
import { addSectionReading, type LinkedinReading } from './linkedin-reading';
import { linksIn, readSection } from './linkedin-sections';

const SECTION_KEYS: readonly LinkedinSectionKey[] = ['about', 'experience', 'education', 'skills', 'certifications'];
/** Any section anchor, whichever section it is for. */
const ANY_ANCHOR = SECTION_KEYS.flatMap((key) => S.anchors[key]).join(',');

/** The `<section>` an anchor div belongs to. */
function anchoredSection(doc: Document, key: LinkedinSectionKey): Element | null {
  const anchor = queryFirst(doc, S.anchors[key]);
  if (!anchor) return null;
  return anchor.closest('section') ?? anchor.parentElement;
}

/** Whether an element is (inside) a section the anchored reader owns. */
export function isAnchoredSection(el: Element): boolean {
  const section = el.closest('section') ?? el;
  return section.querySelector(ANY_ANCHOR) !== null;
}

/** What the anchored, logged-in layout shows. */
export function readAnchored(doc: Document, url: string): LinkedinReading {
  const reading: LinkedinReading = {
    name: visibleLine(queryFirst(doc, S.name)),
    headline: visibleLine(queryFirst(doc, S.headline)),
    location: visibleLine(queryFirst(doc, S.location)),
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
    addSectionReading(reading, readSection(key, section, url));
  }
  return reading;
}
