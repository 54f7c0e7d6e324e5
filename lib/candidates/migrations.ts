/**
 * Pure migrations of a stored candidate record from every earlier schema
 * version to the current one. An old record is migrated, never dropped; a
 * record that cannot be read is reported with the reason.
 *
 * v1 (the first release): no `schemaVersion` field (or `1`); `stage` held the
 *   capitalised label ("Technical interview"); one `profile` (GitHub or
 *   LinkedIn); a `score` of `{overall, band, matrixId, date}` with no
 *   evidence; `savedAt` in epoch milliseconds.
 * v2: the current Candidate (schema.ts): both profiles, a full snapshot,
 *   ISO createdAt/updatedAt.
 */
import { z } from 'zod';
import { PageProfile } from '../schemas/profile';
import { deriveFields } from './merge';
import { CANDIDATE_SCHEMA_VERSION, Candidate, type CandidateProfiles, SeniorityBand, type Stage } from './schema';
import { formatPath } from '../schemas/issue-path';
import { githubProfileUrl, linkedinProfileUrl } from '../page/profile-urls';

const V1_STAGES = {
  Sourced: 'sourced',
  Contacted: 'contacted',
  Screening: 'screening',
  'Technical interview': 'technical-interview',
  Offer: 'offer',
  Hired: 'hired',
  Rejected: 'rejected',
} as const satisfies Record<string, Stage>;

export const CandidateV1 = z.object({
  schemaVersion: z.literal(1).optional(),
  id: z.string().min(1).max(300),
  name: z.string().max(500),
  stage: z.enum(Object.keys(V1_STAGES) as [keyof typeof V1_STAGES, ...(keyof typeof V1_STAGES)[]]),
  tags: z.array(z.string()).max(200),
  notes: z.string().max(100_000),
  roleId: z.string().min(1).max(200),
  /** the page reading; checked on its own, so a reading the current schema rejects does not lose the record */
  profile: z.unknown(),
  score: z.object({
    overall: z.number().min(0).max(100),
    band: SeniorityBand,
    matrixId: z.string().min(1).max(200),
    date: z.string(),
  }),
  savedAt: z.number().int().nonnegative(),
});
export type CandidateV1 = z.infer<typeof CandidateV1>;

export type MigrationResult = { ok: true; candidate: Candidate; migratedFrom: number | null } | { ok: false; reason: string };

/** The first issue of a zod error as `path: message`, the path under `prefix`. */
export function describeZodError(error: z.ZodError, prefix: readonly PropertyKey[] = []): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid value';
  const where = formatPath([...prefix, ...issue.path]);
  return where ? `${where}: ${issue.message}` : issue.message;
}

function isoOr(value: string, fallback: string): string {
  const t = Date.parse(value);
  return Number.isNaN(t) ? fallback : new Date(t).toISOString();
}

export function migrateCandidateV1(v1: CandidateV1): unknown {
  const savedAt = new Date(v1.savedAt).toISOString();
  const profile = PageProfile.safeParse(v1.profile);
  const profiles: CandidateProfiles = {};
  if (profile.success && profile.data.source === 'github') profiles.github = profile.data;
  if (profile.success && profile.data.source === 'linkedin') profiles.linkedin = profile.data;
  // the id still says whose record this is when the reading itself is unreadable today
  const fromId = v1.id.match(/^(gh|li):(.+)$/);
  const login = fromId?.[1] === 'gh' ? fromId[2]! : null;
  const slug = fromId?.[1] === 'li' ? fromId[2]! : null;
  const derived = deriveFields(profiles, {
    name: v1.name,
    githubLogin: login,
    linkedinSlug: slug,
    githubUrl: login ? githubProfileUrl(login) : null,
    linkedinUrl: slug ? linkedinProfileUrl(slug) : null,
  });
  return {
    // the id stays the key the record is stored under
    id: v1.id,
    schemaVersion: CANDIDATE_SCHEMA_VERSION,
    ...derived,
    stage: V1_STAGES[v1.stage],
    tags: v1.tags.map((t) => t.trim()).filter((t) => t.length > 0),
    notes: v1.notes,
    roleId: v1.roleId,
    snapshot: {
      date: isoOr(v1.score.date, savedAt),
      matrixId: v1.score.matrixId,
      matrixName: v1.score.matrixId,
      overall: Math.round(v1.score.overall),
      band: v1.score.band,
      // v1 kept no confidence, requirement rows or evidence: re-scoring needs a new evaluation
      confidence: 'low',
      mustMet: [],
      mustMissing: [],
      requirements: [],
      skills: [],
      evidence: [],
    },
    profiles,
    createdAt: savedAt,
    updatedAt: savedAt,
  };
}

/** The schema version a raw record says it has (1 when it has none), or null when it is not a record. */
export function candidateVersionOf(raw: unknown): number | null {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const v = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (v === undefined) return 1;
  return typeof v === 'number' && Number.isInteger(v) ? v : null;
}

/** Any stored or imported record → the current Candidate, or the reason it cannot be read (its field path under `prefix`). */
export function migrateCandidate(raw: unknown, prefix: readonly PropertyKey[] = []): MigrationResult {
  const at = prefix.length > 0 ? `${formatPath(prefix)}: ` : '';
  const version = candidateVersionOf(raw);
  if (version === null) return { ok: false, reason: `${at}not a candidate record` };
  if (version > CANDIDATE_SCHEMA_VERSION) {
    return { ok: false, reason: `${at}saved by a newer Hirelens (schema version ${version}); update the extension to read it` };
  }
  let value = raw;
  let migratedFrom: number | null = null;
  if (version === 1) {
    const v1 = CandidateV1.safeParse(raw);
    if (!v1.success) return { ok: false, reason: describeZodError(v1.error, prefix) };
    value = migrateCandidateV1(v1.data);
    migratedFrom = 1;
  }
  const parsed = Candidate.safeParse(value);
  if (!parsed.success) return { ok: false, reason: describeZodError(parsed.error, prefix) };
  return { ok: true, candidate: parsed.data, migratedFrom };
}

export { formatPath };
