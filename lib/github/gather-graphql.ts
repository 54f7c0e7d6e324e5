/** The deep plan over GraphQL (needs a token): 1 query per 100 repositories, then 1 for the top K in depth. */
import type { GithubClient } from './client';
import type { GatheredGithub, RepoDetails } from './gathered';
import { asApiError, partialFrom, type GatherOutcome, type PartialNotice } from './gather-rest';
import { DEEP_QUERY, DeepAnswer, GRAPHQL_MANIFESTS, REPOS_QUERY, ReposAnswer, flattenTree, restShapeOf, type GqlRepo } from './graphql-queries';
import { mergedPullRequestQuery, selectDeepRepos } from './request-planner';
import { GithubApiError } from './client';

export async function gatherGraphql(client: GithubClient, login: string, k: number, maxRepos: number, now: number): Promise<GatherOutcome> {
  const nodes: GqlRepo[] = [];
  let first: ReposAnswer['user'] = null;
  let partial: PartialNotice | null = null;
  let cursor: string | null = null;
  try {
    do {
      const answer: ReposAnswer = await client.graphql(REPOS_QUERY, { login, cursor }, ReposAnswer, 'repository list');
      if (!answer.user) throw new GithubApiError('GitHub has no such user', 404, null, { kind: 'not-found' });
      first ??= answer.user;
      nodes.push(...answer.user.repositories.nodes);
      cursor = answer.user.repositories.pageInfo.hasNextPage ? answer.user.repositories.pageInfo.endCursor : null;
    } while (cursor && nodes.length < maxRepos);
  } catch (error) {
    const e = asApiError(error);
    if (!first) return { data: null, partial: null, error: e };
    partial = partialFrom(e);
  }
  if (!first) return { data: null, partial: null, error: new GithubApiError('GitHub has no such user', 404, null, { kind: 'not-found' }) };

  const kept = nodes.slice(0, maxRepos);
  const repos = kept.map(restShapeOf);
  const details: Record<string, RepoDetails> = {};
  for (const r of kept) {
    details[r.nameWithOwner] = {
      languages: r.languages ? Object.fromEntries(r.languages.edges.map((e) => [e.node.name, e.size])) : null,
      files: null,
      manifests: [],
    };
  }
  const data: GatheredGithub = {
    user: {
      login: first.login,
      type: 'User',
      name: first.name,
      created_at: first.createdAt,
      public_repos: first.repositories.totalCount,
      followers: first.followers.totalCount,
      html_url: first.url,
    },
    repos,
    details,
    pullRequests: null,
  };
  if (partial) return { data, partial, error: null };

  const top = selectDeepRepos(repos, k, now);
  const idByName = new Map(kept.map((r) => [r.nameWithOwner, r.id]));
  const ids = top.map((r) => idByName.get(r.full_name)).filter((id): id is string => Boolean(id));
  try {
    const deep = await client.graphql(DEEP_QUERY, { ids, prQuery: mergedPullRequestQuery(first.login) }, DeepAnswer, 'repository detail');
    for (const node of deep.nodes) {
      if (!node) continue;
      const entry = details[node.nameWithOwner];
      if (!entry) continue;
      entry.files = flattenTree(node.tree?.entries ?? []);
      for (const [alias, path] of GRAPHQL_MANIFESTS) {
        const blob = node[alias];
        const text = blob && typeof blob === 'object' && 'text' in blob ? blob.text : null;
        if (typeof text === 'string') entry.manifests.push({ path, text });
      }
    }
    if (deep.search) {
      data.pullRequests = {
        total: deep.search.issueCount,
        items: deep.search.nodes.flatMap((n) =>
          n?.url && n.title !== undefined && n.repository ? [{ repo: n.repository.nameWithOwner, title: n.title, url: n.url, mergedAt: n.mergedAt ?? null }] : [],
        ),
      };
    }
  } catch (error) {
    partial = partialFrom(asApiError(error));
  }
  return { data, partial, error: null };
}
