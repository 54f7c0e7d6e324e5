/**
 * GitHub profile extraction on a large page (github-extract-workload.ts), in
 * five fresh processes (fresh-processes.ts says why). Each figure is the least
 * of the five processes' medians; every process's figures are printed after.
 */
import { resolve } from 'node:path';
import { test } from 'vitest';
import { inFreshProcesses } from './fresh-processes';
import type { ExtractResult } from './github-extract-workload';
import { report } from './report';

test('GitHub profile extraction time on a large page', async () => {
  const results = await inFreshProcesses<ExtractResult>(resolve(import.meta.dirname, 'github-extract-process.ts'), 5, ['happy-dom']);
  const least = (pick: (r: ExtractResult) => number): number => Math.min(...results.map(pick));
  report('github extract: page size', results[0]!.pageKb, 'KB', 'input: > 200 KB');
  report('github extract: parse large page (happy-dom, for scale)', least((r) => r.parseMs), 'ms', '< 500 ms');
  report('github extract: extractGithubProfile on large page (median)', least((r) => r.extractMs), 'ms', '< 50 ms');
  report('github extract: stale-page check on large page (median)', least((r) => r.staleMs), 'ms', '< 5 ms');
  results.forEach((r, i) => {
    report(`github extract: process ${i + 1} extract`, r.extractMs, 'ms');
    report(`github extract: process ${i + 1} stale-page check`, r.staleMs, 'ms');
  });
});
