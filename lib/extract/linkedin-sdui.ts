/**
 * Strategy 4: LinkedIn's server-driven ("SDUI") logged-in profile of 2026.
 * There is no `<h1>`, class names are hashes, and cards are named by a
 * `componentkey` (`…ref<member id>Topcard`, `…About`, wrappers
 * `profileCardsBelowActivityPart<n><slug>`). Those keys are leads only: what is
 * read is anchored on structure and text.
 *
 * - The top card: its `<h2>` is the name, checked against the page title; its
 *   bare `<p>` lines come in order (the connection degree, the headline,
 *   "company · school", the location, "·", "Contact info", the company and
 *   school links, the connections). The headline is the first line after the
 *   visible degree, the location the line before "Contact info". The company
 *   and school are hints, never roles.
 * - The About card: the about text, then "Top skills" (separated by "•").
 * - Experience, Education and Skills load as the page is scrolled. Until they
 *   have, they are *pending*: never read as empty, never made up from the top card.
 */
import type { LinkedinTopCardHints } from '../schemas/profile';
import { linkedinSelectors as S } from '../selectors/linkedin';
import { splitDots } from './dates';
import { isNotShown, queryFirst } from './dom';
import { linesOf, visibleLine } from './linkedin-lines';
import { nameChecker, photoOf, type NameChecker } from './linkedin-name';
import { addSectionReading, type LinkedinReading } from './linkedin-reading';
import { experienceTruncated, linksIn, readListSection, readSection } from './linkedin-sections';
import {
  connectionDegreeOf,
  connectionsCountOf,
  isConnectionsWord,
  isContactInfoLine,
  isSeeMoreLine,
  isSeparatorLine,
  isTopCardNoise,
  looksLikeLocation,
  sectionForHeading,
  topCardAction,
  topSkillsAfterLabel,
  type ConnectionDegree,
  type LinkedinSection,
} from './linkedin-words';

type PendingSection = 'experience' | 'education' | 'skills';
/** The order LinkedIn renders the lazy sections in, top to bottom. */
const LAZY_ORDER: readonly PendingSection[] = ['experience', 'education', 'skills'];

const HEADINGS = S.sectionHeading.join(',');
const CARD = S.sduiCard.join(',');
const ITEM = S.sduiItem.join(',');
const SKILL_ITEM = S.sduiSkillItem.join(',');
const ALTERNATE_STATE = S.sduiAlternateState.join(',');
const CONTACT_LINK = 'a[href*="/overlay/contact-info"]';
/** Cards this reader owns, so the headings reader leaves them alone. */
const OWNED = [...S.sduiTopCard, ...S.sduiAboutCard, ...S.sduiCardWrapper, ...S.sduiSection.experience, ...S.sduiSection.education].join(',');

/** Whether the page is the 2026 server-driven profile (this reader runs on it). */
export function isSduiPage(doc: Document): boolean {
  return queryFirst(doc, S.sduiScreen) !== null || queryFirst(doc, S.sduiTopCard) !== null;
}

/** Whether an element sits in a card this reader reads (on a page where it runs: see `isSduiPage`). */
export function isSduiCard(el: Element): boolean {
  return el.closest(OWNED) !== null;
}

/** The outermost of some elements (an item that holds items is one item). */
function outermost(elements: readonly Element[]): Element[] {
  return elements.filter((el) => !elements.some((other) => other !== el && other.contains(el)));
}

interface Line {
  el: Element;
  text: string;
}

/**
 * A text printed twice in one element (the copy for the eye and the one for
 * screen readers, `NameName` or `Name Name`) read once.
 */
function undoubled(text: string): string {
  const n = text.length;
  if (n >= 2 && n % 2 === 0 && text.slice(0, n / 2) === text.slice(n / 2)) return text.slice(0, n / 2);
  const half = (n - 1) / 2;
  if (n >= 3 && n % 2 === 1 && text[half] === ' ' && text.slice(0, half) === text.slice(half + 1)) return text.slice(0, half);
  return text;
}

