/** How long and how recently the person has been active on GitHub, for the GitHub-only seniority estimate. */
import type { ApiRepo, ApiUser } from '../github/api-schemas';
import type { GithubActivity } from '../schemas/tab-state';

function year(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isFinite(t) ? new Date(t).getUTCFullYear() : null;
}

/**
 * Active years are the distinct years in which one of their own repositories
 * was created or last pushed (forks left out); the first push year is the
 * earliest of those.
 */
export function githubActivity(user: ApiUser, repos: readonly ApiRepo[]): GithubActivity {
  const years = new Set<number>();
  let lastPushAt: string | null = null;
  for (const r of repos) {
    if (r.fork) continue;
    for (const y of [year(r.created_at), year(r.pushed_at)]) if (y !== null) years.add(y);
    if (r.pushed_at && (!lastPushAt || Date.parse(r.pushed_at) > Date.parse(lastPushAt))) lastPushAt = r.pushed_at;
  }
  const sorted = [...years].sort((a, b) => a - b);
  return {
    activeYears: sorted.length,
    years: sorted,
    firstPushYear: sorted[0] ?? null,
    lastPushAt,
    accountCreatedYear: year(user.created_at),
  };
}
