/** Rounding for figures a recruiter reads: strengths to two decimals, years to one. */
export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
