/**
 * Keeps a reading within the limits of the `LinkedinProfile` schema, so a
 * hostile or enormous page (a 300 KB about, 2 000 skills) still gives a valid
 * profile: long texts are cut, long lists shortened, bad URLs dropped.
 */
import type { LinkedinProfile } from '../schemas/profile';
import { clipText } from './dom';

/**
 * The URL when the schema's HttpUrl would take it (absolute http(s), at most
 * 2048 characters), else null. Checked by hand so the content script carries
 * no schema library; the background parses the whole profile on arrival.
 */
function url(value: string | null | undefined): string | null {
  if (value == null || value.length > 2048) return null;
  try {
    const u = new URL(value);
    return u.protocol === 'https:' || u.protocol === 'http:' ? value : null;
  } catch {
    return null;
  }
}

export function clampLinkedinProfile(profile: LinkedinProfile): LinkedinProfile {
  const out: LinkedinProfile = {
    ...profile,
    slug: clipText(profile.slug, 200),
    name: clipText(profile.name, 500),
    headline: clipText(profile.headline, 5000),
    location: clipText(profile.location, 500),
    about: clipText(profile.about, 200_000),
    experience: profile.experience.slice(0, 500).map((e) => ({
      ...e,
      title: clipText(e.title, 500),
      company: clipText(e.company, 500),
      description: clipText(e.description, 100_000),
      location: clipText(e.location, 500),
      employmentType: clipText(e.employmentType, 100),
    })),
    education: profile.education.slice(0, 100).map((e) => ({ ...e, school: clipText(e.school, 500), degree: clipText(e.degree, 500) })),
    skills: profile.skills.slice(0, 1000).map((s) => clipText(s, 300)),
    certifications: profile.certifications.slice(0, 500).map((c) => ({ name: clipText(c.name, 500), issuer: clipText(c.issuer, 500) })),
    githubUrl: url(profile.githubUrl),
  };
  if (profile.avatarUrl !== undefined) out.avatarUrl = url(profile.avatarUrl);
  if (profile.topCardHints) {
    const hints = profile.topCardHints;
    out.topCardHints = {
      ...hints,
      currentCompany: clipText(hints.currentCompany, 500),
      school: clipText(hints.school, 500),
      connections: clipText(hints.connections, 50),
    };
  }
  return out;
}
