import { z } from 'zod';
import { EvidenceSource, SkillEvidence } from '../schemas/evidence';
import { Examined, LinkedinFacts } from '../schemas/examined';

export const RequirementStatus = z.enum(['met', 'partial', 'missing']);
export type RequirementStatus = z.infer<typeof RequirementStatus>;

export const ConfidenceLevel = z.enum(['low', 'medium', 'high']);
export type ConfidenceLevel = z.infer<typeof ConfidenceLevel>;

/** What the score is computed from. */
export const GithubHistory = z.object({
  /** when the GitHub account was opened (ISO) */
  createdAt: z.string().nullable(),
  /** the profile's local time zone, hours ahead of UTC */
  utcOffsetHours: z.number().min(-12).max(14).nullable(),
  /** calendar years with sustained activity (contributions or pushes), when known */
  activeYears: z.number().min(0).max(60).optional(),
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
  priority: z.enum(['must', 'nice']),
  kind: z.enum(['skill', 'years', 'timezone', 'degree', 'certification', 'experience']),
  status: RequirementStatus,
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
  band: z.enum(['junior', 'mid', 'senior', 'unknown']),
  years: z.number().min(0).nullable(),
  basis: z.string(),
  confidence: ConfidenceLevel,
  from: z.enum(['linkedin', 'github', 'none']),
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

export const ScoreResult = z.object({
  matrixId: z.string(),
  overall: z.number().int().min(0).max(100),
  /** the overall before the must-have cap */
  uncapped: z.number().int().min(0).max(100),
  /** the ceiling set by missing must-haves, or null when none is missing */
  cap: z.number().int().min(0).max(100).nullable(),
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