/** The visible text of an element, once. */
function lineOf(el: Element | null): string | null {
  const text = visibleLine(el);
  return text === null ? null : undoubled(text);
}

/**
 * The `<p>` lines of an element after `from` (when given), in order: not in a
 * button, not hidden. When every line looks hidden (a page whose styles are not
 * computed as expected), visibility is not used to choose.
 */
function paragraphLines(root: Element, from: Element | null): Line[] {
  const all: { line: Line; hidden: boolean }[] = [];
  for (const p of Array.from(root.querySelectorAll('p'))) {
    // 4: DOCUMENT_POSITION_FOLLOWING
    if (from && (from.contains(p) || (from.compareDocumentPosition(p) & 4) === 0)) continue;
    if (p.closest('button')) continue;
    const text = lineOf(p);
    if (text) all.push({ line: { el: p, text }, hidden: isNotShown(p, root) });
  }
  const shown = all.filter((l) => !l.hidden);
  const lines = (shown.length > 0 ? shown : all).map((l) => l.line);
  return lines.filter((line, i) => i === 0 || line.text !== lines[i - 1]!.text);
}

/** The actions the top card offers (Connect, Message, Follow). */
function actionsOf(card: Element): Set<string> {
  const actions = new Set<string>();
  for (const el of Array.from(card.querySelectorAll(S.sduiActions.join(',')))) {
    const action = topCardAction(visibleLine(el) ?? el.getAttribute('aria-label') ?? '');
    if (action) actions.add(action);
  }
  return actions;
}

/**
 * The connection degree the page shows, and its line. The degree is printed
 * twice, once in an alternate state that is not shown: hidden copies are
 * already left out of `lines`; when two copies still disagree, the one the
 * buttons agree with (Connect or Follow: not 1st; Message alone: 1st) wins,
 * then the one outside the alternate-state wrapper. Still torn: no degree.
 */
function visibleDegree(lines: readonly Line[], card: Element): { degree: ConnectionDegree; index: number } | null {
  const copies = lines
    .map((line, index) => ({ line, index, degree: connectionDegreeOf(line.text) }))
    .filter((c): c is { line: Line; index: number; degree: ConnectionDegree } => c.degree !== null);
  if (copies.length === 0) return null;
  const settled = (pool: typeof copies) => (new Set(pool.map((c) => c.degree)).size === 1 ? pool[0]! : null);
  let pool = copies;
  const one = settled(pool);
  if (one) return one;
  const actions = actionsOf(card);
  if (actions.has('connect') || actions.has('follow')) pool = pool.filter((c) => c.degree !== '1st');
  else if (actions.has('message')) pool = pool.filter((c) => c.degree === '1st');
  if (pool.length === 0) pool = copies;
  const byActions = settled(pool);
  if (byActions) return byActions;
  const outside = pool.filter((c) => c.line.el.closest(ALTERNATE_STATE) === null);
  return outside.length > 0 ? settled(outside) : null;
}

/** Lines that are not content of the top card: badges, pronouns, degree copies, separators. */
function isNoise(text: string): boolean {
  return isSeparatorLine(text) || connectionDegreeOf(text) !== null || (isTopCardNoise(text) && !isContactInfoLine(text));
}

function isContactLine(line: Line): boolean {
  return isContactInfoLine(line.text) || line.el.querySelector(CONTACT_LINK) !== null;
}

/** The names of the top card's links to companies or schools. */
function linkNames(card: Element, selectors: readonly string[]): string[] {
  return Array.from(card.querySelectorAll(selectors.join(',')))
    .map((a) => lineOf(a))
    .filter((t): t is string => t !== null);
}

