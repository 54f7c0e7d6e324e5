/**
 * Runs a bench workload in fresh Node processes, one after another, and
 * returns what each printed.
 *
 * Why: where a machine's cores are not equally free (a shared virtual
 * machine), a process that lands on the busier core runs allocation-heavy code
 * much slower for its whole life, whatever that code is. On the two-core
 * machine this was written on, the scoring workload pinned to one core takes
 * about 72 ms and pinned to the other about 104 ms, every time, and a
 * five-line loop that only allocates objects splits the same way. A figure
 * from one process says which core it landed on; the least of several is the
 * code's own figure (noise only ever adds time), and callers print every
 * process's figure beside it.
 *
 * The workload's entry file is bundled with rolldown as the extension ships
 * its code; packages named in `external` are left to Node to load from
 * node_modules (the bundle is written under node_modules/.cache so they resolve).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { build } from 'rolldown';

const ROOT = resolve(import.meta.dirname, '../..');

export async function inFreshProcesses<T>(entry: string, processes: number, external: readonly string[] = []): Promise<T[]> {
  const cache = join(ROOT, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'hirelens-bench-'));
  try {
    const file = join(dir, `${basename(entry, '.ts')}.mjs`);
    await build({
      input: entry,
      platform: 'node',
      tsconfig: join(ROOT, 'tsconfig.json'),
      external: [...external],
      transform: { define: { 'process.env.NODE_ENV': '"production"' } },
      output: { file, format: 'esm', minify: true },
      logLevel: 'silent',
    });
    const results: T[] = [];
    for (let i = 0; i < processes; i++) results.push(JSON.parse(execFileSync(process.execPath, [file], { encoding: 'utf8', cwd: ROOT })) as T);
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
