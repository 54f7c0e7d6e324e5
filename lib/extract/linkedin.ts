/**
 * Reads a LinkedIn person's profile from the page, through every layout we
 * know: the public page's JSON-LD, the logged-in layout with section anchors,
 * the hashed-class layout found by headings, and the public logged-out layout.
 * Each strategy fills the sections the earlier ones missed, and the profile
 * says which strategy read each section. Pure: (Document, url) → profile | null.
 */
import { parseLinkedinProfileUrl, type LinkedinSubPage } from '../page/linkedin-url';
import type { LinkedinProfile, LinkedinStrategy } from '../schemas/profile';
import { absoluteHttpUrl } from './dom';
import { readAnchored } from './linkedin-anchored';
import { clampLinkedinProfile } from './linkedin-clamp';
import { findGithubUrl } from './linkedin-github';
import { readHeadings } from './linkedin-headings';
import { readJsonLd } from './linkedin-jsonld';
import { hasVisibleSpans } from './linkedin-lines';
import { hasValue, LINKEDIN_FIELDS, type LinkedinReading } from './linkedin-reading';
import { outerLists, readListSection, sectionItems } from './linkedin-sections';
import { readPublic } from './linkedin-public';

export { mergeLinkedinProfiles } from './linkedin-merge';

type Reader = (doc: Document, url: string) => LinkedinReading;

/** The strategies, in the order they are tried. */
const STRATEGIES: readonly [Exclude<LinkedinStrategy, 'none'>, Reader][] = [
  ['json-ld', (doc) => readJsonLd(doc)],
  ['anchored', readAnchored],
  ['headings', readHeadings],
  ['public', readPublic],
];

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
  for (const [strategy, read] of STRATEGIES) {
    const reading = read(doc, url);
    links.push(...(reading.links ?? []));
    texts.push(...(reading.texts ?? []));
    profile.avatarUrl ??= reading.avatarUrl ? absoluteHttpUrl(reading.avatarUrl, url) : undefined;
    for (const field of LINKEDIN_FIELDS) {
      if (!hasValue(reading, field)) continue;
      // A later strategy fills what earlier ones missed, and replaces a list they read more thinly.
      if (strategies[field] && !(LIST_FIELDS.has(field) && richness(reading[field]) > richness(profile[field]))) continue;
      strategies[field] = strategy;
      Object.assign(profile, { [field]: reading[field] });
      if (field === 'experience') truncated = reading.experienceTruncated === true;
    }
  }
  profile.strategies = strategies;
  profile.githubUrl = findGithubUrl(links, texts);
  profile.experienceComplete = !truncated;
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
 * profile (feed, search, company, jobs, messaging). A profile URL whose layout
 * is not understood gives the slug, empty fields and `unrecognised: true`.
 */
export function extractLinkedinProfile(doc: Document, url: string): LinkedinProfile | null {
  const parsed = parseLinkedinProfileUrl(url);
  if (!parsed) return null;
  const profile = parsed.page === 'main' ? readMainPage(doc, url, parsed.slug) : readDetailsPage(doc, parsed.page, parsed.slug);
  return clampLinkedinProfile(profile);
}
