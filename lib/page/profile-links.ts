/**
 * Which person a link names: the GitHub login in a GitHub link, the slug in a
 * LinkedIn profile link, and the links a profile reading carries to the other
 * site. The addresses themselves are built in `profile-urls.ts`.
 */
import type { GithubProfile, LinkedinProfile } from '../schemas/profile';
import { GITHUB_LOGIN, GITHUB_RESERVED_PATHS } from './github-url';

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** A link behind LinkedIn's redirect (`https://www.linkedin.com/redir/redirect?url=…`) is read as its target. */
function followLinkedinRedirect(u: URL): URL {
  if (!u.hostname.endsWith('linkedin.com')) return u;
  const target = u.searchParams.get('url');
  return (target && parse(target)) || u;
}

/** The GitHub login a link names (`https://github.com/<login>` or a repository of theirs); null otherwise. */
export function githubLoginFromUrl(url: string): string | null {
  const parsed = parse(url);
  if (!parsed) return null;
  const u = followLinkedinRedirect(parsed);
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  if (u.hostname !== 'github.com' && u.hostname !== 'www.github.com') return null;
  const login = u.pathname.split('/').find((s) => s.length > 0);
  if (!login || !GITHUB_LOGIN.test(login) || GITHUB_RESERVED_PATHS.has(login.toLowerCase())) return null;
  return login;
}

/** The slug of a LinkedIn profile link (`linkedin.com/in/<slug>`, any LinkedIn subdomain, http or https). */
export function linkedinSlugFromUrl(url: string): string | null {
  const u = parse(url);
  if (!u) return null;
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  if (u.hostname !== 'linkedin.com' && !u.hostname.endsWith('.linkedin.com')) return null;
  const parts = u.pathname.split('/').filter((s) => s.length > 0);
  if (parts[0] !== 'in' || !parts[1]) return null;
  try {
    const slug = decodeURIComponent(parts[1]).trim();
    return slug.length > 0 && slug.length <= 200 ? slug : null;
  } catch {
    return null;
  }
}

/** The LinkedIn slugs a GitHub profile links to from its website or social links. */
export function linkedinSlugsOf(profile: GithubProfile): string[] {
  const links = profile.website ? [profile.website, ...profile.socialLinks] : profile.socialLinks;
  const out: string[] = [];
  for (const link of links) {
    const slug = linkedinSlugFromUrl(link);
    if (slug && !out.includes(slug)) out.push(slug);
  }
  return out;
}

/** The GitHub login a LinkedIn profile links to, or null. */
export function githubLoginOf(profile: LinkedinProfile): string | null {
  return profile.githubUrl ? githubLoginFromUrl(profile.githubUrl) : null;
}
