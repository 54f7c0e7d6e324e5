/** What the request plans gathered from GitHub, in one shape whether it came by REST or GraphQL. */
import { z } from 'zod';
import { ApiLanguages, ApiRepo, ApiUser } from './api-schemas';

export const RepoFile = z.object({
  path: z.string(),
  /** bytes, when known */
  size: z.number().nonnegative().nullable(),
});
export type RepoFile = z.infer<typeof RepoFile>;

export const RepoManifest = z.object({ path: z.string(), text: z.string() });
export type RepoManifest = z.infer<typeof RepoManifest>;

/** The deep plan's reading of one repository; null fields were not (yet) fetched. */
export const RepoDetails = z.object({
  languages: ApiLanguages.nullable(),
  files: z.array(RepoFile).nullable(),
  manifests: z.array(RepoManifest),
});
export type RepoDetails = z.infer<typeof RepoDetails>;

export const MergedPullRequest = z.object({
  /** owner/name of the repository the pull request went to */
  repo: z.string(),
  title: z.string(),
  url: z.string(),
  mergedAt: z.string().nullable(),
});
export type MergedPullRequest = z.infer<typeof MergedPullRequest>;

export const GatheredGithub = z.object({
  user: ApiUser,
  repos: z.array(ApiRepo),
  /** by full_name */
  details: z.record(z.string(), RepoDetails),
  pullRequests: z.object({ total: z.number().int().nonnegative(), items: z.array(MergedPullRequest) }).nullable(),
});
export type GatheredGithub = z.infer<typeof GatheredGithub>;
