/** The quick and deep plans over REST. Every request goes through the client's cache, so a rerun repeats none. */
import { GithubApiError, type GithubClient } from './client';
import type { GatheredGithub, RepoDetails } from './gathered';
import { REPOS_PER_PAGE, languagesLeftOut, pickManifestPath, repoPagesFor, selectDeepRepos } from './request-planner';
import type { ApiRepo } from './api-schemas';
import type { PartialNotice } from '../schemas/tab-state';

export type { PartialNotice };

export interface GatherOutcome {
  /** null when not even the user could be read */
  data: GatheredGithub | null;
  partial: PartialNotice | null;
  /** the failure that left `data` null */
  error: GithubApiError | null;
  /** repository listing pages asked for (REST) */
  listingPages?: number;
}

/** An error after which no further request makes sense in this run. */
function stopsTheRun(error: GithubApiError): boolean {
  return (
    error.kind === 'rate-limit' ||
    error.kind === 'paused' ||
    error.kind === 'refused' ||
    error.kind === 'network' ||
    error.kind === 'server' ||
    error.kind === 'auth'
  );
}

export function asApiError(error: unknown): GithubApiError {
  return error instanceof GithubApiError ? error : new GithubApiError('Unexpected failure while reading GitHub', null, null);
}

export function partialFrom(error: GithubApiError): PartialNotice {
  return { reason: error.message, resumeAt: error.resumeAt ?? error.rateLimit?.resetAt ?? null };
}

/** GET /users/{u} then the owned repositories, most recently pushed first. */
export async function gatherQuick(client: GithubClient, login: string, maxRepos: number): Promise<GatherOutcome> {
  let user;
  try {
    user = await client.getUser(login);
  } catch (error) {
    return { data: null, partial: null, error: asApiError(error) };
  }
  const repos: ApiRepo[] = [];
  const pages = repoPagesFor(user.public_repos, maxRepos);
  let partial: PartialNotice | null = null;
  let listingPages = 0;
  for (let page = 1; page <= pages; page++) {
    listingPages = page;
    try {
      const items = await client.listReposPage(user.login, page);
      repos.push(...items);
      if (items.length < REPOS_PER_PAGE) break;
    } catch (error) {
      partial = partialFrom(asApiError(error));
      break;
    }
  }
  return { data: { user, repos: repos.slice(0, maxRepos), details: {}, pullRequests: null }, partial, error: null, listingPages };
}

/**
 * The deep plan by REST for the top k repositories: languages, tree, one
 * manifest each, and one search for merged pull requests, within
 * deepRestBudget(k) with the `listingPages` the quick plan spent (the
 * lowest-ranked repositories go without languages where needed).
 */
export async function gatherDeepRest(
  client: GithubClient,
  quick: GatheredGithub,
  k: number,
  now: number,
  listingPages = Math.ceil(quick.repos.length / REPOS_PER_PAGE),
): Promise<{ data: GatheredGithub; partial: PartialNotice | null }> {
  const details: Record<string, RepoDetails> = { ...quick.details };
  let partial: PartialNotice | null = null;
  const run = async <T>(step: () => Promise<T>): Promise<T | null | 'stop'> => {
    try {
      return await step();
    } catch (error) {
      const e = asApiError(error);
      if (stopsTheRun(e)) {
        partial = partialFrom(e);
        return 'stop';
      }
      return null; // a missing or empty repository: skip this item
    }
  };

  const selected = selectDeepRepos(quick.repos, k, now);
  const withLanguages = selected.length - languagesLeftOut(listingPages, selected.length, k);
  outer: for (const [rank, repo] of selected.entries()) {
    const owner = repo.owner.login;
    const name = repo.name;
    const entry: RepoDetails = { languages: null, files: null, manifests: [] };
    details[repo.full_name] = entry;
    if (rank < withLanguages) {
      const languages = await run(() => client.getLanguages(owner, name));
      if (languages === 'stop') break;
      entry.languages = languages;
    }
    const tree = await run(() => client.getTree(owner, name, repo.default_branch));
    if (tree === 'stop') break;
    entry.files = tree ? tree.tree.filter((t) => t.type === 'blob' || t.type === 'tree').map((t) => ({ path: t.type === 'tree' ? `${t.path}/` : t.path, size: t.size ?? null })) : [];
    const manifestPath = pickManifestPath(entry.files.map((f) => f.path));
    if (manifestPath) {
      const text = await run(() => client.getFileText(owner, name, manifestPath, repo.default_branch));
      if (text === 'stop') break outer;
      if (text) entry.manifests.push({ path: manifestPath, text });
    }
  }

  let pullRequests = quick.pullRequests;
  if (!partial) {
    const prs = await run(() => client.searchMergedPullRequests(quick.user.login));
    if (prs && prs !== 'stop') pullRequests = prs;
  }
  return { data: { ...quick, details, pullRequests }, partial };
}
