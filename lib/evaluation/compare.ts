/**
 * Two to four candidates side by side against one matrix, pure: one row per
 * requirement of the matrix, one column per candidate, a status in each cell.
 *
 * A candidate whose saved snapshot was scored against this very matrix, with
 * every one of its current rows, shows that snapshot (it may rest on more than
 * the cache keeps, such as the GitHub account's age); any other (another
 * matrix, or this one edited since the save) is re-scored from the cached
 * evidence, offline.
 */
import type { Priority } from '../schemas/enums';
import { isPending, snapshotVerdict } from '../candidates/verdict';
import type { VerdictLabel } from '../schemas/enums';
import type { Matrix } from '../matrix/schema';
import { displayName } from '../candidates/display';
import { rescoreSnapshot } from './rescore';
import type { Candidate, SeniorityBand, SnapshotRequirement } from '../candidates/schema';

import { COMPARE_MAX, COMPARE_MIN, canCompare } from './compare-bounds';

export { COMPARE_MAX, COMPARE_MIN, canCompare };

/** `unknown`: no score for that row (kept for safety; a re-score always covers every row). */
export type CompareStatus = SnapshotRequirement['status'] | 'unknown';

export interface CompareColumn {
  id: string;
  name: string;
  overall: number;
  /** not enough was known to judge: the score is pending, not a number */
  pending: boolean;
  verdict: VerdictLabel;
  band: SeniorityBand;
  /** true when the column was scored now from cached evidence, false when it is the saved snapshot */
  rescored: boolean;
  /** the date of the score shown (ISO) */
  scoredAt: string;
}

export interface CompareRow {
  id: string;
  label: string;
  priority: Priority;
  /** one per column, in column order */
  cells: CompareStatus[];
  /** how many columns meet this row */
  metCount: number;
}

export interface Comparison {
  matrixId: string;
  matrixName: string;
  columns: CompareColumn[];
  rows: CompareRow[];
}


/** The comparison of `candidates` (2–4, in the order given) against `matrix`; `now` dates any re-score. */
export function compareCandidates(candidates: readonly Candidate[], matrix: Matrix, now: Date): Comparison {
  if (!canCompare(candidates.length)) {
    throw new RangeError(`compareCandidates: expected ${COMPARE_MIN} to ${COMPARE_MAX} candidates, got ${candidates.length}`);
  }
  const scored = candidates.map((c) => {
    const rows = new Set(c.snapshot.requirements.map((r) => r.id));
    const saved = c.snapshot.matrixId === matrix.id && matrix.requirements.every((r) => rows.has(r.id));
    const snapshot = saved ? c.snapshot : rescoreSnapshot(c, matrix, now);
    return { candidate: c, snapshot, rescored: !saved };
  });
  const columns: CompareColumn[] = scored.map(({ candidate, snapshot, rescored }) => ({
    id: candidate.id,
    name: displayName(candidate),
    overall: snapshot.overall,
    pending: isPending(snapshot),
    verdict: snapshotVerdict(snapshot),
    band: snapshot.band,
    rescored,
    scoredAt: snapshot.date,
  }));
  const statusById = scored.map(({ snapshot }) => new Map(snapshot.requirements.map((r) => [r.id, r.status] as const)));
  const rows: CompareRow[] = matrix.requirements.map((req) => {
    const cells = statusById.map((m): CompareStatus => m.get(req.id) ?? 'unknown');
    return { id: req.id, label: req.label, priority: req.priority, cells, metCount: cells.filter((s) => s === 'met').length };
  });
  return { matrixId: matrix.id, matrixName: matrix.name, columns, rows };
}