/** Company, school, degree and connections: what the top card says besides its three fields. */
function readHints(card: Element, lines: readonly Line[], companyLine: string | null, degree: ConnectionDegree | null, from: number): LinkedinTopCardHints {
  const companies = linkNames(card, S.sduiCompanyLink);
  const schools = linkNames(card, S.sduiSchoolLink);
  const parts = companyLine ? splitDots(companyLine) : [];
  let currentCompany = companies[0] ?? null;
  let school = schools[0] ?? null;
  if (!currentCompany && !school && parts.length === 2) [currentCompany, school] = [parts[0]!, parts[1]!];
  let connections: string | null = null;
  for (let i = from; i < lines.length && connections === null; i++) {
    const text = lines[i]!.text;
    const count = connectionsCountOf(text);
    if (count === null) continue;
    // "500+" alone is a count only when "connections" follows it.
    if (/\d\+?$/.test(text.trim()) && !isConnectionsWord(lines[i + 1]?.text ?? '')) continue;
    connections = count;
  }
  return { currentCompany, school, connectionDegree: degree, connections };
}

/**
 * The top card: name (checked against the page), headline, location, photo,
 * hints. `other-person` when the page title names someone else: the page still
 * shows the previous person while the next one renders.
 */
function readTopCard(card: Element, check: NameChecker, url: string): LinkedinReading | 'other-person' {
  const nameEl = queryFirst(card, S.sduiName);
  if (!nameEl) return {};
  // The heading read whole, or line by line (a badge or a screen-reader copy beside the name).
  const readings = [lineOf(nameEl), ...linesOf(nameEl).slice(0, 1)].filter((n): n is string => n !== null);
  // The title (or og:title, JSON-LD, the photo's alt) must agree; a page that names no one
  // elsewhere is trusted on the top card's own structure.
  const name = readings.find((n) => check(n, card) === 'agrees') ?? readings.find((n) => check(n, card) === 'silent');
  if (!name) return readings.length > 0 ? 'other-person' : {};
  const lines = paragraphLines(card, nameEl);
  const degree = visibleDegree(lines, card);
  const start = degree ? degree.index + 1 : 0;
  const headlineAt = lines.findIndex((line, i) => i >= start && !isNoise(line.text) && !isContactLine(line));
  const headline = headlineAt >= 0 ? lines[headlineAt]!.text : null;
  const contactAt = lines.findIndex((line, i) => i > headlineAt && isContactLine(line));
  const between = lines
    .map((line, i) => ({ line, i }))
    .filter(({ line, i }) => i > headlineAt && (contactAt < 0 || i < contactAt) && !isNoise(line.text) && !isContactLine(line));
  const companies = new Set([...linkNames(card, S.sduiCompanyLink), ...linkNames(card, S.sduiSchoolLink)]);
  const isCompanyLine = (text: string) => splitDots(text).length > 0 && splitDots(text).every((part) => companies.has(part));
  let location: string | null = null;
  let companyLine: string | null = null;
  if (headlineAt >= 0 && contactAt >= 0) {
    // The location is the line just before "Contact info"; a "company · school" line may precede it.
    const last = between.at(-1)?.line.text ?? null;
    location = last !== null && !isCompanyLine(last) ? last : null;
    companyLine = between.find(({ line }) => line.text !== location)?.line.text ?? null;
  } else if (headlineAt >= 0) {
    // No "Contact info": the next two lines, the company line told apart by the top card's links.
    const next = between.slice(0, 2).map(({ line }) => line.text);
    location = next.find((text) => !isCompanyLine(text) && looksLikeLocation(text)) ?? null;
    companyLine = next.find((text) => text !== location) ?? null;
  }
  const photo = photoOf(name, card);
  return {
    name,
    headline,
    location,
    avatarUrl: photo?.getAttribute('src') ?? undefined,
    links: linksIn(card, url),
    topCardHints: readHints(card, lines, companyLine, degree?.degree ?? null, contactAt >= 0 ? contactAt + 1 : headlineAt + 1),
  };
}

