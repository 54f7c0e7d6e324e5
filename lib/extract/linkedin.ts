/**
 * Reads a LinkedIn person's profile from the page, through every layout we
 * know: the public page's JSON-LD, the logged-in layout with section anchors
 * (2024), the hashed-class layout found by headings (2025), the server-driven
 * layout (2026), the public logged-out layout, and last a name heading the
 * page vouches for. Each strategy fills the sections the earlier ones missed,
 * and the profile says which strategy read each section. A page under a
 * profile address that shows no person (not found, sign-in wall, …) gives
 * null. Pure: (Document, url) → profile | null.
 */
import { parseLinkedinProfileUrl, type LinkedinSubPage } from '../page/linkedin-url';
import type { LinkedinPageNote, LinkedinPendingSection, LinkedinProfile, LinkedinStrategy, LinkedinTopCardHints } from '../schemas/profile';
import { absoluteHttpUrl } from './dom';
import { readAnchored } from './linkedin-anchored';
import { clampLinkedinProfile } from './linkedin-clamp';
import { findGithubUrl } from './linkedin-github';
import { readHeadings, readNameHeading } from './linkedin-headings';
import { readJsonLd } from './linkedin-jsonld';
import { hasVisibleSpans } from './linkedin-lines';
import { describeLinkedinPage } from './linkedin-page-kind';
import { isPlaceholderName } from './linkedin-name';
import { hasValue, LINKEDIN_FIELDS, type LinkedinReading } from './linkedin-reading';
import { readSdui, sduiDetailsItems } from './linkedin-sdui';
import { outerLists, readListSection, sectionItems } from './linkedin-sections';
import { readPublic } from './linkedin-public';

export { mergeLinkedinProfiles } from './linkedin-merge';
export { describeLinkedinPage } from './linkedin-page-kind';

type Reader = (doc: Document, url: string) => LinkedinReading;

/**
 * The strategies, in the order they are tried: guest JSON-LD, the 2024
 * anchored layout, the 2025 hashed layout (by headings), the 2026 server-driven
 * layout, the public layout's classes, and last a name heading the page vouches for.
 */
const STRATEGIES: readonly [Exclude<LinkedinStrategy, 'none'>, Reader][] = [
  ['json-ld', (doc) => readJsonLd(doc)],
  ['anchored', readAnchored],
  ['headings', readHeadings],
  ['sdui', readSdui],
  ['public', readPublic],
  ['headings', readNameHeading],
];

/** The lazily loaded sections, in page order. */
const PENDING_ORDER: readonly LinkedinPendingSection[] = ['experience', 'education', 'skills'];

const LIST_FIELDS = new Set(['experience', 'education', 'skills', 'certifications']);

/** How much a list section says: ten points an entry, one a filled field. */
function richness(value: unknown): number {
  if (!Array.isArray(value)) return 0;
  let score = value.length * 10;
  for (const entry of value) {
    if (entry && typeof entry === 'object') score += Object.values(entry).filter((v) => v !== null && v !== undefined).length;
  }
  return score;
}

function emptyProfile(slug: string, page: LinkedinSubPage): LinkedinProfile {
  return {
    source: 'linkedin',
    slug,
    name: null,
    headline: null,
    location: null,
    about: null,
    experience: [],
    education: [],
    skills: [],
    certifications: [],
    githubUrl: null,
    page,
    strategies: {},
  };
}

