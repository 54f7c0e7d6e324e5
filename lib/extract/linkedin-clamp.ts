/**
 * Keeps a reading within the limits of the `LinkedinProfile` schema, so a
 * hostile or enormous page (a 300 KB about, 2 000 skills) still gives a valid
 * profile: long texts are cut, long lists shortened, bad URLs dropped.
 */
import { HttpUrl, type LinkedinProfile } from '../schemas/profile';

function cut(value: string, max: number): string {
  return value.length > max ? value.slice(0, max) : value;
}

function cutOrNull(value: string | null | undefined, max: number): string | null {
  return value == null ? null : cut(value, max);
}

function url(value: string | null | undefined): string | null {
  return value != null && HttpUrl.safeParse(value).success ? value : null;
}

export function clampLinkedinProfile(profile: LinkedinProfile): LinkedinProfile {
  const out: LinkedinProfile = {
    ...profile,
    slug: cut(profile.slug, 200),
    name: cutOrNull(profile.name, 500),
    headline: cutOrNull(profile.headline, 5000),
    location: cutOrNull(profile.location, 500),
    about: cutOrNull(profile.about, 200_000),
    experience: profile.experience.slice(0, 500).map((e) => ({
      ...e,
      title: cut(e.title, 500),
      company: cutOrNull(e.company, 500),
      description: cutOrNull(e.description, 100_000),
      location: cutOrNull(e.location, 500),
      employmentType: cutOrNull(e.employmentType, 100),
    })),
    education: profile.education.slice(0, 100).map((e) => ({ ...e, school: cut(e.school, 500), degree: cutOrNull(e.degree, 500) })),
    skills: profile.skills.slice(0, 1000).map((s) => cut(s, 300)),
    certifications: profile.certifications.slice(0, 500).map((c) => ({ name: cut(c.name, 500), issuer: cutOrNull(c.issuer, 500) })),
    githubUrl: url(profile.githubUrl),
  };
  if (profile.avatarUrl !== undefined) out.avatarUrl = url(profile.avatarUrl);
  return out;
}