/** The top card: by its `componentkey`, else the card whose `<h2>` the page title names. */
function findTopCard(doc: Document, root: Element | null, check: NameChecker): Element | null {
  const byKey = queryFirst(doc, S.sduiTopCard);
  if (byKey && queryFirst(byKey, S.sduiName)) return byKey;
  if (!root) return null;
  for (const h2 of Array.from(root.querySelectorAll(S.sduiName.join(',')))) {
    const name = lineOf(h2);
    const card = h2.closest(CARD);
    if (name && card && !sectionForHeading(name) && check(name, card) === 'agrees') return card;
  }
  return null;
}

/** Whether a card holds entries (keyed items, or list items). */
function hasEntries(card: Element): boolean {
  return card.querySelector(`${ITEM},${SKILL_ITEM},li,[role="listitem"]`) !== null;
}

/**
 * The card a heading names ("About", "Experience", …), outside the cards in
 * `exclude`. A heading in a card of its own (a header block) belongs to the
 * enclosing card that holds the entries.
 */
function cardByHeading(scope: Element, section: LinkedinSection, exclude: readonly (Element | null)[]): Element | null {
  const excluded = (el: Element) => exclude.some((x) => x !== null && (x === el || x.contains(el) || el.contains(x)));
  for (const heading of Array.from(scope.querySelectorAll(HEADINGS))) {
    if (sectionForHeading(visibleLine(heading)) !== section || excluded(heading)) continue;
    let card = heading.closest(CARD);
    while (card && section !== 'about' && !hasEntries(card)) {
      const up = card.parentElement?.closest(CARD) ?? null;
      if (!up || !scope.contains(up) || up === scope || excluded(up)) break;
      card = up;
    }
    if (card && card !== scope && scope.contains(card) && !excluded(card)) return card;
  }
  return null;
}

/** The about text and the "Top skills" of the About card. */
function readAbout(card: Element, url: string): LinkedinReading {
  const heading = card.querySelector(HEADINGS);
  const paragraphs = paragraphLines(card, null).map((l) => l.text);
  const lines = (paragraphs.length > 0 ? paragraphs : linesOf(card, true)).filter(
    (line) => !(heading && line === visibleLine(heading)) && sectionForHeading(line) !== 'about' && !isSeeMoreLine(line),
  );
  const label = lines.findIndex((line) => topSkillsAfterLabel(line) !== null);
  const aboutLines = label >= 0 ? lines.slice(0, label) : lines;
  const skillText = label >= 0 ? [topSkillsAfterLabel(lines[label]!) ?? '', ...lines.slice(label + 1)].join(' • ') : '';
  const about = aboutLines.join('\n').trim() || null;
  const skills = [...new Set(splitDots(skillText))];
  return { about, skills, links: linksIn(card, url), texts: about ? [about] : [] };
}

/** A lazy section once loaded: by its `componentkey`, by its items, else by its heading. */
function findSection(scope: Element, key: PendingSection | 'certifications', exclude: readonly (Element | null)[]): Element | null {
  if (key === 'experience' || key === 'education') {
    const byKey = queryFirst(scope, S.sduiSection[key]);
    if (byKey) return byKey;
  }
  if (key === 'skills') {
    for (const item of Array.from(scope.querySelectorAll(SKILL_ITEM))) {
      const card = item.parentElement?.closest(CARD);
      if (card && scope.contains(card) && !exclude.some((x) => x !== null && (x === card || x.contains(card) || card.contains(x)))) return card;
    }
  }
  return cardByHeading(scope, key, exclude);
}

/** The entries of a loaded section, read item by item. */
function readLoadedSection(key: PendingSection | 'certifications', section: Element, url: string): LinkedinReading {
  const selector = key === 'skills' ? `${SKILL_ITEM},${ITEM}` : ITEM;
  const keyed = outermost(Array.from(section.querySelectorAll(selector)));
  if (keyed.length === 0) return readSection(key, section, url);
  const reading: LinkedinReading = readListSection(key, keyed);
  if (key === 'experience') reading.experienceTruncated = experienceTruncated(section, reading.experience?.length ?? 0);
  return reading;
}

