import { z } from 'zod';

/** The fields of GET /users/{login} that Hirelens depends on. */
export const ApiUser = z.object({
  login: z.string(),
  type: z.string(),
  name: z.string().nullable().optional(),
  created_at: z.string().nullable().optional(),
  public_repos: z.number().int().nonnegative().default(0),
  followers: z.number().int().nonnegative().default(0),
  html_url: z.string(),
  /** what the person wrote about themselves (read for saving a person never opened in a tab) */
  bio: z.string().nullable().optional(),
  company: z.string().nullable().optional(),
  location: z.string().nullable().optional(),
  blog: z.string().nullable().optional(),
  following: z.number().int().nonnegative().optional(),
  avatar_url: z.string().nullable().optional(),
});
export type ApiUser = z.infer<typeof ApiUser>;

/** The fields of one item of GET /users/{login}/repos that Hirelens depends on. */
export const ApiRepo = z.object({
  name: z.string(),
  full_name: z.string(),
  html_url: z.string(),
  description: z.string().nullable().optional(),
  fork: z.boolean(),
  language: z.string().nullable().optional(),
  /** kilobytes */
  size: z.number().nonnegative().default(0),
  stargazers_count: z.number().int().nonnegative().default(0),
  forks_count: z.number().int().nonnegative().default(0),
  pushed_at: z.string().nullable().optional(),
  created_at: z.string().nullable().optional(),
  topics: z.array(z.string()).optional().default([]),
  archived: z.boolean().optional().default(false),
  default_branch: z.string().optional().default('HEAD'),
  owner: z.object({ login: z.string() }),
});
export type ApiRepo = z.infer<typeof ApiRepo>;

/** GET /repos/{owner}/{repo}/languages: linguist language name → bytes. */
export const ApiLanguages = z.record(z.string(), z.number().nonnegative());
export type ApiLanguages = z.infer<typeof ApiLanguages>;

/** GET /repos/{owner}/{repo}/git/trees/{ref}?recursive=1 */
export const ApiTree = z.object({
  sha: z.string().optional(),
  truncated: z.boolean().optional().default(false),
  tree: z.array(
    z.object({
      path: z.string(),
      type: z.string(),
      /** bytes, for blobs */
      size: z.number().nonnegative().optional(),
    }),
  ),
});
export type ApiTree = z.infer<typeof ApiTree>;

/** GET /repos/{owner}/{repo}/contents/{path} for one file. */
export const ApiContentFile = z.object({
  type: z.literal('file'),
  path: z.string(),
  size: z.number().nonnegative().optional(),
  encoding: z.string().optional(),
  content: z.string().optional(),
  html_url: z.string().nullable().optional(),
});
export type ApiContentFile = z.infer<typeof ApiContentFile>;

/** GET /search/issues (pull requests). */
export const ApiSearchIssues = z.object({
  total_count: z.number().int().nonnegative(),
  incomplete_results: z.boolean().optional(),
  items: z.array(
    z.object({
      title: z.string(),
      html_url: z.string(),
      repository_url: z.string(),
      closed_at: z.string().nullable().optional(),
      pull_request: z.object({ merged_at: z.string().nullable().optional() }).optional(),
    }),
  ),
});
export type ApiSearchIssues = z.infer<typeof ApiSearchIssues>;
