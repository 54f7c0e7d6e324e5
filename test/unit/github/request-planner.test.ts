import { describe, expect, test } from 'vitest';
import { deepRestBudget, languagesLeftOut, plannedRequests } from '@/lib/github/request-planner';

describe('the deep REST plan stays within 2 + 3K requests', () => {
  test('the budget at K = 10 is 32', () => {
    expect(deepRestBudget(10)).toBe(32);
  });

  test.each([
    // repositories, listing pages, deep repositories → languages requests left out
    [10, 1, 9, 0],
    [10, 1, 10, 1],
    [100, 1, 10, 1],
    [300, 3, 10, 3],
    [5, 1, 5, 0],
  ])('%i repositories (%i pages, %i read in depth): %i languages requests left out', (_n, pages, deep, leftOut) => {
    expect(languagesLeftOut(pages, deep, 10)).toBe(leftOut);
  });

  test.each([10, 100, 300])('%i repositories: planned within the budget', (n) => {
    expect(plannedRequests('deep', 'rest', n)).toBeLessThanOrEqual(deepRestBudget(10));
  });

  test('300 repositories: 1 user + 3 pages + 10 trees + 10 manifests + 7 languages + 1 search', () => {
    expect(plannedRequests('deep', 'rest', 300)).toBe(1 + 3 + 10 + 10 + 7 + 1);
  });

  test('a very small K cannot leave out more languages requests than it reads', () => {
    expect(languagesLeftOut(3, 1, 1)).toBe(1);
    expect(languagesLeftOut(3, 0, 0)).toBe(0);
  });
});
