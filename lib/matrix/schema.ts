import { z } from 'zod';
import { KnownSeniorityBand, Priority, RequirementKind } from '../schemas/enums';

/** The current schema version of a matrix and of the stored collection. */
export const MATRIX_SCHEMA_VERSION = 2;

const KebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id such as "backend-senior"');
const SkillId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a skill id such as "postgresql"');

export { KnownSeniorityBand, Priority, RequirementKind };

const RequirementBase = {
  id: KebabId,
  label: z.string().min(1, 'expected a label').max(200),
  priority: Priority,
  /** relative weight; only ratios between weights matter */
  weight: z.number({ error: 'expected a number' }).positive('expected a weight above 0').max(1000),
};

/** A skill row: any one of `anyOf` suffices, with evidence at least `minStrength` strong to count as met. */
export const SkillRequirement = z.object({
  kind: z.literal('skill'),
  ...RequirementBase,
  anyOf: z.array(SkillId).min(1, 'expected at least one skill id').max(50),
  minStrength: z.number({ error: 'expected a number' }).min(0).max(1, 'expected a number from 0 to 1'),
  /** the id of another skill row whose deciding skill does not count here ("a second language") */
  notSameAs: KebabId.optional(),
});
export type SkillRequirement = z.infer<typeof SkillRequirement>;

/** At least `minYears` years of roles that name one of `anyOf`. */
export const YearsRequirement = z.object({
  kind: z.literal('years'),
  ...RequirementBase,
  anyOf: z.array(SkillId).min(1, 'expected at least one skill id').max(50),
  minYears: z.number().min(0).max(50),
});
export type YearsRequirement = z.infer<typeof YearsRequirement>;

/** Working hours that overlap the team's by at least `minOverlapHours`. */
export const TimezoneRequirement = z.object({
  kind: z.literal('timezone'),
  ...RequirementBase,
  /** the team's offset from UTC in hours (e.g. 1 for Berlin in winter, -5 for New York) */
  teamUtcOffsetHours: z.number().min(-12).max(14),
  teamStartHour: z.number().min(0).max(24),
  teamEndHour: z.number().min(0).max(24),
  minOverlapHours: z.number().min(0).max(24),
});
export type TimezoneRequirement = z.infer<typeof TimezoneRequirement>;

/** A degree (any, or in one of `fields`) listed under Education on LinkedIn. */
export const DegreeRequirement = z.object({
  kind: z.literal('degree'),
  ...RequirementBase,
  /** words one of which the degree must mention ("Computer Science"); empty means any degree */
  fields: z.array(z.string().min(1).max(200)).max(20).default([]),
});
export type DegreeRequirement = z.infer<typeof DegreeRequirement>;

/** A certification: one that counts for a skill in `anyOf`, or whose name contains one of `names`. */
export const CertificationRequirement = z.object({
  kind: z.literal('certification'),
  ...RequirementBase,
  anyOf: z.array(SkillId).max(50).default([]),
  names: z.array(z.string().min(1).max(200)).max(20).default([]),
});
export type CertificationRequirement = z.infer<typeof CertificationRequirement>;

/** Years of engineering experience against the matrix's experience band. */
export const ExperienceRequirement = z.object({
  kind: z.literal('experience'),
  ...RequirementBase,
});
export type ExperienceRequirement = z.infer<typeof ExperienceRequirement>;

const RequirementUnion = z.discriminatedUnion('kind', [
  SkillRequirement,
  YearsRequirement,
  TimezoneRequirement,
  DegreeRequirement,
  CertificationRequirement,
  ExperienceRequirement,
]);

/** A requirement row; `kind` defaults to `skill`, the common case. */
export const Requirement = z.preprocess(
  (value) =>
    value && typeof value === 'object' && !Array.isArray(value) && !('kind' in value) ? { ...value, kind: 'skill' } : value,
  RequirementUnion,
);
export type Requirement = z.infer<typeof RequirementUnion>;

/** Each kind the shared enum names has a row shape here, and no row has another kind. */
const _everyKindHasARow: [RequirementKind, Requirement['kind']] extends [Requirement['kind'], RequirementKind] ? true : never = true;

/** Years of engineering experience where each band starts: junior 0–2, mid 2–5, senior 5+. */
export const BAND_YEARS = { mid: 2, senior: 5 } as const;

export function bandForYears(years: number): KnownSeniorityBand {
  if (years >= BAND_YEARS.senior) return 'senior';
  if (years >= BAND_YEARS.mid) return 'mid';
  return 'junior';
}

export const ExperienceBand = z
  .object({
    minYears: z.number().min(0).max(60),
    maxYears: z.number().min(0).max(60).nullable(),
    band: KnownSeniorityBand,
  })
  .refine((b) => b.maxYears === null || b.maxYears >= b.minYears, { message: 'maxYears must not be below minYears', path: ['maxYears'] });
export type ExperienceBand = z.infer<typeof ExperienceBand>;

export const Matrix = z
  .object({
    schemaVersion: z.literal(MATRIX_SCHEMA_VERSION),
    id: KebabId,
    name: z.string().min(1, 'expected a name').max(200),
    description: z.string().max(5000).default(''),
    requirements: z.array(Requirement).min(1, 'expected at least one requirement').max(100),
    experienceBand: ExperienceBand,
    /** the matrix this one was duplicated from, if any */
    basedOn: KebabId.nullable().default(null),
  })
  .superRefine((m, ctx) => {
    const seen = new Set<string>();
    m.requirements.forEach((r, i) => {
      if (seen.has(r.id)) ctx.addIssue({ code: 'custom', message: `duplicate requirement id "${r.id}"`, path: ['requirements', i, 'id'] });
      seen.add(r.id);
    });
  });
export type Matrix = z.infer<typeof Matrix>;
export type MatrixInput = z.input<typeof Matrix>;

/** What storage holds: the recruiter's own matrices (presets live in code). */
export const MatrixCollection = z.object({
  version: z.literal(MATRIX_SCHEMA_VERSION),
  matrices: z.array(Matrix).max(500),
});
export type MatrixCollection = z.infer<typeof MatrixCollection>;

// ── version 1, kept for migrations ──────────────────────────────────────────

/** v1 rows named their skills `skills` and had no kinds. */
export const RequirementV1 = z.object({
  id: z.string(),
  label: z.string(),
  priority: Priority,
  skills: z.array(z.string()),
  minStrength: z.number().min(0).max(1),
  weight: z.number().positive(),
});
export type RequirementV1 = z.infer<typeof RequirementV1>;

/** v1 matrices carried the years as two loose fields. */
export const MatrixV1 = z.object({
  schemaVersion: z.literal(1).optional(),
  id: z.string(),
  name: z.string(),
  description: z.string().optional(),
  requirements: z.array(RequirementV1),
  minYears: z.number().min(0).optional(),
  maxYears: z.number().min(0).nullable().optional(),
});
export type MatrixV1 = z.infer<typeof MatrixV1>;

export const MatrixCollectionV1 = z.object({
  version: z.literal(1).optional(),
  matrices: z.array(MatrixV1),
});
export type MatrixCollectionV1 = z.infer<typeof MatrixCollectionV1>;
