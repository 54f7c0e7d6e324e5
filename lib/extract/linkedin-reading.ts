/**
 * What one reading strategy found on a LinkedIn page, before the strategies'
 * findings are merged into a profile. A field left undefined was not found.
 */
import type { LinkedinPendingSection, LinkedinProfile, LinkedinTopCardHints } from '../schemas/profile';

type LinkedinField =
  | 'name'
  | 'headline'
  | 'location'
  | 'about'
  | 'experience'
  | 'education'
  | 'skills'
  | 'certifications';

export const LINKEDIN_FIELDS: readonly LinkedinField[] = [
  'name',
  'headline',
  'location',
  'about',
  'experience',
  'education',
  'skills',
  'certifications',
];

export type LinkedinReading = Partial<Pick<LinkedinProfile, LinkedinField | 'avatarUrl'>> & {
  /** Links that may be the person's GitHub (contact links, website, about links, sameAs). */
  links?: string[];
  /** Text where a `github.com/<login>` may be written (the about). */
  texts?: string[];
  /** The page says it shows only some roles. */
  experienceTruncated?: boolean;
  /** Sections the page has not loaded yet (the 2026 layout loads them on scroll). */
  pendingSections?: LinkedinPendingSection[];
  /** What the top card says besides name, headline and location: hints, never roles. */
  topCardHints?: LinkedinTopCardHints;
};

/** Whether a field holds something (a non-empty string or list). */
export function hasValue(reading: LinkedinReading, field: LinkedinField): boolean {
  const value = reading[field];
  if (value === undefined || value === null) return false;
  if (Array.isArray(value)) return value.length > 0;
  return typeof value === 'string' ? value.length > 0 : false;
}

/**
 * Adds what one section gave to a strategy's reading: its fields replace the
 * reading's, its links and texts are appended to those already found.
 */
export function addSectionReading(reading: LinkedinReading, found: LinkedinReading): void {
  Object.assign(reading, {
    ...found,
    links: [...(reading.links ?? []), ...(found.links ?? [])],
    texts: [...(reading.texts ?? []), ...(found.texts ?? [])],
  });
}
