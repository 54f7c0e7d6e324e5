import { z } from 'zod';
import { GithubPlan, GithubTransport } from './enums';
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
  /** what the API says of the person, for a profile never read from a page (bulk evaluation); GraphQL gives the name only */
  profile: z
    .object({
      name: z.string().nullable(),
      bio: z.string().nullable(),
      company: z.string().nullable(),
      location: z.string().nullable(),
      blog: z.string().nullable(),
      following: z.number().int().nonnegative().nullable(),
      avatarUrl: z.string().nullable(),
    })
    .optional(),
});
export type GithubAccount = z.infer<typeof GithubAccount>;

/** Why a result is incomplete (the rate limit ran out) and when the rest can be fetched (epoch ms), when known. */
export const PartialNotice = z.object({ reason: z.string(), resumeAt: z.number().nullable() });
export type PartialNotice = z.infer<typeof PartialNotice>;

/** Activity over the years, for the GitHub-only seniority estimate. */
export const GithubActivity = z.object({
  /** distinct years in which an own repository was created or last pushed */
  activeYears: z.number().int().nonnegative(),
  years: z.array(z.number().int()),
  firstPushYear: z.number().int().nullable(),
  lastPushAt: z.string().nullable(),
  accountCreatedYear: z.number().int().nullable(),
});
export type GithubActivity = z.infer<typeof GithubActivity>;

export const GithubEvidence = z.object({
  account: GithubAccount,
  reposConsidered: z.number().int().nonnegative(),
  languages: z.array(LanguageShare),
  skills: z.array(SkillEvidence),
  /** requests this evaluation sent (cache hits excluded) */
  requests: z.number().int().nonnegative(),
  fetchedAt: z.string(),
  /** which plan gathered this: quick (user + repository list) or deep (languages, files, manifests) */
  plan: GithubPlan.optional(),
  /** how the deep plan fetched: REST (no token) or GraphQL (token) */
  transport: GithubTransport.optional(),
  activity: GithubActivity.optional(),
  /** answers reused from the HTTP cache without a request */
  cacheHits: z.number().int().nonnegative().optional(),
  /** repositories read in depth */
  deepRepos: z.number().int().nonnegative().optional(),
  /** merged pull requests to other people's repositories (total the search reported) */
  mergedPullRequests: z.number().int().nonnegative().nullable().optional(),
  /** set when the rate limit (or a failure) stopped the plan before the end */
  partial: PartialNotice.nullable().optional(),
});
export type GithubEvidence = z.infer<typeof GithubEvidence>;
