/** The two GraphQL queries of the deep plan with a token, and their answers' schemas. */
import { z } from 'zod';
import type { ApiRepo } from './api-schemas';

/** Root manifests asked for by name in one query (aliases → paths). */
export const GRAPHQL_MANIFESTS: readonly (readonly [alias: string, path: string])[] = [
  ['packageJson', 'package.json'],
  ['requirementsTxt', 'requirements.txt'],
  ['pyprojectToml', 'pyproject.toml'],
  ['pipfile', 'Pipfile'],
  ['goMod', 'go.mod'],
  ['pomXml', 'pom.xml'],
  ['buildGradle', 'build.gradle'],
  ['buildGradleKts', 'build.gradle.kts'],
  ['gemfile', 'Gemfile'],
  ['composerJson', 'composer.json'],
  ['cargoToml', 'Cargo.toml'],
];

export const REPOS_QUERY = `query HirelensRepos($login: String!, $cursor: String) {
  user(login: $login) {
    login name createdAt url
    followers { totalCount }
    repositories(first: 100, after: $cursor, ownerAffiliations: OWNER, privacy: PUBLIC, orderBy: {field: PUSHED_AT, direction: DESC}) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id name nameWithOwner url description isFork isArchived createdAt pushedAt diskUsage stargazerCount forkCount
        owner { login }
        primaryLanguage { name }
        defaultBranchRef { name }
        repositoryTopics(first: 20) { nodes { topic { name } } }
        languages(first: 20, orderBy: {field: SIZE, direction: DESC}) { edges { size node { name } } }
      }
    }
  }
}`;

const manifestFields = GRAPHQL_MANIFESTS.map(([alias, path]) => `${alias}: object(expression: "HEAD:${path}") { ... on Blob { text } }`).join('\n      ');

export const DEEP_QUERY = `query HirelensDeep($ids: [ID!]!, $prQuery: String!) {
  nodes(ids: $ids) {
    ... on Repository {
      nameWithOwner
      tree: object(expression: "HEAD:") {
        ... on Tree { entries { path type object {
          ... on Blob { byteSize }
          ... on Tree { entries { path type object {
            ... on Tree { entries { path type } }
          } } }
        } } }
      }
      ${manifestFields}
    }
  }
  search(query: $prQuery, type: ISSUE, first: 50) {
    issueCount
    nodes { ... on PullRequest { title url mergedAt repository { nameWithOwner } } }
  }
}`;

const GqlRepo = z.object({
  id: z.string(),
  name: z.string(),
  nameWithOwner: z.string(),
  url: z.string(),
  description: z.string().nullable(),
  isFork: z.boolean(),
  isArchived: z.boolean(),
  createdAt: z.string().nullable().optional(),
  pushedAt: z.string().nullable(),
  diskUsage: z.number().nullable(),
  stargazerCount: z.number().int(),
  forkCount: z.number().int(),
  owner: z.object({ login: z.string() }),
  primaryLanguage: z.object({ name: z.string() }).nullable(),
  defaultBranchRef: z.object({ name: z.string() }).nullable(),
  repositoryTopics: z.object({ nodes: z.array(z.object({ topic: z.object({ name: z.string() }) })) }),
  languages: z.object({ edges: z.array(z.object({ size: z.number(), node: z.object({ name: z.string() }) })) }).nullable(),
});
export type GqlRepo = z.infer<typeof GqlRepo>;

export const ReposAnswer = z.object({
  user: z
    .object({
      login: z.string(),
      name: z.string().nullable(),
      createdAt: z.string(),
      url: z.string(),
      followers: z.object({ totalCount: z.number().int() }),
      repositories: z.object({
        totalCount: z.number().int(),
        pageInfo: z.object({ hasNextPage: z.boolean(), endCursor: z.string().nullable() }),
        nodes: z.array(GqlRepo),
      }),
    })
    .nullable(),
});
export type ReposAnswer = z.infer<typeof ReposAnswer>;

const Blob = z.object({ text: z.string().nullable().optional(), byteSize: z.number().optional() }).nullable().optional();

interface TreeEntryShape {
  path: string;
  type: string;
  object?: { byteSize?: number; entries?: TreeEntryShape[] } | null;
}
const TreeEntry: z.ZodType<TreeEntryShape> = z.lazy(() =>
  z.object({
    path: z.string(),
    type: z.string(),
    object: z.object({ byteSize: z.number().optional(), entries: z.array(TreeEntry).optional() }).nullable().optional(),
  }),
);

export const DeepAnswer = z.object({
  nodes: z.array(
    z
      .object({
        nameWithOwner: z.string(),
        tree: z.object({ entries: z.array(TreeEntry).optional() }).nullable().optional(),
      })
      .catchall(Blob)
      .nullable(),
  ),
  search: z
    .object({
      issueCount: z.number().int(),
      nodes: z.array(
        z
          .object({
            title: z.string().optional(),
            url: z.string().optional(),
            mergedAt: z.string().nullable().optional(),
            repository: z.object({ nameWithOwner: z.string() }).optional(),
          })
          .nullable(),
      ),
    })
    .nullable()
    .optional(),
});
export type DeepAnswer = z.infer<typeof DeepAnswer>;

/** A GraphQL repository in the REST shape the evidence builder reads. */
export function restShapeOf(r: GqlRepo): ApiRepo {
  return {
    name: r.name,
    full_name: r.nameWithOwner,
    html_url: r.url,
    description: r.description,
    fork: r.isFork,
    language: r.primaryLanguage?.name ?? null,
    size: r.diskUsage ?? 0,
    stargazers_count: r.stargazerCount,
    forks_count: r.forkCount,
    pushed_at: r.pushedAt,
    created_at: r.createdAt ?? null,
    topics: r.repositoryTopics.nodes.map((n) => n.topic.name),
    archived: r.isArchived,
    default_branch: r.defaultBranchRef?.name ?? 'HEAD',
    owner: r.owner,
  };
}

/** Flattens the nested tree entries into paths (folders end in `/`). */
export function flattenTree(entries: readonly TreeEntryShape[]): { path: string; size: number | null }[] {
  const out: { path: string; size: number | null }[] = [];
  for (const e of entries) {
    const folder = e.type === 'tree';
    out.push({ path: folder ? `${e.path}/` : e.path, size: folder ? null : (e.object?.byteSize ?? null) });
    if (folder && e.object?.entries) out.push(...flattenTree(e.object.entries));
  }
  return out;
}
