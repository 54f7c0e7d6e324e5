/**
 * Who a candidate is, and folding two records of the same person into one.
 *
 * A person is known by keys: `gh:<login>` and `li:<slug>` (lowercased). A
 * record *owns* the keys of the profiles it was read from, and *links* to the
 * keys its profiles point at (a GitHub profile's LinkedIn link, a LinkedIn
 * profile's GitHub link). Two records are the same person when one owns a key
 * the other owns or links to, and they do not own two different logins or slugs.
 */
import { githubUrlFromLink } from '../extract/linkedin-github';
import type { GithubProfile, LinkedinProfile } from '../schemas/profile';
import { CANDIDATE_SCHEMA_VERSION, type Candidate, type CandidateProfiles, type SaveCandidateInput } from './schema';
import { githubProfileUrl, linkedinProfileUrl } from '../page/profile-urls';

export type PersonKey = `gh:${string}` | `li:${string}`;

export interface MergeConflict {
  id: string;
  field: 'stage' | 'notes' | 'snapshot' | 'name';
  /** what the merged record holds */
  kept: string;
  /** what the incoming record said */
  incoming: string;
}

export interface MergeOptions {
  /** true when the incoming save chose a stage (it then replaces the stored one) */
  incomingSetsStage?: boolean;
  /** the merge time (ISO); updatedAt becomes at least this */
  now?: string;
}

export interface MergeResult {
  candidate: Candidate;
  conflicts: MergeConflict[];
}

export function githubKey(login: string): PersonKey {
  return `gh:${login.toLowerCase()}`;
}

export function linkedinKey(slug: string): PersonKey {
  return `li:${slug.toLowerCase()}`;
}

/** The GitHub login a link names (`https://github.com/<login>` or a repository of theirs); null otherwise. */
export function githubLoginFromUrl(url: string): string | null {
  const normal = githubUrlFromLink(url);
  return normal ? (normal.split('/')[3] ?? null) : null;
}

