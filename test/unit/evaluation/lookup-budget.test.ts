import { describe, expect, test } from 'vitest';
import { budgetOf, digDeeperCost, requestsPerProfile } from '@/lib/evaluation/lookup-budget';

const NOW = Date.parse('2025-06-15T16:00:00Z');
const RESET = NOW + 65 * 60_000;

describe('requests per profile, from the request plans', () => {
  test('a quick profile without a token: the user and one listing page', () => {
    expect(requestsPerProfile('quick')).toBe(2);
    expect(requestsPerProfile('quick', 300)).toBe(4);
  });

  test('a profile read in depth with a token: one GraphQL query for the repositories, one for the files', () => {
    expect(requestsPerProfile('deep')).toBe(2);
    expect(requestsPerProfile('deep', 250)).toBe(4);
  });
});

describe('the budget in people', () => {
  test('48 of 60 requests left pay for about 24 quick profiles', () => {
    const budget = budgetOf({ limit: 60, remaining: 48, resetAt: RESET }, 'quick', NOW);
    expect(budget).toEqual({ kind: 'quick', remaining: 48, profiles: 24, low: false, resetAt: RESET });
  });

  test('an odd request left over buys no extra person', () => {
    expect(budgetOf({ limit: 60, remaining: 7, resetAt: RESET }, 'quick', NOW).profiles).toBe(3);
  });

  test('a quarter of the limit or less is low', () => {
    expect(budgetOf({ limit: 60, remaining: 15, resetAt: RESET }, 'quick', NOW).low).toBe(true);
    expect(budgetOf({ limit: 60, remaining: 16, resetAt: RESET }, 'quick', NOW).low).toBe(false);
    expect(budgetOf({ limit: 5000, remaining: 1250, resetAt: RESET }, 'deep', NOW).low).toBe(true);
    expect(budgetOf({ limit: 5000, remaining: 0, resetAt: RESET }, 'deep', NOW)).toMatchObject({ profiles: 0, low: true });
  });

  test('once the window has reset, the whole limit is there again', () => {
    const budget = budgetOf({ limit: 60, remaining: 0, resetAt: NOW - 1000 }, 'quick', NOW);
    expect(budget).toEqual({ kind: 'quick', remaining: 60, profiles: 30, low: false, resetAt: null });
  });
});

describe('what Dig deeper costs', () => {
  test('without a token: languages, file tree and one manifest for each of the top 10 repositories, less what the plan leaves out', () => {
    // 10 trees + 10 manifests + 9 languages (one left out to pay for the search); the user and listing are cached
    const cost = digDeeperCost({ publicRepos: 40, hasToken: false, rateLimit: { limit: 60, remaining: 58, resetAt: RESET }, now: NOW });
    expect(cost).toEqual({ repos: 10, requests: 29, remaining: 58, unaffordable: false });
  });

  test('a person with five repositories costs three requests each', () => {
    expect(digDeeperCost({ publicRepos: 5, hasToken: false, rateLimit: null, now: NOW })).toEqual({ repos: 5, requests: 15, remaining: null, unaffordable: false });
  });

  test('fewer requests left than it needs: it cannot complete', () => {
    const cost = digDeeperCost({ publicRepos: 40, hasToken: false, rateLimit: { limit: 60, remaining: 28, resetAt: RESET }, now: NOW });
    expect(cost.unaffordable).toBe(true);
    expect(digDeeperCost({ publicRepos: 40, hasToken: false, rateLimit: { limit: 60, remaining: 29, resetAt: RESET }, now: NOW }).unaffordable).toBe(false);
  });

  test('a spent limit whose window has reset can pay again', () => {
    expect(digDeeperCost({ publicRepos: 40, hasToken: false, rateLimit: { limit: 60, remaining: 0, resetAt: NOW - 1 }, now: NOW }).unaffordable).toBe(false);
  });

  test('with a token: GraphQL asks again, one query per 100 repositories and one for the files', () => {
    expect(digDeeperCost({ publicRepos: 40, hasToken: true, rateLimit: { limit: 5000, remaining: 4990, resetAt: RESET }, now: NOW })).toEqual({
      repos: 10,
      requests: 2,
      remaining: 4990,
      unaffordable: false,
    });
    expect(digDeeperCost({ publicRepos: 250, hasToken: true, rateLimit: null, now: NOW }).requests).toBe(4);
  });
});
