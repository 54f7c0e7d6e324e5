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
  size: z.number().nonnegative().default(0),
  stargazers_count: z.number().int().nonnegative().default(0),
  forks_count: z.number().int().nonnegative().default(0),
  pushed_at: z.string().nullable().optional(),
  topics: z.array(z.string()).optional().default([]),
  archived: z.boolean().optional().default(false),
  owner: z.object({ login: z.string() }),
});
export type ApiRepo = z.infer<typeof ApiRepo>;
