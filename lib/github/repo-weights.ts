/**
 * How much a repository counts, from what its listing says: recent pushes
 * and size. The planner ranks repositories by it to choose which to read in
 * depth; the evidence builder weighs what it finds by it.
 */

const DAY = 86_400_000;

/** 1 for a repository pushed today, halving every two years. */
export function recencyWeight(pushedAt: string | null | undefined, now: number): number {
  if (!pushedAt) return 0.25;
  const t = Date.parse(pushedAt);
  if (!Number.isFinite(t)) return 0.25;
  const years = Math.max(0, now - t) / (365 * DAY);
  return Math.pow(0.5, years / 2);
}

/** log-scaled size so one huge repository does not drown the rest (size is in KB). */
export function sizeWeight(sizeKb: number): number {
  return Math.log2(2 + Math.max(0, sizeKb));
}
