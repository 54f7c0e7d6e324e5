/**
 * Prints one benchmark figure as `name: value unit`, with its target beside it
 * when there is one. Figures are printed, never asserted.
 */
export function report(name: string, value: number, unit: string, target?: string): void {
  // one token before the colon, so every line parses as `name: value unit`
  const key = name.toLowerCase().replace(/[^a-z0-9.]+/g, '-').replace(/^-+|-+$/g, '');
  const rounded = Number.isInteger(value) ? String(value) : value.toFixed(value < 10 ? 3 : 1);
  process.stdout.write(`${key}: ${rounded} ${unit}${target ? ` (target ${target})` : ''}\n`);
}

/** Median wall time of `runs` calls, in milliseconds. */
export async function medianMs(runs: number, fn: () => unknown | Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}
