/**
 * How many candidates a comparison takes. On their own (no imports) so the
 * candidate list can use them without loading the comparison and its
 * re-scoring before it is opened.
 */
export const COMPARE_MIN = 2;
export const COMPARE_MAX = 4;

/** Whether this many candidates can be compared. */
export function canCompare(count: number): boolean {
  return count >= COMPARE_MIN && count <= COMPARE_MAX;
}
