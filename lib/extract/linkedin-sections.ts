/**
 * Reads the content of one profile section once a strategy has found it:
 * the about text, or the items of its list. Shared by the anchored, headings
 * and details-page readers, so they interpret lines the same way.
 */
import type { LinkedinProfile } from '../schemas/profile';
import { linkedinSelectors as S } from '../selectors/linkedin';
import { absoluteHttpUrl, queryFirst } from './dom';
import {
  linesOf,
  listItems,
  readCertificationItem,
  readEducationItem,
  readExperienceItem,
  readSkillItem,
  visibleLine,
} from './linkedin-lines';
import type { LinkedinReading } from './linkedin-reading';
import { parseDateRange } from './dates';
import { isCertificationMeta, isShowAllLine, sectionForHeading, showAllExperienceCount, type LinkedinSection } from './linkedin-words';

const ANY_LIST = S.anyList.join(',');
const HEADING_BLOCK = S.headingBlock.join(',');
const SHOW_ALL_CONTROL = S.showAllControl.join(',');

/** The outermost lists of a section, in document order. */
export function outerLists(section: Element): Element[] {
  const lists = Array.from(section.querySelectorAll(ANY_LIST));
  return lists.filter((list) => !lists.some((other) => other !== list && other.contains(list)));
}

/** The items of a section's main list (the first outermost list with items). */
export function sectionItems(section: Element): Element[] {
  for (const list of outerLists(section)) {
    const items = listItems(list);
    if (items.length > 0) return items;
  }
  return [];
}

function isHeadingBlock(el: Element): boolean {
  return el.matches(HEADING_BLOCK) || el.querySelector(HEADING_BLOCK) !== null;
}

/** Lines that are content: not empty, not a lone "Show all …" footer. */
function isContent(lines: readonly string[]): boolean {
  return lines.length > 0 && !(lines.length === 1 && isShowAllLine(lines[0]!));
}

/** Children that are one date or "Issued …" line are the lines of one item, not items. */
function isItemLine(lines: readonly string[]): boolean {
  return lines.length === 1 && (parseDateRange(lines[0]!) !== null || isCertificationMeta(lines[0]!));
}

/**
 * The items of a section drawn with `<div>`s only (no list markup): the
 * children of the element with the most text-bearing children, each of at
 * least `minLines` lines; heading blocks and "Show all" footers left out.
 * With no such element, the section's text (past its heading) is one item.
 */
function divItems(section: Element, minLines: number): Element[] {
  let best: Element[] = [];
  const queue: Element[] = [section];
  for (let next = 0; next < queue.length; next++) {
    const children = Array.from(queue[next]!.children).filter((c) => !isHeadingBlock(c));
    queue.push(...children);
    // The text-bearing children are a subset of the children: too few of those cannot win.
    if (children.length < 2 || children.length <= best.length) continue;
    const withText = children.map((c) => ({ c, lines: linesOf(c, true) })).filter(({ lines }) => isContent(lines));
    if (
      withText.length >= 2 &&
      withText.length > best.length &&
      withText.every(({ lines }) => lines.length >= minLines && !isItemLine(lines))
    ) {
      best = withText.map(({ c }) => c);
    }
  }
  if (best.length > 0) return best;
  const body = Array.from(section.children).filter((c) => !isHeadingBlock(c) && isContent(linesOf(c, true)));
  return body.length === 1 ? body : [];
}

/** The about text: the show-more block if there is one, else every line but the heading. */
function readAboutSection(section: Element): string | null {
  const block = queryFirst(section, S.showMoreText);
  const lines = block ? linesOf(block, true) : linesOf(section, true).filter((line) => sectionForHeading(line) !== 'about');
  const text = lines.join('\n').trim();
  return text.length > 0 ? text : null;
}

function unique<T>(values: T[], key: (v: T) => string): T[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const k = key(v);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

type ListSection = Exclude<LinkedinSection, 'about'>;

/** The entries of a list section, read item by item. */
export function readListSection(section: ListSection, items: readonly Element[]): Partial<LinkedinProfile> {
  switch (section) {
    case 'experience':
      return { experience: items.flatMap((item) => readExperienceItem(item)) };
    case 'education':
      return { education: items.map(readEducationItem).filter((e) => e !== null) };
    case 'skills':
      return {
        skills: unique(
          items.map(readSkillItem).filter((s): s is string => s !== null),
          (s) => s.toLowerCase(),
        ),
      };
    case 'certifications':
      return {
        certifications: unique(
          items.map(readCertificationItem).filter((c) => c !== null),
          (c) => `${c.name}\u0000${c.issuer ?? ''}`,
        ),
      };
  }
}

/**
 * Whether the section says it shows only some roles: a "Show all 12 experiences"
 * link (any of the five languages) or a link to the experience details page,
 * unless the number it gives is already all there.
 */
export function experienceTruncated(section: Element, shown: number): boolean {
  for (const el of Array.from(section.querySelectorAll(SHOW_ALL_CONTROL))) {
    const count = showAllExperienceCount(visibleLine(el) ?? '');
    if (count !== null) return count > shown;
  }
  return queryFirst(section, S.showAllExperience) !== null;
}

/** Every http(s) link inside an element, resolved against the page URL. */
export function linksIn(root: Element | null, base: string): string[] {
  if (!root) return [];
  return Array.from(root.querySelectorAll('a[href]'))
    .map((a) => absoluteHttpUrl(a.getAttribute('href'), base))
    .filter((u): u is string => u !== null);
}

/** Reads a found section into a reading (about text or list entries). */
export function readSection(section: LinkedinSection, el: Element, url: string): LinkedinReading {
  if (section === 'about') {
    const about = readAboutSection(el);
    return { about, links: linksIn(el, url), texts: about ? [about] : [] };
  }
  const listed = sectionItems(el);
  const items = listed.length > 0 ? listed : divItems(el, section === 'experience' ? 2 : 1);
  const reading: LinkedinReading = readListSection(section, items);
  if (section === 'experience') reading.experienceTruncated = experienceTruncated(el, reading.experience?.length ?? 0);
  return reading;
}