/** The main profile page: every strategy, merged section by section. */
function readMainPage(doc: Document, url: string, slug: string): LinkedinProfile {
  const profile = emptyProfile(slug, 'main');
  const strategies: Record<string, LinkedinStrategy> = {};
  const links: string[] = [];
  const texts: string[] = [];
  let truncated = false;
  const pending = new Set<LinkedinPendingSection>();
  let hints: LinkedinTopCardHints | undefined;
  for (const [strategy, read] of STRATEGIES) {
    const reading = read(doc, url);
    links.push(...(reading.links ?? []));
    texts.push(...(reading.texts ?? []));
    profile.avatarUrl ??= reading.avatarUrl ? absoluteHttpUrl(reading.avatarUrl, url) : undefined;
    for (const section of reading.pendingSections ?? []) pending.add(section);
    hints ??= reading.topCardHints;
    for (const field of LINKEDIN_FIELDS) {
      if (!hasValue(reading, field)) continue;
      // "LinkedIn Member" (an out-of-network profile) is no one's name: the recruiter is asked for it
      if (field === 'name' && isPlaceholderName(reading.name)) continue;
      // A later strategy fills what earlier ones missed, and replaces a list they read more thinly.
      if (strategies[field] && !(LIST_FIELDS.has(field) && richness(reading[field]) > richness(profile[field]))) continue;
      strategies[field] = strategy;
      Object.assign(profile, { [field]: reading[field] });
      if (field === 'experience') truncated = reading.experienceTruncated === true;
    }
  }
  profile.strategies = strategies;
  profile.githubUrl = findGithubUrl(links, texts);
  // A section another strategy read has loaded. (The 2026 reader may fill skills from the
  // About card's "Top skills" while the Skills section itself is still to come.)
  for (const section of pending) if (strategies[section] && strategies[section] !== 'sdui') pending.delete(section);
  profile.experienceComplete = !truncated && !pending.has('experience');
  if (pending.size > 0) profile.pendingSections = PENDING_ORDER.filter((s) => pending.has(s));
  if (hints) profile.topCardHints = hints;
  const sections = ['about', 'experience', 'education', 'skills', 'certifications'].some((f) => strategies[f]);
  if (profile.name === null) {
    profile.unrecognised = true;
    if (!sections) return { ...emptyProfile(slug, 'main'), unrecognised: true, experienceComplete: false };
  }
  return profile;
}

/** A details sub-page: the one list it shows, read item by item. */
function readDetailsPage(doc: Document, page: Exclude<LinkedinSubPage, 'main'>, slug: string): LinkedinProfile {
  const profile = emptyProfile(slug, page);
  // The 2026 layout: entries carry an `entity-collection-item` key (skills their own).
  const keyed = sduiDetailsItems(doc, page);
  if (keyed.length > 0) {
    const reading = readListSection(page, keyed);
    Object.assign(profile, reading);
    const found = LINKEDIN_FIELDS.some((field) => hasValue(reading, field));
    if (found) profile.strategies = { [page]: 'sdui' };
    else profile.unrecognised = true;
    if (page === 'experience') profile.experienceComplete = found;
    return profile;
  }
  const main = doc.querySelector('main') ?? doc.body;
  const section = main ? Array.from(main.querySelectorAll('section')).find((s) => sectionItems(s).length > 0) ?? main : null;
  const items = section ? sectionItems(section) : [];
  const reading = readListSection(page, items);
  Object.assign(profile, reading);
  const found = LINKEDIN_FIELDS.some((field) => hasValue(reading, field));
  if (found && section) {
    const list = outerLists(section)[0];
    profile.strategies = { [page]: list && hasVisibleSpans(list) ? 'anchored' : 'headings' };
  } else {
    profile.unrecognised = true;
  }
  if (page === 'experience') profile.experienceComplete = found;
  return profile;
}

/**
 * The person a LinkedIn page shows, or null when the page is not a person's
 * profile (feed, search, company, jobs, messaging; and under a profile address
 * a not-found page, the sign-in wall, an unavailable or private profile, an
 * error page or an anti-bot check: `describeLinkedinPage` says which). A
 * profile URL whose layout is not understood gives the slug, empty fields and
 * `unrecognised: true`.
 */
export function extractLinkedinProfile(doc: Document, url: string): LinkedinProfile | null {
  return readLinkedinPage(doc, url).profile;
}

/**
 * What a LinkedIn page shows, read once: the person (as `extractLinkedinProfile`
 * gives it), or under a profile address that shows none, what the page is.
 * The content script reports both from one reading.
 */
export function readLinkedinPage(doc: Document, url: string): { profile: LinkedinProfile | null; note: LinkedinPageNote | null } {
  const parsed = parseLinkedinProfileUrl(url);
  if (!parsed) return { profile: null, note: null };
  const note = describeLinkedinPage(doc, url);
  if (note !== null) return { profile: null, note };
  const profile = parsed.page === 'main' ? readMainPage(doc, url, parsed.slug) : readDetailsPage(doc, parsed.page, parsed.slug);
  return { profile: clampLinkedinProfile(profile), note: null };
}
