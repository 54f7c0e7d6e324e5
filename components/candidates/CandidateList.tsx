import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Candidate, CandidatePatch, Stage } from '@/lib/candidates/schema';
import { t, tOr } from '@/lib/i18n';
import { CandidateEditor } from './CandidateEditor';
import { CandidateRow } from './CandidateRow';
import { rowHeightAt, rowTop, totalHeight, visibleRange, type RowLayout } from './virtual-range';

/** The height of a row, in CSS pixels (candidates.css sizes the row's content to fit). */
export const ROW_HEIGHT = 60;
/** How much taller a row is with its editor open. */
export const EDITOR_EXTRA = 300;
/** Rows rendered above and below the viewport. */
export const OVERSCAN = 6;
/** The viewport height assumed until the window is measured (and where it cannot be: tests). */
export const DEFAULT_VIEWPORT = 480;

export interface CandidateListProps {
  /** the candidates to show, in order */
  candidates: readonly Candidate[];
  roleName: (c: Candidate) => string;
  roles: readonly { id: string; name: string }[];
  expandedId: string | null;
  onToggleExpand: (id: string) => void;
  selected: ReadonlySet<string>;
  onToggleSelect: (id: string) => void;
  onOpenProfile: (url: string) => void;
  onUpdate: (id: string, patch: CandidatePatch, revision?: number) => Promise<void>;
  onStageChange: (id: string, stage: Stage) => void;
  onDelete: (id: string) => Promise<void>;
  /** changes whenever the search, filters or sort change: the keyboard goes back to the first row */
  resetKey: string;
  /** a fixed viewport height; the window's otherwise */
  viewportHeight?: number;
}

/** How far the page has scrolled past the list's top edge (0 while the list starts below the fold's top). */
function scrolledInto(list: HTMLElement | null): number {
  if (!list) return 0;
  return Math.max(0, -list.getBoundingClientRect().top);
}

/**
 * The saved candidates as one full-height list in the page (no scroll box of
 * its own): the page scrolls, and only the rows in view (plus a few either
 * side) are in the DOM. The keyboard moves through it: ↑/↓ (or j/k), Home,
 * End; Enter opens the profile, Space selects, S changes the stage, E edits.
 */
export function CandidateList(p: CandidateListProps) {
  const id = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(p.viewportHeight ?? DEFAULT_VIEWPORT);
  const [cursor, setCursor] = useState({ key: p.resetKey, index: 0 });
  const active = cursor.key === p.resetKey ? Math.min(cursor.index, Math.max(0, p.candidates.length - 1)) : 0;
  // set when the keyboard moved: focus follows once the row is rendered
  const focusPending = useRef(false);

  useEffect(() => {
    const measure = () => {
      setScrollTop(scrolledInto(listRef.current));
      if (p.viewportHeight === undefined && window.innerHeight > 0) setViewport(window.innerHeight);
    };
    measure();
    window.addEventListener('scroll', measure, { passive: true });
    window.addEventListener('resize', measure);
    return () => {
      window.removeEventListener('scroll', measure);
      window.removeEventListener('resize', measure);
    };
  }, [p.viewportHeight]);

  const expanded = p.expandedId === null ? -1 : p.candidates.findIndex((c) => c.id === p.expandedId);
  const layout: RowLayout = { count: p.candidates.length, rowHeight: ROW_HEIGHT, expanded, extra: EDITOR_EXTRA };
  const { start, end } = visibleRange(layout, scrollTop, p.viewportHeight ?? viewport, OVERSCAN);
  // the rows in view, and the keyboard's row wherever the page is scrolled (it holds the tab stop)
  const indices: number[] = [];
  if (active < start && active < p.candidates.length) indices.push(active);
  for (let i = start; i < end; i++) indices.push(i);
  if (active >= end && active < p.candidates.length) indices.push(active);

  useLayoutEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    const row = listRef.current?.querySelector<HTMLElement>(`[data-index="${active}"]`);
    if (!row) return;
    row.focus({ preventScroll: true });
    row.scrollIntoView?.({ block: 'nearest' });
  });

  const moveTo = useCallback(
    (index: number) => {
      const next = Math.max(0, Math.min(p.candidates.length - 1, index));
      focusPending.current = true;
      setCursor({ key: p.resetKey, index: next });
    },
    [p.candidates.length, p.resetKey],
  );

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const target = e.target as HTMLElement;
    // keys typed into a field, a select or the editor are theirs
    if (target.getAttribute('data-testid') !== 'candidate-row' || e.altKey || e.ctrlKey || e.metaKey) return;
    const c = p.candidates[active];
    if (!c) return;
    const page = Math.max(1, Math.floor((p.viewportHeight ?? viewport) / ROW_HEIGHT) - 1);
    switch (e.key) {
      case 'ArrowDown':
      case 'j':
        moveTo(active + 1);
        break;
      case 'ArrowUp':
      case 'k':
        moveTo(active - 1);
        break;
      case 'PageDown':
        moveTo(active + page);
        break;
      case 'PageUp':
        moveTo(active - page);
        break;
      case 'Home':
        moveTo(0);
        break;
      case 'End':
        moveTo(p.candidates.length - 1);
        break;
      case 'Enter': {
        const url = c.githubUrl ?? c.linkedinUrl;
        if (url) p.onOpenProfile(url);
        break;
      }
      case ' ':
      case 'x':
        p.onToggleSelect(c.id);
        break;
      case 's':
        target.querySelector<HTMLSelectElement>('[data-testid="candidate-stage"]')?.focus();
        break;
      case 'e':
        p.onToggleExpand(c.id);
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  const rows = [];
  for (const i of indices) {
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
        index={i}
        total={p.candidates.length}
        active={i === active}
        expanded={isExpanded}
        editorId={`${id}-editor`}
        onToggleExpand={p.onToggleExpand}
        selected={p.selected.has(c.id)}
        onToggleSelect={p.onToggleSelect}
        onOpenProfile={p.onOpenProfile}
        onStageChange={p.onStageChange}
        onFocusRow={(index) => index !== active && setCursor({ key: p.resetKey, index })}
      >
        {isExpanded ? (
          <CandidateEditor candidate={c} roles={p.roles} onUpdate={p.onUpdate} onDelete={p.onDelete} onClose={() => p.onToggleExpand(c.id)} />
        ) : null}
      </CandidateRow>,
    );
  }

  return (
    <div className="cand-list-wrap" data-testid="candidate-list" data-first={start} data-count={p.candidates.length}>
      <p className="muted small cand-keys" id={`${id}-keys`}>
        {tOr('candidatesKeys', 'Keys: ↑/↓ move · Enter opens · Space selects · S stage · E edit')}
      </p>
      <ul
        ref={listRef}
        className="cand-list"
        aria-label={t('candidatesListLabel')}
        aria-describedby={`${id}-keys`}
        style={{ height: totalHeight(layout) }}
        onKeyDown={onKeyDown}
      >
        {rows}
      </ul>
    </div>
  );
}
