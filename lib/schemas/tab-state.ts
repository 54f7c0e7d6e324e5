import { z } from 'zod';
import { PageProfile } from './profile';
import { LanguageShare, SkillEvidence } from './evidence';

export const RateLimit = z.object({
  limit: z.number().int().nonnegative(),
  remaining: z.number().int().nonnegative(),
  /** epoch milliseconds when the window resets */
  resetAt: z.number().int().nonnegative(),
});
export type RateLimit = z.infer<typeof RateLimit>;

/** A summary of the GitHub account the API returned (not what the page shows). */
export const GithubAccount = z.object({
  login: z.string(),
  createdAt: z.string().nullable(),
  publicRepos: z.number().int().nonnegative(),
  followers: z.number().int().nonnegative(),
  htmlUrl: z.string(),
});
export type GithubAccount = z.infer<typeof GithubAccount>;

export const GithubEvidence = z.object({
  account: GithubAccount,
  reposConsidered: z.number().int().nonnegative(),
  languages: z.array(LanguageShare),
  skills: z.array(SkillEvidence),
  /** requests this evaluation sent (cache hits excluded) */
  requests: z.number().int().nonnegative(),
  fetchedAt: z.string(),
});
export type GithubEvidence = z.infer<typeof GithubEvidence>;

export const TabStatus = z.enum(['idle', 'loading', 'ready', 'error']);
export type TabStatus = z.infer<typeof TabStatus>;

/** What the background knows about one tab; kept in storage.session, never in memory. */
export const TabState = z.object({
  version: z.literal(1),
  tabId: z.number().int(),
  url: z.string(),
  status: TabStatus,
  profile: PageProfile.nullable(),
  evidence: GithubEvidence.nullable(),
  /** when evidence is incomplete (rate limit), why and until when */
  partial: z.object({ reason: z.string(), resumeAt: z.number().nullable() }).nullable(),
  error: z.string().nullable(),
  rateLimit: RateLimit.nullable(),
  /** identifies the evaluation that owns this state; a stale one may not overwrite it */
  runId: z.string(),
  updatedAt: z.number(),
});
export type TabState = z.infer<typeof TabState>;
