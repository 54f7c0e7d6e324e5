import { GithubApiError, type GithubClient } from './client';
import { languageShares, languageSkillEvidence } from '../evidence/repo-languages';
import type { GithubEvidence, RateLimit } from '../schemas/tab-state';

/** Repository pages read by the quick plan (100 repositories a page). */
export const QUICK_PLAN_MAX_PAGES = 3;

export type GithubEvaluation =
  | { ok: true; evidence: GithubEvidence; rateLimit: RateLimit | null }
  | { ok: false; error: string; status: number | null; rateLimit: RateLimit | null };

/** The quick plan: the user and their owned repositories, most recently pushed first. */
export async function evaluateGithubLogin(client: GithubClient, login: string, now: number): Promise<GithubEvaluation> {
  try {
    const user = await client.getUser(login);
    const repos = await client.listRepos(user.login, QUICK_PLAN_MAX_PAGES);
    return {
      ok: true,
      rateLimit: client.rateLimit,
      evidence: {
        account: {
          login: user.login,
          createdAt: user.created_at ?? null,
          publicRepos: user.public_repos,
          followers: user.followers,
          htmlUrl: user.html_url,
        },
        reposConsidered: repos.length,
        languages: languageShares(repos, now),
        skills: languageSkillEvidence(repos, now),
        requests: client.requests,
        fetchedAt: new Date(now).toISOString(),
      },
    };
  } catch (error) {
    if (error instanceof GithubApiError) {
      return { ok: false, error: error.message, status: error.status, rateLimit: error.rateLimit ?? client.rateLimit };
    }
    return { ok: false, error: 'Unexpected failure while reading GitHub', status: null, rateLimit: client.rateLimit };
  }
}
