import { z } from 'zod';
import { EvidenceSource, SkillEvidence } from '../schemas/evidence';
import { Examined, LinkedinFacts } from '../schemas/examined';

import { ConfidenceLevel, Priority, RequirementKind, RequirementStatus, SeniorityBand, VerdictLabel } from '../schemas/enums';

export { ConfidenceLevel, RequirementStatus, VerdictLabel };

/** What would check a row that was not checked. */
export const CheckHint = z.enum(['dig-deeper', 'open-linkedin', 'open-github', 'wait-rate-limit', 'ask']);
export type CheckHint = z.infer<typeof CheckHint>;

/** Why there is not enough to judge. */
export const InsufficientReason = z.enum(['nothing-read', 'rate-limited', 'little-public', 'coverage']);
export type InsufficientReason = z.infer<typeof InsufficientReason>;

/** What the score is computed from. */
export const GithubHistory = z.object({
  /** when the GitHub account was opened (ISO) */
  createdAt: z.string().nullable(),
  /** the profile's local time zone, hours ahead of UTC */
  utcOffsetHours: z.number().min(-12).max(14).nullable(),
  /** calendar years with sustained activity (contributions or pushes), when known */
  activeYears: z.number().min(0).max(60).optional(),
  /** the first year with activity (a push, or the account's creation), when known */
  firstActiveYear: z.number().int().min(2000).max(2200).nullable().optional(),
});
export type GithubHistory = z.infer<typeof GithubHistory>;

/**
 * What the score is computed from: an Evaluation (lib/evaluation) or the part
 * of one a caller has. Without `seniority` it is estimated from the LinkedIn
 * facts and GitHub history; without `examined` everything counts as examined.
 */
export const ScoreInput = z.object({
  evidence: z.array(SkillEvidence),
  linkedin: LinkedinFacts.nullable().optional(),
  github: GithubHistory.nullable().optional(),
  examined: Examined.optional(),
  seniority: z.lazy(() => Seniority).optional(),
});
export type ScoreInput = z.infer<typeof ScoreInput>;

export const RequirementResult = z.object({
  id: z.string(),
  label: z.string(),
  priority: Priority,
  kind: RequirementKind,
  status: RequirementStatus,
  /** for a row that was not checked: what would check it */
  check: CheckHint.nullable().optional(),
  /** the skill that decided the row, or null (no evidence, or not a skill row) */
  skill: z.string().nullable(),
  /** when the deciding skill counted through another one (django → python), that one */
  via: z.string().nullable(),
  /** 0..1: the evidence strength (skill rows) or how much of the asked amount was shown */
  strength: z.number().min(0).max(1),
  /** the evidence that decided the row */
  sources: z.array(EvidenceSource),
  /** one line a recruiter can read: why this status */
  explanation: z.string(),
  /** points this row adds to the overall score */
  contribution: z.number().min(0).max(100),
  /** points this row would add if fully met */
  maxContribution: z.number().min(0).max(100),
});
export type RequirementResult = z.infer<typeof RequirementResult>;

export const Confidence = z.object({
  level: ConfidenceLevel,
  basis: z.string(),
});
export type Confidence = z.infer<typeof Confidence>;

export const Seniority = z.object({
  band: SeniorityBand,
  years: z.number().min(0).nullable(),
  basis: z.string(),
  confidence: ConfidenceLevel,
  /** LinkedIn roles, what the person says of themselves (headline, bio), GitHub activity (never a band), or nothing */
  from: z.enum(['linkedin', 'self', 'github', 'none']),
  /** small print under the band, such as "GitHub activity since 2019" */
  note: z.string().nullable().optional(),
  /** the roles that were counted, as sources a recruiter can check */
  sources: z.array(EvidenceSource),
});
export type Seniority = z.infer<typeof Seniority>;

export const Question = z.object({ id: z.string(), text: z.string() });
export type Question = z.infer<typeof Question>;

export const GapQuestions = z.object({
  requirementId: z.string(),
  label: z.string(),
  status: RequirementStatus,
  /** true when the row is met but only on weak evidence */
  weak: z.boolean(),
  questions: z.array(Question).min(1).max(3),
});
export type GapQuestions = z.infer<typeof GapQuestions>;

export const Verdict = z.object({
  label: VerdictLabel,
  /** true while some must-haves are not checked: the score is computed over what was checked */
  provisional: z.boolean(),
  /** share of the role's must-have weight that was checked, 0..1 */
  checked: z.number().min(0).max(1),
  mustTotal: z.number().int().nonnegative(),
  mustMet: z.number().int().nonnegative(),
  /** labels of the must-haves in each state that is not met */
  missing: z.array(z.string()),
  partial: z.array(z.string()),
  unchecked: z.array(z.string()),
  /** one line: "6 of 7 must-haves met; CI/CD not checked" */
  summary: z.string(),
  /** when not enough to judge: why, most telling first */
  reasons: z.array(InsufficientReason),
});
export type Verdict = z.infer<typeof Verdict>;

export const ScoreResult = z.object({
  matrixId: z.string(),
  /** 0–100 over the rows that were checked; not shown when the verdict is insufficient */
  overall: z.number().int().min(0).max(100),
  /** the overall before the must-have cap */
  uncapped: z.number().int().min(0).max(100),
  /** the ceiling set by missing must-haves (69 for one, 44 for two or more), or null when none is missing */
  cap: z.number().int().min(0).max(100).nullable(),
  verdict: Verdict,
  requirements: z.array(RequirementResult),
  mustGaps: z.array(z.string()),
  confidence: Confidence,
  seniority: Seniority,
  questions: z.object({
    gaps: z.array(GapQuestions),
    behavioural: z.array(Question),
  }),
});
export type ScoreResult = z.infer<typeof ScoreResult>;
