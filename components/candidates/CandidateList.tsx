import { useEffect, useId, useRef, useState } from 'react';
import type { Candidate, CandidatePatch } from '@/lib/candidates/schema';
import { t } from '@/lib/i18n';
import { CandidateEditor } from './CandidateEditor';
import { CandidateRow } from './CandidateRow';
import { rowHeightAt, rowTop, totalHeight, visibleRange, type RowLayout } from './virtual-range';

/** The height of a row, in CSS pixels (candidates.css sizes the row's content to fit). */
export const ROW_HEIGHT = 84;
/** How much taller a row is with its editor open. */
export const EDITOR_EXTRA = 300;
/** Rows rendered above and below the viewport. */
export const OVERSCAN = 6;
/** The viewport height assumed until the scroll container is measured (and where it cannot be: tests). */
export const DEFAULT_VIEWPORT = 480;

export interface CandidateListProps {
  /** the candidates to show, in order */
  candidates: readonly Candidate[];
  roleName: (c: Candidate) => string;
  roles: readonly { id: string; name: string }[];
  expandedId: string | null;
  onToggleExpand: (id: string) => void;
  selected: ReadonlySet<string>;
  maxSelected: number;
  onToggleSelect: (id: string) => void;
  onOpenProfile: (url: string) => void;
  onUpdate: (id: string, patch: CandidatePatch) => Promise<void>;
  onDelete: (id: string) => Promise<void>;
  /** changes whenever the search, filters or sort change: the list goes back to the top */
  resetKey: string;
  /** a fixed viewport height; measured from the container otherwise */
  viewportHeight?: number;
}

/** The saved candidates as a virtualised list: only the rows in view (plus a few either side) are in the DOM. */
export function CandidateList(p: CandidateListProps) {
  const id = useId();
  const scroller = useRef<HTMLDivElement>(null);
  const [scroll, setScroll] = useState({ key: p.resetKey, top: 0 });
  const [measured, setMeasured] = useState(0);
  const scrollTop = scroll.key === p.resetKey ? scroll.top : 0;

  useEffect(() => {
    const el = scroller.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setMeasured(el.clientHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    // a new search or sort starts at the top
    if (scroller.current) scroller.current.scrollTop = 0;
  }, [p.resetKey]);

  const viewport = p.viewportHeight ?? (measured > 0 ? measured : DEFAULT_VIEWPORT);
  const expanded = p.expandedId === null ? -1 : p.candidates.findIndex((c) => c.id === p.expandedId);
  const layout: RowLayout = { count: p.candidates.length, rowHeight: ROW_HEIGHT, expanded, extra: EDITOR_EXTRA };
  const { start, end } = visibleRange(layout, scrollTop, viewport, OVERSCAN);
  const full = p.selected.size >= p.maxSelected;

  const rows = [];
  for (let i = start; i < end; i++) {
    const c = p.candidates[i];
    if (!c) continue;
    const isExpanded = i === expanded;
    rows.push(
      <CandidateRow
        key={c.id}
        candidate={c}
        roleName={p.roleName(c)}
        top={rowTop(layout, i)}
        height={rowHeightAt(layout, i)}
        position={i + 1}
        total={p.candidates.length}
        expanded={isExpanded}
        editorId={`${id}-editor`}
        onToggleExpand={p.onToggleExpand}
        selected={p.selected.has(c.id)}
        selectDisabled={full && !p.selected.has(c.id)}
        onToggleSelect={p.onToggleSelect}
        onOpenProfile={p.onOpenProfile}
      >
        {isExpanded ? (
          <CandidateEditor candidate={c} roles={p.roles} onUpdate={p.onUpdate} onDelete={p.onDelete} onClose={() => p.onToggleExpand(c.id)} />
        ) : null}
      </CandidateRow>,
    );
  }

  return (
    <div
      ref={scroller}
      className="cand-scroller"
      data-testid="candidate-list"
      data-first={start}
      data-count={p.candidates.length}
      role="region"
      aria-label={t('candidatesListLabel')}
      // the region itself scrolls with the keyboard when nothing inside has focus
      tabIndex={0}
      style={p.viewportHeight ? { height: p.viewportHeight } : undefined}
      onScroll={(e) => setScroll({ key: p.resetKey, top: e.currentTarget.scrollTop })}
    >
      <ul className="cand-list" style={{ height: totalHeight(layout) }}>
        {rows}
      </ul>
    </div>
  );
}
