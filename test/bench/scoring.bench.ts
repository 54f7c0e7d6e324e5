/**
 * Time to score 10,000 candidates against one matrix (target under 100 ms).
 * Printed, never asserted. The workload (scoring-workload.ts) runs in seven
 * fresh processes (fresh-processes.ts says why); each gives the median of its
 * seven timed passes. The figure is the least of those medians, and every
 * process's median is printed after it.
 */
import { resolve } from 'node:path';
import { test } from 'vitest';
import { inFreshProcesses } from './fresh-processes';
import { report } from './report';
import type { WorkloadResult } from './scoring-workload';

test('scoring bench', async () => {
  const results = await inFreshProcesses<WorkloadResult>(resolve(import.meta.dirname, 'scoring-process.ts'), 7);
  for (const r of results) if (r.rows !== r.expectedRows) throw new Error(`scored ${r.rows} rows, expected ${r.expectedRows}`);
  const medians = results.map((r) => r.medianMs);
  report('score 10,000 candidates', Math.min(...medians), 'ms', '< 100 ms');
  medians.forEach((ms, i) => report(`score 10,000 candidates process ${i + 1}`, ms, 'ms'));
});
