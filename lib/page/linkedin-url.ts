/** URL predicates for www.linkedin.com and the country hosts logged-out visitors are sent to (se.linkedin.com). */

export type LinkedinSubPage = 'main' | 'experience' | 'skills' | 'certifications' | 'education';

export interface LinkedinProfileUrl {
  slug: string;
  page: LinkedinSubPage;
}

const SLUG = /^[A-Za-z0-9\-_%]{2,200}$/;

/** `www.linkedin.com`, or a country host such as `se.linkedin.com` or `de.linkedin.com`. */
export function isLinkedinPageHost(hostname: string): boolean {
  return hostname === 'www.linkedin.com' || /^[a-z]{2}\.linkedin\.com$/.test(hostname);
}

/** Parses `/in/<slug>/` and its `/details/<section>/` sub-pages; null for anything else. */
export function parseLinkedinProfileUrl(url: string): LinkedinProfileUrl | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' || !isLinkedinPageHost(u.hostname)) return null;
  const parts = u.pathname.split('/').filter((s) => s.length > 0);
  if (parts[0] !== 'in' || parts.length < 2) return null;
  const slug = parts[1]!;
  if (!SLUG.test(slug)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(slug);
  } catch {
    return null;
  }
  if (parts.length === 2) return { slug: decoded, page: 'main' };
  if (parts.length === 4 && parts[2] === 'details') {
    const section = parts[3];
    if (section === 'experience' || section === 'skills' || section === 'certifications' || section === 'education') {
      return { slug: decoded, page: section };
    }
  }
  return null;
}

export function isLinkedinProfile(url: string): boolean {
  return parseLinkedinProfileUrl(url) !== null;
}