/** The slug of a LinkedIn profile link (`linkedin.com/in/<slug>`, any LinkedIn subdomain, http or https). */
export function linkedinSlugFromUrl(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
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

export { githubProfileUrl, linkedinDetailsUrl, linkedinProfileUrl } from '../page/profile-urls';

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

export function isSamePerson(a: Identity, b: Identity): boolean {
  if (a.id === b.id) return true;
  if (!compatible(a, b)) return false;
  const aOwn = ownKeys(a);
  const bOwn = ownKeys(b);
  const bAll = new Set([...bOwn, ...linkKeys(b)]);
  if (aOwn.some((k) => bAll.has(k))) return true;
  const aLinks = new Set(linkKeys(a));
  return bOwn.some((k) => aLinks.has(k));
}

/**
 * Every stored record that is the incoming person, best match first (the same
 * id, then a shared own key, then a link). Each one is compatible with the
 * ones before it, so all of them can fold into one record.
 */
export function matchingCandidates<T extends Identity>(candidates: readonly T[], incoming: Identity): T[] {
  const incomingOwn = new Set(ownKeys(incoming));
  const rank = (c: T): number => (c.id === incoming.id ? 0 : ownKeys(c).some((k) => incomingOwn.has(k)) ? 1 : 2);
  const found = candidates.filter((c) => isSamePerson(c, incoming)).sort((a, b) => rank(a) - rank(b));
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

/** Tags of both, without case-insensitive duplicates, in first-seen order. */
export function unionTags(a: readonly string[], b: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of [...a, ...b]) {
    const tag = raw.trim();
    const key = tag.toLowerCase();
    if (tag.length === 0 || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

/** The longest tag a recruiter can type; longer ones are cut. */
export const MAX_TAG_LENGTH = 100;

/** Tags typed as text, separated by commas or semicolons: each trimmed and cut to MAX_TAG_LENGTH, blanks and case-insensitive repeats dropped (the first spelling stays). */
export function parseTags(text: string): string[] {
  return unionTags(
    text.split(/[,;]/).map((raw) => raw.trim().slice(0, MAX_TAG_LENGTH)),
    [],
  );
}

/** The GitHub login or LinkedIn slug a record is known by, else its id. */
export function handleOf(c: Pick<Candidate, 'id' | 'githubLogin' | 'linkedinSlug'>): string {
  return c.githubLogin ?? c.linkedinSlug ?? c.id;
}

/** The name a record is shown under: its name, else its handle. */
export function displayName(c: Pick<Candidate, 'id' | 'name' | 'githubLogin' | 'linkedinSlug'>): string {
  return c.name.trim() || handleOf(c);
}

/**
 * The role a record is considered for, as a recruiter knows it: the matrix's
 * current name (from `names`, matrix id → name), else the name the matrix had
 * when the snapshot was scored for that role, else the role id.
 */
export function roleNameOf(c: Pick<Candidate, 'roleId' | 'snapshot'>, names?: ReadonlyMap<string, string>): string {
  const known = names?.get(c.roleId);
  if (known) return known;
  if (c.snapshot.matrixId === c.roleId && c.snapshot.matrixName) return c.snapshot.matrixName;
  return c.roleId;
}

/**
 * Notes are never lost: blank incoming notes keep the stored ones; notes that
 * extend or repeat the stored ones replace them; anything else is appended.
 */
export function combineNotes(existing: string, incoming: string): { notes: string; appended: boolean } {
  const a = existing.trim();
  const b = incoming.trim();
  if (b.length === 0 || a === b || a.includes(b)) return { notes: existing, appended: false };
  if (a.length === 0 || b.includes(a)) return { notes: incoming, appended: false };
  return { notes: `${existing.trimEnd()}\n\n${incoming.trim()}`, appended: true };
}

function clip(text: string | null | undefined, max: number): string | null {
  if (text === null || text === undefined) return null;
  const t = text.trim();
  return t.length === 0 ? null : t.slice(0, max);
}

type Derived = Pick<Candidate, 'name' | 'githubLogin' | 'linkedinSlug' | 'githubUrl' | 'linkedinUrl' | 'avatarUrl' | 'headline' | 'location'>;

/** The display and identity fields that follow from the profiles; `fallback` fills what the profiles do not say. */
export function deriveFields(profiles: CandidateProfiles, fallback?: Partial<Derived>): Derived {
  const gh = profiles.github;
  const li = profiles.linkedin;
  const linkedSlug = gh ? linkedinSlugsOf(gh)[0] : undefined;
  return {
    name: clip(li?.name, 500) ?? clip(gh?.name, 500) ?? clip(fallback?.name, 500) ?? gh?.login ?? li?.slug ?? '',
    githubLogin: gh?.login ?? fallback?.githubLogin ?? null,
    linkedinSlug: li?.slug ?? fallback?.linkedinSlug ?? null,
    githubUrl: gh ? githubProfileUrl(gh.login) : (fallback?.githubUrl ?? li?.githubUrl ?? null),
    linkedinUrl: li
      ? linkedinProfileUrl(li.slug)
      : (fallback?.linkedinUrl ?? (linkedSlug ? linkedinProfileUrl(linkedSlug) : null)),
    avatarUrl: gh?.avatarUrl ?? li?.avatarUrl ?? fallback?.avatarUrl ?? null,
    headline: clip(li?.headline, 5000) ?? clip(gh?.bio, 5000) ?? fallback?.headline ?? null,
    location: clip(li?.location, 500) ?? clip(gh?.location, 500) ?? fallback?.location ?? null,
  };
}

/** A new record from what the save button sends; `now` is an ISO date-time. */
export function candidateFromSave(input: SaveCandidateInput, now: string): Candidate {
  const derived = deriveFields(input.profiles);
  return {
    id: candidateIdFor(input.profiles),
    schemaVersion: CANDIDATE_SCHEMA_VERSION,
    ...derived,
    githubUrl: input.githubUrl ?? derived.githubUrl,
    linkedinUrl: input.linkedinUrl ?? derived.linkedinUrl,
    stage: input.stage ?? 'sourced',
    tags: unionTags(input.tags ?? [], []),
    notes: input.notes ?? '',
    roleId: input.roleId ?? input.snapshot.matrixId,
    snapshot: input.snapshot,
    profiles: input.profiles,
    createdAt: now,
    updatedAt: now,
  };
}

function later(a: string, b: string): string {
  return Date.parse(b) > Date.parse(a) ? b : a;
}

function earlier(a: string, b: string): string {
  return Date.parse(b) < Date.parse(a) ? b : a;
}

/**
 * One record from two records of the same person. `existing` keeps its id,
 * its stage (unless the incoming save sets one) and its notes (the incoming
 * ones are appended when different); tags are united; the newer snapshot
 * wins, with the role it was scored for; each profile comes from the more
 * recently updated record that has it, so a GitHub and a LinkedIn record
 * merge into one candidate that keeps both.
 */
export function mergeCandidates(existing: Candidate, incoming: Candidate, options: MergeOptions = {}): MergeResult {
  const conflicts: MergeConflict[] = [];
  const incomingNewer = Date.parse(incoming.updatedAt) >= Date.parse(existing.updatedAt);
  const [newer, older] = incomingNewer ? [incoming, existing] : [existing, incoming];
  const profiles: CandidateProfiles = {};
  const github = newer.profiles.github ?? older.profiles.github;
  const linkedin = newer.profiles.linkedin ?? older.profiles.linkedin;
  if (github) profiles.github = github;
  if (linkedin) profiles.linkedin = linkedin;

  const snapshotFromIncoming = Date.parse(incoming.snapshot.date) >= Date.parse(existing.snapshot.date);
  const snapshotSide = snapshotFromIncoming ? incoming : existing;
  if (!snapshotFromIncoming) {
    conflicts.push({ id: existing.id, field: 'snapshot', kept: existing.snapshot.date, incoming: incoming.snapshot.date });
  }

  let stage = existing.stage;
  if (options.incomingSetsStage) stage = incoming.stage;
  else if (incoming.stage !== existing.stage) conflicts.push({ id: existing.id, field: 'stage', kept: existing.stage, incoming: incoming.stage });

  const notes = combineNotes(existing.notes, incoming.notes);
  if (notes.appended) conflicts.push({ id: existing.id, field: 'notes', kept: notes.notes, incoming: incoming.notes });

  const fallback: Partial<Derived> = {
    name: newer.name || older.name,
    githubLogin: newer.githubLogin ?? older.githubLogin,
    linkedinSlug: newer.linkedinSlug ?? older.linkedinSlug,
    githubUrl: newer.githubUrl ?? older.githubUrl,
    linkedinUrl: newer.linkedinUrl ?? older.linkedinUrl,
    avatarUrl: newer.avatarUrl ?? older.avatarUrl,
    headline: newer.headline ?? older.headline,
    location: newer.location ?? older.location,
  };
  const derived = deriveFields(profiles, fallback);
  // the URL comes from the record that supplied the profile (it may name an Enterprise host)
  const githubSide = newer.profiles.github ? newer : older.profiles.github ? older : null;
  const linkedinSide = newer.profiles.linkedin ? newer : older.profiles.linkedin ? older : null;
  derived.githubUrl = githubSide?.githubUrl ?? derived.githubUrl;
  derived.linkedinUrl = linkedinSide?.linkedinUrl ?? derived.linkedinUrl;

  let updatedAt = later(existing.updatedAt, incoming.updatedAt);
  if (options.now) updatedAt = later(updatedAt, options.now);

  return {
    candidate: {
      id: existing.id,
      schemaVersion: CANDIDATE_SCHEMA_VERSION,
      ...derived,
      stage,
      tags: unionTags(existing.tags, incoming.tags),
      notes: notes.notes,
      roleId: snapshotSide.roleId,
      snapshot: snapshotSide.snapshot,
      profiles,
      createdAt: earlier(existing.createdAt, incoming.createdAt),
      updatedAt,
    },
    conflicts,
  };
}
