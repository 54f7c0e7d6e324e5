/**
 * Strategy 3: the layout with hashed class names and no ids. Each section is
 * found by its heading text (English, German, French, Spanish, Portuguese) and
 * its list items are read by their line structure. Sections that a class-based
 * reader knows (anchored or public layout) are left to that reader.
 */
import { linkedinSelectors as S } from '../selectors/linkedin';
import { isAnchoredSection } from './linkedin-anchored';
import { linesOf, visibleLine } from './linkedin-lines';
import { addSectionReading, type LinkedinReading } from './linkedin-reading';
import { linksIn, readSection } from './linkedin-sections';
import { isTopCardNoise, looksLikeLocation, sectionForHeading, type LinkedinSection } from './linkedin-words';

const PUBLIC_MARKERS = S.publicSectionMarker.join(',');
const KNOWN_NAMES = [...S.name, ...S.publicName].join(',');
const SECTION_HEADING = S.sectionHeading.join(',');
const SECTION_CONTENT = S.headingSectionContent.join(',');

/** The element holding a heading's section: its `<section>`, else the nearest ancestor with a list. */
function containerOf(heading: Element): Element | null {
  const section = heading.closest('section');
  if (section) return section;
  for (let p = heading.parentElement; p && p.tagName !== 'BODY' && p.tagName !== 'MAIN'; p = p.parentElement) {
    if (p.querySelector(SECTION_CONTENT)) return p;
  }
  return null;
}

function knownLayout(container: Element): boolean {
  return isAnchoredSection(container) || container.querySelector(PUBLIC_MARKERS) !== null;
}

/** Each section found by its heading, first one wins. */
function sectionsByHeading(root: ParentNode): Map<LinkedinSection, Element> {
  const found = new Map<LinkedinSection, Element>();
  for (const heading of Array.from(root.querySelectorAll(SECTION_HEADING))) {
    const section = sectionForHeading(visibleLine(heading));
    if (!section || found.has(section)) continue;
    const container = containerOf(heading);
    if (container && !knownLayout(container)) found.set(section, container);
  }
  return found;
}

/** Name, headline and location from the page's first `<h1>` and the lines after it. */
function readTopCard(h1: Element | null): LinkedinReading {
  if (!h1 || h1.matches(KNOWN_NAMES)) return {};
  const name = visibleLine(h1);
  if (!name) return {};
  const card = h1.closest('section') ?? h1.parentElement?.parentElement ?? h1.parentElement;
  const lines = card ? linesOf(card, true) : [];
  const after = lines.slice(lines.indexOf(name) + 1).filter((line) => !isTopCardNoise(line) && line !== name);
  const headline = after[0] ?? null;
  const location = after.slice(1, 3).find((line) => looksLikeLocation(line)) ?? null;
  return { name, headline, location };
}

/** What a layout with hashed classes shows, read by headings and line structure. */
export function readHeadings(doc: Document, url: string): LinkedinReading {
  const main = doc.querySelector('main') ?? doc;
  const h1 = main.querySelector('h1');
  const top = readTopCard(h1);
  const reading: LinkedinReading = { ...top, links: top.name ? linksIn(h1?.closest('section') ?? null, url) : [], texts: [] };
  for (const [key, container] of sectionsByHeading(main)) {
    addSectionReading(reading, readSection(key, container, url));
  }
  return reading;
}
