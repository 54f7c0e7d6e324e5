/**
 * Which requests each plan makes, decided before making them.
 *
 * Quick plan (no token): GET /users/{u}, then the owned repositories sorted by
 * push, 100 a page. The user's public_repos says how many pages there are, so a
 * full last page never costs a probe: 1 + ceil(min(n, cap) / 100) requests,
 * i.e. 2 for ≤ 100 repositories, 4 for 300.
 *
 * Deep plan by REST: the quick plan plus, for each of the top K repositories,
 * 3 requests: languages by bytes, the recursive file tree, and ONE manifest
 * (the most telling one the tree shows; other manifests count as file markers),
 * and one search request (merged pull requests to others' repositories, on the
 * separate search limit). The whole plan stays within 2 + 3K requests (32 at
 * K = 10) whatever the number of repositories: each listing page beyond the
 * first, and the search, is paid for by leaving out the languages request of
 * the lowest-ranked deep repositories, whose primary language from the listing
 * stands in (their tree and manifest are still read). 300 repositories: 1 + 3
 * pages + 10 trees + 10 manifests + 7 languages + 1 search = 32.
 *
 * Deep plan by GraphQL (token): one query per 100 repositories returns the user,
 * every repository with its languages by size; one more query returns, for the
 * top K, the file tree three levels deep, every root manifest, and the merged
 * pull requests: 2 requests for ≤ 100 repositories, 4 for 300.
 */
import type { ApiRepo } from './api-schemas';
import { recencyWeight, sizeWeight } from './repo-weights';
import type { GithubPlan, GithubTransport } from '../schemas/enums';
import { isVendoredOrGenerated } from '../skills/linguist-exclusions';
import { manifestKind, type ManifestKind } from '../skills/manifests';

export const REPOS_PER_PAGE = 100;

/**
 * The search for pull requests the person had merged into public
 * repositories they do not own. `is:public` keeps a token's private
 * repositories (the recruiter's own company's) out of what is read about
 * a candidate, whoever's token asks.
 */
export function mergedPullRequestQuery(login: string): string {
  return `author:${login} type:pr is:merged is:public -user:${login}`;
}
/** Repositories read by the quick plan at most (most recently pushed first). */
export const DEFAULT_MAX_REPOS = 300;
export const DEFAULT_DEEP_REPOS = 10;

export type PlanKind = GithubPlan;
export type Transport = GithubTransport;

/** Repository pages to read: from public_repos, never a probe for an empty next page. */
export function repoPagesFor(publicRepos: number, maxRepos = DEFAULT_MAX_REPOS): number {
  return Math.ceil(Math.max(0, Math.min(publicRepos, maxRepos)) / REPOS_PER_PAGE);
}

/** Requests the deep REST plan makes at most, in all (the user, listing pages, deep reads and the search): 2 + 3K. */
export function deepRestBudget(k = DEFAULT_DEEP_REPOS): number {
  return 2 + 3 * Math.max(0, k);
}

/**
 * How many of the `deepRepos` repositories read in depth (the lowest-ranked)
 * go without their languages request, so that listing pages beyond the first
 * and the search fit deepRestBudget(k). The user, the listing, every tree and
 * every manifest are always read, so a very small k may still exceed it.
 */
export function languagesLeftOut(listingPages: number, deepRepos: number, k = DEFAULT_DEEP_REPOS): number {
  const everything = 1 + listingPages + 3 * deepRepos + 1;
  return Math.min(deepRepos, Math.max(0, everything - deepRestBudget(k)));
}

/** Requests a cold evaluation costs at most, per plan (search and GraphQL included). */
export function plannedRequests(plan: PlanKind, transport: Transport, publicRepos: number, k = DEFAULT_DEEP_REPOS, maxRepos = DEFAULT_MAX_REPOS): number {
  const pages = repoPagesFor(publicRepos, maxRepos);
  if (plan === 'quick') return 1 + pages;
  if (transport === 'graphql') return Math.max(1, pages) + 1;
  const deep = Math.min(k, publicRepos);
  return 1 + pages + 3 * deep + 1 - languagesLeftOut(pages, deep, k);
}

/**
 * The repositories worth reading in depth: the person's own (not forks, not
 * empty), ranked by recency × size × recognition; at most k.
 */
export function selectDeepRepos(repos: readonly ApiRepo[], k: number, now: number): ApiRepo[] {
  return repos
    .filter((r) => !r.fork && r.size > 0)
    .map((r) => ({
      r,
      score: recencyWeight(r.pushed_at, now) * sizeWeight(r.size) * (1 + Math.log10(1 + r.stargazers_count + r.forks_count) / 2) * (r.archived ? 0.6 : 1),
    }))
    .sort((a, b) => b.score - a.score || a.r.full_name.localeCompare(b.r.full_name))
    .slice(0, Math.max(0, k))
    .map((x) => x.r);
}

/** Most telling first: a framework shows best in these. */
const MANIFEST_PRIORITY: readonly ManifestKind[] = [
  'package.json', 'pyproject.toml', 'requirements.txt', 'Pipfile', 'go.mod', 'pom.xml', 'build.gradle',
  'Gemfile', 'composer.json', 'Cargo.toml', 'csproj',
];

/**
 * The one manifest the REST deep plan reads from a repository's tree: the
 * shallowest, then by priority, ignoring vendored and example paths.
 */
export function pickManifestPath(paths: readonly string[]): string | null {
  let best: { path: string; depth: number; rank: number } | null = null;
  for (const path of paths) {
    const kind = manifestKind(path);
    if (!kind || isVendoredOrGenerated(path) || /(^|\/)(examples?|samples?|fixtures?|test(s)?)\//i.test(path)) continue;
    const depth = path.split('/').length - 1;
    const rank = MANIFEST_PRIORITY.indexOf(kind);
    if (!best || depth < best.depth || (depth === best.depth && rank < best.rank)) best = { path, depth, rank };
  }
  return best?.path ?? null;
}
