/**
 * Who a candidate is.
 *
 * A person is known by keys: `gh:<login>` and `li:<slug>` (lowercased). A
 * record *owns* the keys of the profiles it was read from, and *links* to the
 * keys its profiles point at (a GitHub profile's LinkedIn link, a LinkedIn
 * profile's GitHub link). A link is a claim, not proof: two records are the
 * same person when they own a key in common, or when each links to the other
 * (the link is confirmed both ways), and they do not own two different logins
 * or slugs. A one-way link never merges two records.
 * Folding two records of one person into one is `merge.ts`.
 */
import type { GithubProfile, LinkedinProfile } from '../schemas/profile';
import { githubLoginFromUrl, githubLoginOf, linkedinSlugFromUrl, linkedinSlugsOf } from '../page/profile-links';
import type { Candidate, CandidateProfiles } from './schema';

export type PersonKey = `gh:${string}` | `li:${string}`;

const NO_PAIRS: ReadonlySet<string> = new Set();

export function githubKey(login: string): PersonKey {
  return `gh:${login.toLowerCase()}`;
}

export function linkedinKey(slug: string): PersonKey {
  return `li:${slug.toLowerCase()}`;
}

/** The pair a recruiter confirms or rejects ("Is this their GitHub?", "Not the same person"), as stored: `gh:<login>|li:<slug>`, lowercased. */
export function pairKey(login: string, slug: string): string {
  return `${githubKey(login)}|${linkedinKey(slug)}`;
}

/** The id a new record gets: the GitHub login when there is a GitHub profile, else the LinkedIn slug. */
export function candidateIdFor(profile: GithubProfile | LinkedinProfile | CandidateProfiles): string {
  if ('source' in profile) return profile.source === 'github' ? githubKey(profile.login) : linkedinKey(profile.slug);
  if (profile.github) return githubKey(profile.github.login);
  if (profile.linkedin) return linkedinKey(profile.linkedin.slug);
  throw new Error('candidateIdFor: expected a GitHub or a LinkedIn profile');
}

type Identity = Pick<Candidate, 'id' | 'githubLogin' | 'linkedinSlug' | 'githubUrl' | 'linkedinUrl' | 'profiles'>;

/** The keys of the profiles this record was read from. */
export function ownKeys(c: Identity): PersonKey[] {
  const keys = new Set<PersonKey>();
  if (c.githubLogin) keys.add(githubKey(c.githubLogin));
  if (c.linkedinSlug) keys.add(linkedinKey(c.linkedinSlug));
  if (c.id.startsWith('gh:') || c.id.startsWith('li:')) keys.add(c.id.toLowerCase() as PersonKey);
  return [...keys];
}

/** The keys this record's profiles point at. */
export function linkKeys(c: Identity): PersonKey[] {
  const keys = new Set<PersonKey>();
  if (c.profiles.github) for (const slug of linkedinSlugsOf(c.profiles.github)) keys.add(linkedinKey(slug));
  if (c.profiles.linkedin) {
    const login = githubLoginOf(c.profiles.linkedin);
    if (login) keys.add(githubKey(login));
  }
  if (!c.githubLogin && c.githubUrl) {
    const login = githubLoginFromUrl(c.githubUrl);
    if (login) keys.add(githubKey(login));
  }
  if (!c.linkedinSlug && c.linkedinUrl) {
    const slug = linkedinSlugFromUrl(c.linkedinUrl);
    if (slug) keys.add(linkedinKey(slug));
  }
  for (const own of ownKeys(c)) keys.delete(own);
  return [...keys];
}

/** Every key under which this record can be found (the store indexes these). */
export function personKeys(c: Identity): PersonKey[] {
  return [...new Set([...ownKeys(c), ...linkKeys(c)])];
}

/** false when the two records own two different GitHub logins or two different LinkedIn slugs. */
export function compatible(a: Identity, b: Identity): boolean {
  if (a.githubLogin && b.githubLogin && a.githubLogin.toLowerCase() !== b.githubLogin.toLowerCase()) return false;
  if (a.linkedinSlug && b.linkedinSlug && a.linkedinSlug.toLowerCase() !== b.linkedinSlug.toLowerCase()) return false;
  return true;
}

/** Whether the recruiter said the GitHub account of one record and the LinkedIn profile of the other are not one person. */
function refusedPair(a: Identity, b: Identity, notSame: ReadonlySet<string>): boolean {
  if (notSame.size === 0) return false;
  const pairs = [
    [a.githubLogin, b.linkedinSlug],
    [b.githubLogin, a.linkedinSlug],
  ];
  return pairs.some(([login, slug]) => login && slug && notSame.has(pairKey(login, slug)));
}

/**
 * Whether two records are one person: the same id, a key both own, or links
 * each way, unless the recruiter said that GitHub account and that LinkedIn
 * profile are not one person (`notSame`, pair keys).
 */
export function isSamePerson(a: Identity, b: Identity, notSame: ReadonlySet<string> = NO_PAIRS): boolean {
  if (a.id === b.id) return true;
  if (!compatible(a, b)) return false;
  const aOwn = ownKeys(a);
  const bOwn = ownKeys(b);
  if (aOwn.some((k) => bOwn.includes(k))) return true;
  if (refusedPair(a, b, notSame)) return false;
  // a link is a claim: two records are one person only when each points at the other
  const aLinks = new Set(linkKeys(a));
  const bLinks = new Set(linkKeys(b));
  return bOwn.some((k) => aLinks.has(k)) && aOwn.some((k) => bLinks.has(k));
}

/**
 * Every stored record that is the incoming person, best match first (the same
 * id, then a shared own key, then a link). Each one is compatible with the
 * ones before it, so all of them can fold into one record.
 */
export function matchingCandidates<T extends Identity>(candidates: readonly T[], incoming: Identity, notSame: ReadonlySet<string> = NO_PAIRS): T[] {
  const incomingOwn = new Set(ownKeys(incoming));
  const rank = (c: T): number => (c.id === incoming.id ? 0 : ownKeys(c).some((k) => incomingOwn.has(k)) ? 1 : 2);
  const found = candidates.filter((c) => isSamePerson(c, incoming, notSame)).sort((a, b) => rank(a) - rank(b));
  const chosen: T[] = [];
  for (const c of found) {
    if (chosen.every((d) => compatible(c, d))) chosen.push(c);
  }
  return chosen;
}

/** The stored record that is the incoming person, if any. */
export function findSamePerson<T extends Identity>(candidates: readonly T[], incoming: Identity): T | undefined {
  return matchingCandidates(candidates, incoming)[0];
}

