/**
 * The saved candidate: who the person is (both page readings, kept for
 * re-scoring), where they are in the hiring process, and a dated snapshot of
 * the score they had when saved. The single source of these shapes.
 */
import { z } from 'zod';
import { SkillEvidence } from '../schemas/evidence';
import { ConfidenceLevel, Priority, RequirementStatus, SeniorityBand, Stage, VerdictLabel } from '../schemas/enums';
import { Examined } from '../schemas/examined';
import { GithubProfile, HttpUrl, LinkedinProfile } from '../schemas/profile';

/** The current schema version of a stored candidate record (see migrations.ts for earlier ones). */
export const CANDIDATE_SCHEMA_VERSION = 2;

export { SeniorityBand, Stage };

/** The words a recruiter reads for each stage (the panel and the CSV show these). */
export const STAGE_LABELS: Readonly<Record<Stage, string>> = {
  sourced: 'Sourced',
  contacted: 'Contacted',
  screening: 'Screening',
  'technical-interview': 'Technical interview',
  offer: 'Offer',
  hired: 'Hired',
  rejected: 'Rejected',
};

export const SnapshotRequirement = z.object({
  id: z.string().min(1).max(100),
  label: z.string().max(200),
  priority: Priority,
  status: RequirementStatus,
});
export type SnapshotRequirement = z.infer<typeof SnapshotRequirement>;

export const SnapshotSkill = z.object({
  skill: z.string().min(1).max(100),
  strength: z.number().min(0).max(1),
});
export type SnapshotSkill = z.infer<typeof SnapshotSkill>;

const IsoDate = z.iso.datetime({ offset: true, error: 'expected an ISO date-time such as 2025-01-31T09:00:00.000Z' });

/**
 * The score when the candidate was saved, filled by the panel from the scoring
 * result. `evidence` is kept so the list can re-score against another matrix
 * without asking GitHub again.
 */
export const ScoreSnapshot = z.object({
  date: IsoDate,
  matrixId: z.string().min(1).max(200),
  matrixName: z.string().max(200),
  overall: z.number().int().min(0).max(100),
  band: SeniorityBand,
  confidence: ConfidenceLevel,
  /** labels of the must-have requirements that were met */
  mustMet: z.array(z.string().max(200)).max(200),
  /** labels of the must-have requirements that were missing (the gaps) */
  mustMissing: z.array(z.string().max(200)).max(200),
  requirements: z.array(SnapshotRequirement).max(200),
  skills: z.array(SnapshotSkill).max(1000),
  evidence: z.array(SkillEvidence).max(1000),
  /** the GitHub account's age and activity, so a re-score keeps a GitHub-only seniority estimate */
  github: z
    .object({ createdAt: z.string().max(40).nullable(), activeYears: z.number().min(0).max(60).optional() })
    .nullable()
    .optional(),
  /** what the evaluation had looked at (absent on records saved before it was kept) */
  examined: Examined.optional(),
  /** the verdict label; "insufficient" is a score pending (absent on records saved before verdicts: see snapshotVerdict) */
  verdict: VerdictLabel.optional(),
  /** true when some must-haves were not checked */
  provisional: z.boolean().optional(),
});
export type ScoreSnapshot = z.infer<typeof ScoreSnapshot>;

export const CandidateProfiles = z.object({
  github: GithubProfile.optional(),
  linkedin: LinkedinProfile.optional(),
});
export type CandidateProfiles = z.infer<typeof CandidateProfiles>;

/** The longest profile address kept (the schema's HttpUrl limit). */
export const MAX_PROFILE_URL = 2048;

/**
 * A profile address no longer than MAX_PROFILE_URL: a longer one (a query
 * string or fragment run long, from a page or an Enterprise API) is cut back
 * to its origin and first path segment (`https://host/<login>`), and dropped
 * when even that is too long. Anything that is not a string is left for the
 * schema to judge.
 */
export function clampProfileUrl(value: unknown): unknown {
  if (typeof value !== 'string' || value.length <= MAX_PROFILE_URL) return value;
  try {
    const u = new URL(value);
    const first = u.pathname.split('/').find((p) => p.length > 0);
    const short = first ? `${u.origin}/${first}` : u.origin;
    return short.length <= MAX_PROFILE_URL ? short : null;
  } catch {
    return null;
  }
}