/** Whether a lazy wrapper has been filled (it shows any text). */
function filled(wrapper: Element): boolean {
  return (wrapper.textContent ?? '').trim().length > 0;
}

/**
 * Whether a section that was not found has simply not loaded yet. A section
 * rendered after it (LinkedIn keeps their order) means it is absent; so does a
 * page whose lazy wrappers are all filled. An empty wrapper after the last
 * filled one, or no wrapper at all, means it may still come.
 */
function stillLoading(scope: Element, key: PendingSection, found: ReadonlySet<string>): boolean {
  if (LAZY_ORDER.slice(LAZY_ORDER.indexOf(key) + 1).some((later) => found.has(later))) return false;
  const wrappers = Array.from(scope.querySelectorAll(S.sduiLazyWrapper.join(',')));
  if (wrappers.length === 0) return true;
  const state = wrappers.map(filled);
  const last = state.lastIndexOf(true);
  return last < 0 || state.slice(last + 1).includes(false);
}

/** The root the profile's cards live in: the SDUI screen, else `<main>`, else the body. */
function scopeOf(doc: Document, root: Element | null): Element | null {
  return root ?? doc.querySelector('main') ?? doc.body;
}

/** The outermost entries of a "Show all" page of the 2026 layout (none on other layouts). */
export function sduiDetailsItems(doc: Document, page: PendingSection | 'certifications'): Element[] {
  const scope = scopeOf(doc, queryFirst(doc, S.sduiScreen));
  if (!scope) return [];
  const selector = page === 'skills' ? `${SKILL_ITEM},${ITEM}` : ITEM;
  return outermost(Array.from(scope.querySelectorAll(selector)));
}

/** What the 2026 server-driven profile shows; empty on any other layout. */
export function readSdui(doc: Document, url: string): LinkedinReading {
  if (!isSduiPage(doc)) return {};
  const root = queryFirst(doc, S.sduiScreen);
  const check = nameChecker(doc);
  const top = findTopCard(doc, root, check);
  if (!top && !root) return {};
  const scope = scopeOf(doc, root);
  if (!scope) return {};
  const reading: LinkedinReading = { links: [], texts: [] };
  const topCard = top ? readTopCard(top, check, url) : {};
  // Nothing of a page that shows someone other than its title says: not its About, not its roles.
  if (topCard === 'other-person') return {};
  addSectionReading(reading, topCard);
  const aboutCard = queryFirst(scope, S.sduiAboutCard) ?? cardByHeading(scope, 'about', [top]);
  const about = aboutCard ? readAbout(aboutCard, url) : null;
  if (about) addSectionReading(reading, about);
  const found = new Set<string>();
  for (const key of [...LAZY_ORDER, 'certifications'] as const) {
    const section = findSection(scope, key, [top, aboutCard]);
    if (!section) continue;
    const loaded = readLoadedSection(key, section, url);
    const entries = key === 'experience' ? loaded.experience : key === 'education' ? loaded.education : key === 'skills' ? loaded.skills : loaded.certifications;
    // A section drawn but still without entries is a section still loading.
    if (!entries || entries.length === 0) continue;
    found.add(key);
    if (key === 'skills') loaded.skills = [...new Set([...entries as string[], ...(about?.skills ?? [])])];
    addSectionReading(reading, loaded);
  }
  if (top) {
    // Pending only on a profile we recognised (its top card), never on a page we know nothing of.
    const pending = LAZY_ORDER.filter((key) => !found.has(key) && stillLoading(scope, key, found));
    if (pending.length > 0) reading.pendingSections = pending;
  }
  return reading;
}
