/**
 * How sure a skill is, 0..1, from its sources grouped by repository.
 *
 * Within a repository the sources combine as independent signs (noisy-or);
 * each repository's signal is scaled by its factor (recency × care × substance,
 * forks low) and summed; the sum saturates (1 − e^(−amount/2)), so amount,
 * breadth and recency all raise strength with diminishing returns.
 */
import type { ApiRepo } from '../github/api-schemas';
import { recencyWeight } from '../github/repo-weights';

export interface RepoCare {
  tests: boolean;
  ci: boolean;
}

/** Care: tests and CI present, stars and forks from others (log-scaled). */
export function careFactor(repo: ApiRepo, care: RepoCare | null): number {
  const recognition = Math.min(1, Math.log10(1 + repo.stargazers_count + repo.forks_count) / 2);
  return 1 + (care?.tests ? 0.15 : 0) + (care?.ci ? 0.15 : 0) + 0.15 * recognition;
}

/** Substance: 0.4 for an empty repository, about 1 at 10 MB. */
export function substanceFactor(sizeKb: number): number {
  return Math.min(1, 0.4 + 0.15 * Math.log10(1 + Math.max(0, sizeKb)));
}

export const FORK_FACTOR = 0.15;

export function repoFactor(repo: ApiRepo, care: RepoCare | null, now: number): number {
  return Math.max(0.05, recencyWeight(repo.pushed_at, now)) * careFactor(repo, care) * substanceFactor(repo.size) * (repo.fork ? FORK_FACTOR : 1);
}

/** Independent signs of one skill in one place: 1 − Π(1 − w). */
export function combineWeights(weights: readonly number[]): number {
  return 1 - weights.reduce((p, w) => p * (1 - Math.min(1, Math.max(0, w))), 1);
}

export function strengthFromAmount(amount: number): number {
  return Math.round((1 - Math.exp(-Math.max(0, amount) / 2)) * 100) / 100;
}