const ProfileUrl = z.preprocess(clampProfileUrl, HttpUrl.nullable());

export const Tag = z.string().trim().min(1, 'expected a non-empty tag').max(100);
export const Tags = z.array(Tag).max(200);
export const Notes = z.string().max(100_000);

export const Candidate = z.object({
  /** `gh:<login lowercased>` or `li:<slug lowercased>`; a merged record keeps the id it was first saved under */
  id: z.string().min(1).max(300),
  schemaVersion: z.literal(CANDIDATE_SCHEMA_VERSION),
  name: z.string().max(500),
  githubLogin: z.string().max(100).nullable(),
  linkedinSlug: z.string().max(200).nullable(),
  githubUrl: ProfileUrl,
  linkedinUrl: ProfileUrl,
  avatarUrl: HttpUrl.nullable(),
  headline: z.string().max(5000).nullable(),
  location: z.string().max(500).nullable(),
  stage: Stage,
  tags: Tags,
  notes: Notes,
  /** the matrix id the candidate is considered for */
  roleId: z.string().min(1).max(200),
  snapshot: ScoreSnapshot,
  profiles: CandidateProfiles,
  createdAt: IsoDate,
  updatedAt: IsoDate,
  /**
   * Counts the writes of this record: every save, edit, import or re-score
   * adds one. An edit made against an older revision is refused as a
   * conflict (updateCandidateIfUnchanged), so a second panel never overwrites
   * the first one's notes unasked. Absent on records written before it was
   * kept: revision 0.
   */
  revision: z.number().int().nonnegative().optional(),
  /**
   * true once the recruiter chose this record's name (merging two records of
   * one person): later saves keep it instead of taking the name a profile
   * shows. Absent on records whose name follows their profiles.
   */
  nameChosen: z.literal(true).optional(),
});
export type Candidate = z.infer<typeof Candidate>;

/** A record's revision (0 when it has none yet). */
export function revisionOf(c: Pick<Candidate, 'revision'>): number {
  return c.revision ?? 0;
}

/** What the panel's save button hands to saveCandidate. Unset stage/tags/notes keep what is stored. */
export const SaveCandidateInput = z
  .object({
    profiles: CandidateProfiles,
    snapshot: ScoreSnapshot,
    /** defaults to snapshot.matrixId */
    roleId: z.string().min(1).max(200).optional(),
    stage: Stage.optional(),
    tags: Tags.optional(),
    notes: Notes.optional(),
    /** overrides for a GitHub Enterprise host; derived from the profiles otherwise (clamped to MAX_PROFILE_URL) */
    githubUrl: z.preprocess((v) => clampProfileUrl(v) ?? undefined, HttpUrl.optional()),
    linkedinUrl: z.preprocess((v) => clampProfileUrl(v) ?? undefined, HttpUrl.optional()),
    /**
     * The revision of the record the save was prepared from (0: none was
     * saved): when another panel changed (or first saved) the person since,
     * nothing is written and the save is refused as a conflict, to ask.
     * Absent: the save merges as always (notes are appended, never lost).
     */
    expectedRevision: z.number().int().nonnegative().optional(),
    /** `gh:<login>|li:<slug>` pairs the recruiter said are not one person: records linked only through such a pair are not merged */
    notSamePairs: z.array(z.string().max(400)).max(10_000).optional(),
  })
  .refine((v) => v.profiles.github !== undefined || v.profiles.linkedin !== undefined, {
    message: 'expected a GitHub or a LinkedIn profile',
    path: ['profiles'],
  });
export type SaveCandidateInput = z.infer<typeof SaveCandidateInput>;

/** What the list can edit inline. */
export const CandidatePatch = z.object({
  stage: Stage.optional(),
  tags: Tags.optional(),
  notes: Notes.optional(),
  roleId: z.string().min(1).max(200).optional(),
});
export type CandidatePatch = z.infer<typeof CandidatePatch>;
