/**
 * The arithmetic of the virtualised candidate list, pure: rows have one fixed
 * height, except at most one expanded row that is `extra` pixels taller.
 */
export interface RowLayout {
  count: number;
  rowHeight: number;
  /** the index of the expanded row, or -1 */
  expanded: number;
  /** how much taller the expanded row is */
  extra: number;
}

export function totalHeight(l: RowLayout): number {
  return l.count * l.rowHeight + (l.expanded >= 0 && l.expanded < l.count ? l.extra : 0);
}

export function rowTop(l: RowLayout, index: number): number {
  return index * l.rowHeight + (l.expanded >= 0 && index > l.expanded ? l.extra : 0);
}

export function rowHeightAt(l: RowLayout, index: number): number {
  return index === l.expanded ? l.rowHeight + l.extra : l.rowHeight;
}

/** The index of the row under vertical position `y` (clamped to the list). */
export function indexAt(l: RowLayout, y: number): number {
  if (l.count === 0) return 0;
  let i: number;
  if (l.expanded >= 0 && y >= rowTop(l, l.expanded)) {
    const afterExpanded = rowTop(l, l.expanded) + l.rowHeight + l.extra;
    i = y < afterExpanded ? l.expanded : l.expanded + 1 + Math.floor((y - afterExpanded) / l.rowHeight);
  } else {
    i = Math.floor(y / l.rowHeight);
  }
  return Math.min(l.count - 1, Math.max(0, i));
}

/** The rows to render, [start, end), for a viewport at `scrollTop`, with `overscan` rows either side. */
export function visibleRange(l: RowLayout, scrollTop: number, viewport: number, overscan: number): { start: number; end: number } {
  if (l.count === 0) return { start: 0, end: 0 };
  const top = Math.max(0, scrollTop);
  const first = indexAt(l, top);
  const last = indexAt(l, top + Math.max(viewport, l.rowHeight) - 1);
  return { start: Math.max(0, first - overscan), end: Math.min(l.count, last + 1 + overscan) };
}
