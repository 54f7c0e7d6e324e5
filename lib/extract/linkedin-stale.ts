/**
 * LinkedIn swaps the URL before it swaps the page: for a moment after a
 * navigation from one person to another, the DOM still shows the previous
 * person. This tells that case apart, so the previous person's data is never
 * sent for the new URL.
 */
import type { LinkedinProfile } from '../schemas/profile';

export interface ShownPerson {
  slug: string;
  fingerprint: string;
}

/** What identifies the person a reading shows (its visible content, not its URL). */
function personFingerprint(profile: LinkedinProfile): string {
  return JSON.stringify([profile.name, profile.headline, profile.location, profile.about, profile.experience]);
}

/** What a reading shows, to compare later readings with; null when it shows no one. */
export function shownPerson(profile: LinkedinProfile | null): ShownPerson | null {
  if (!profile || profile.name === null) return null;
  return { slug: profile.slug.toLowerCase(), fingerprint: personFingerprint(profile) };
}

/**
 * True when `current` (for a new URL) still shows the person last shown for
 * another slug: the page has not rendered the new person yet.
 */
export function isStaleReading(previous: ShownPerson | null, current: LinkedinProfile | null): boolean {
  if (!previous || !current || current.name === null) return false;
  if (previous.slug === current.slug.toLowerCase()) return false;
  return previous.fingerprint === personFingerprint(current);
}
