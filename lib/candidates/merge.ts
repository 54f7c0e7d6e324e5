/** Folding two records of the same person into one, and the new record a save makes. */
import { githubProfileUrl, linkedinProfileUrl } from '../page/profile-urls';
import { linkedinSlugsOf } from '../page/profile-links';
import { candidateIdFor } from './identity';
import { CANDIDATE_SCHEMA_VERSION, type Candidate, type CandidateProfiles, type SaveCandidateInput } from './schema';
import { unionTags } from './tags';
import { singleLine } from '../safe-text';

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
  /** the merge time (ISO); updatedAt becomes at least this, and no date of the result is later */
  now?: string;
  /**
   * true for a save made now (the panel's Save, a bulk run): its snapshot is
   * the person's score whatever date the stored one carries, so a record
   * dated in the future (an old import) cannot freeze the score.
   */
  freshSave?: boolean;
}

export interface MergeResult {
  candidate: Candidate;
  conflicts: MergeConflict[];
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

/** One line of display text: invisible and control characters out (lib/safe-text.ts), trimmed, at most `max`. */
function clip(text: string | null | undefined, max: number): string | null {
  if (text === null || text === undefined) return null;
  const t = singleLine(text);
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
    headline: clip(li?.headline, 5000) ?? clip(gh?.bio, 5000) ?? clip(fallback?.headline, 5000),
    location: clip(li?.location, 500) ?? clip(gh?.location, 500) ?? clip(fallback?.location, 500),
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

/** `date`, or `now` when `date` is later (a clock set ahead, a hand-edited or old imported record). */
export function notAfter(date: string, now: string | undefined): string {
  return now !== undefined && Date.parse(date) > Date.parse(now) ? now : date;
}

/** The record with no date later than `now` (its snapshot's, its creation's, its last change's). */
export function clampDates(c: Candidate, now: string): Candidate {
  const snapshotDate = notAfter(c.snapshot.date, now);
  const createdAt = notAfter(c.createdAt, now);
  const updatedAt = notAfter(c.updatedAt, now);
  if (snapshotDate === c.snapshot.date && createdAt === c.createdAt && updatedAt === c.updatedAt) return c;
  return { ...c, snapshot: { ...c.snapshot, date: snapshotDate }, createdAt, updatedAt };
}

/**
 * One record from two records of the same person. `existing` keeps its id,
 * its stage (unless the incoming save sets one) and its notes (the incoming
 * ones are appended when different); tags are united; the newer snapshot
 * wins, with the role it was scored for; each profile comes from the more
 * recently updated record that has it, so a GitHub and a LinkedIn record
 * merge into one candidate that keeps both.
 */
export function mergeCandidates(storedRecord: Candidate, incomingRecord: Candidate, options: MergeOptions = {}): MergeResult {
  const existing = options.now ? clampDates(storedRecord, options.now) : storedRecord;
  const incoming = options.now ? clampDates(incomingRecord, options.now) : incomingRecord;
  const conflicts: MergeConflict[] = [];
  const incomingNewer = Date.parse(incoming.updatedAt) >= Date.parse(existing.updatedAt);
  const [newer, older] = incomingNewer ? [incoming, existing] : [existing, incoming];
  const profiles: CandidateProfiles = {};
  const github = newer.profiles.github ?? older.profiles.github;
  const linkedin = newer.profiles.linkedin ?? older.profiles.linkedin;
  if (github) profiles.github = github;
  if (linkedin) profiles.linkedin = linkedin;

  const snapshotFromIncoming = options.freshSave === true || Date.parse(incoming.snapshot.date) >= Date.parse(existing.snapshot.date);
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
  // a name the recruiter chose stays: no profile's name replaces it
  const chosen = existing.nameChosen && existing.name ? existing : incoming.nameChosen && incoming.name ? incoming : null;
  if (chosen) derived.name = chosen.name;
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
      ...(existing.revision !== undefined ? { revision: existing.revision } : {}),
      ...(chosen ? { nameChosen: true as const } : {}),
    },
    conflicts,
  };
}
