/**
 * The small closed vocabularies every part of Hirelens shares, each declared
 * once: matrices, scoring, saved candidates, the panel and messages import
 * them from here rather than spelling the values again.
 */
import { z } from 'zod';

/** How much a matrix row matters: a must-have or a nice-to-have. */
export const Priority = z.enum(['must', 'nice'], { error: 'expected "must" or "nice"' });
export type Priority = z.infer<typeof Priority>;

/** How a candidate stands against one matrix row. */
export const RequirementStatus = z.enum(['met', 'partial', 'missing', 'unchecked']);
export type RequirementStatus = z.infer<typeof RequirementStatus>;

/**
 * The verdict a recruiter acts on: strong, possible or weak match, or not
 * enough to judge (no number is shown then; a saved record is "pending").
 */
export const VerdictLabel = z.enum(['strong', 'possible', 'weak', 'insufficient']);
export type VerdictLabel = z.infer<typeof VerdictLabel>;

/** What a matrix row asks about. */
export const RequirementKind = z.enum(['skill', 'years', 'timezone', 'degree', 'certification', 'experience']);
export type RequirementKind = z.infer<typeof RequirementKind>;

/** How sure an estimate is. */
export const ConfidenceLevel = z.enum(['low', 'medium', 'high']);
export type ConfidenceLevel = z.infer<typeof ConfidenceLevel>;

/** A person's seniority as estimated; `unknown` when nothing said. */
export const SeniorityBand = z.enum(['junior', 'mid', 'senior', 'unknown']);
export type SeniorityBand = z.infer<typeof SeniorityBand>;

/** A seniority a matrix can target, or years can be mapped to: a band that is known. */
export const KnownSeniorityBand = SeniorityBand.exclude(['unknown']);
export type KnownSeniorityBand = z.infer<typeof KnownSeniorityBand>;

/** Where a saved candidate is in the hiring process. */
export const Stage = z.enum(['sourced', 'contacted', 'screening', 'technical-interview', 'offer', 'hired', 'rejected'], {
  error: 'expected one of sourced, contacted, screening, technical-interview, offer, hired, rejected',
});
export type Stage = z.infer<typeof Stage>;

/** How deep the GitHub read goes: the account and repository list (quick), or files and manifests too (deep). */
export const GithubPlan = z.enum(['quick', 'deep']);
export type GithubPlan = z.infer<typeof GithubPlan>;

/** How GitHub is read: REST (no token needed), or GraphQL (a token). */
export const GithubTransport = z.enum(['rest', 'graphql']);
export type GithubTransport = z.infer<typeof GithubTransport>;

/** The plan asked for: a depth, or `auto` (deep with a token, quick without). */
export const PlanChoice = z.enum([...GithubPlan.options, 'auto']);
export type PlanChoice = z.infer<typeof PlanChoice>;
