/**
 * Strategy 3: the layout with hashed class names and no ids (2025). Each
 * section is found by its heading text (English, German, French, Spanish,
 * Portuguese) and its list items are read by their line structure. Sections
 * that another reader knows (anchored, public or the 2026 server-driven
 * layout) are left to that reader.
 *
 * A heading alone never becomes a name: the page must vouch for it (title,
 * og:title, JSON-LD or the photo's alt, see `linkedin-name.ts`). The last
 * strategy, `readNameHeading`, finds the name in whichever heading the page
 * vouches for (an `<h2>` in layouts with no `<h1>`) and reads the headline and
 * location after it.
 */
import { linkedinSelectors as S } from '../selectors/linkedin';
import { isAnchoredSection } from './linkedin-anchored';
import { linesOf, visibleLine } from './linkedin-lines';
import { isPlaceholderName, nameChecker, type NameChecker } from './linkedin-name';
import { isNoticeHeading } from './linkedin-page-kind';
import { addSectionReading, type LinkedinReading } from './linkedin-reading';
import { isSduiCard, isSduiPage } from './linkedin-sdui';
import { linksIn, readSection } from './linkedin-sections';
import { isContactInfoLine, isSeparatorLine, isTopCardNoise, looksLikeLocation, sectionForHeading, type LinkedinSection } from './linkedin-words';

const PUBLIC_MARKERS = S.publicSectionMarker.join(',');
const KNOWN_NAMES = [...S.name, ...S.publicName].join(',');
const SECTION_HEADING = S.sectionHeading.join(',');
const SECTION_CONTENT = S.headingSectionContent.join(',');
const NAME_HEADING = S.headingBlock.join(',');

/** The element holding a heading's section: its `<section>`, else the nearest ancestor with a list. */
function containerOf(heading: Element): Element | null {
  const section = heading.closest('section');
  if (section) return section;
  for (let p = heading.parentElement; p && p.tagName !== 'BODY' && p.tagName !== 'MAIN'; p = p.parentElement) {
    if (p.querySelector(SECTION_CONTENT)) return p;
  }
  return null;
}

function knownLayout(container: Element, sdui: boolean): boolean {
  return isAnchoredSection(container) || container.querySelector(PUBLIC_MARKERS) !== null || (sdui && isSduiCard(container));
}

/** Each section found by its heading, first one wins. */
function sectionsByHeading(root: ParentNode, sdui: boolean): Map<LinkedinSection, Element> {
  const found = new Map<LinkedinSection, Element>();
  for (const heading of Array.from(root.querySelectorAll(SECTION_HEADING))) {
    const section = sectionForHeading(visibleLine(heading));
    if (!section || found.has(section)) continue;
    const container = containerOf(heading);
    if (container && !knownLayout(container, sdui)) found.set(section, container);
  }
  return found;
}

/** The card of a name heading: its `<section>`, else the block two levels up. */
function cardOf(heading: Element): Element | null {
  return heading.closest('section') ?? heading.parentElement?.parentElement ?? heading.parentElement;
}

/**
 * Name, headline and location from a name heading and the lines after it. The
 * name is used only when the page vouches for it; the location is the line
 * before "Contact info" where there is one, else a place-like line just after
 * the headline.
 */
function readTopCard(heading: Element | null, check: NameChecker): LinkedinReading {
  if (!heading || heading.matches(KNOWN_NAMES)) return {};
  const name = visibleLine(heading);
  if (!name || isNoticeHeading(name)) return {};
  const card = cardOf(heading);
  // "LinkedIn Member" stands in for a hidden name: the headline and location after it are still read
  const hidden = isPlaceholderName(name);
  if (!hidden && check(name, card) !== 'agrees') return {};
  const lines = card ? linesOf(card, true) : [];
  const rest = lines.slice(lines.indexOf(name) + 1);
  const contact = rest.findIndex((line) => isContactInfoLine(line));
  const after = (contact >= 0 ? rest.slice(0, contact) : rest).filter((line) => !isTopCardNoise(line) && !isSeparatorLine(line) && line !== name);
  const headline = after[0] ?? null;
  const location = contact >= 0 ? (after.length > 1 ? after.at(-1)! : null) : (after.slice(1, 3).find((line) => looksLikeLocation(line)) ?? null);
  return { name: hidden ? null : name, headline, location };
}

/** What a layout with hashed classes shows, read by headings and line structure. */
export function readHeadings(doc: Document, url: string): LinkedinReading {
  const main = doc.querySelector('main') ?? doc;
  const h1 = main.querySelector('h1');
  const top = h1 ? readTopCard(h1, nameChecker(doc)) : {};
  const reading: LinkedinReading = { ...top, links: (top.name || top.headline) && h1 ? linksIn(cardOf(h1), url) : [], texts: [] };
  for (const [key, container] of sectionsByHeading(main, isSduiPage(doc))) {
    addSectionReading(reading, readSection(key, container, url));
  }
  return reading;
}

/**
 * The last strategy: the name in whichever heading the page vouches for (an
 * `<h1>`, or an `<h2>` in layouts that have none), and the headline and
 * location after it. Section headings are never names.
 */
export function readNameHeading(doc: Document, url: string): LinkedinReading {
  const root = doc.querySelector('main') ?? doc.body;
  if (!root) return {};
  const check = nameChecker(doc);
  for (const heading of Array.from(root.querySelectorAll(NAME_HEADING))) {
    if (heading.matches(KNOWN_NAMES) || sectionForHeading(visibleLine(heading))) continue;
    const top = readTopCard(heading, check);
    if (top.name) return { ...top, links: linksIn(cardOf(heading), url), texts: [] };
  }
  return {};
}
