import { useRef, type KeyboardEvent } from 'react';
import { t, tOr } from '@/lib/i18n';

export type View = 'profile' | 'candidates' | 'bulk' | 'roles';

const VIEWS: readonly View[] = ['profile', 'candidates', 'bulk', 'roles'];

/** The id of the element that shows the chosen view (the tabs control it). */
export const VIEW_PANEL_ID = 'view-panel';

function label(v: View): string {
  switch (v) {
    case 'profile':
      return t('navProfile');
    case 'candidates':
      return t('navCandidates');
    case 'bulk':
      return tOr('navBulk', 'Bulk');
    case 'roles':
      return t('navRoles');
  }
}

/** The panel's views, as tabs: click, or ←/→ (Home/End) once one has focus. */
export function Nav({ view, onChange }: { view: View; onChange: (v: View) => void }) {
  const list = useRef<HTMLElement>(null);
  const onKeyDown = (e: KeyboardEvent) => {
    const at = VIEWS.indexOf(view);
    const next =
      e.key === 'ArrowRight' ? VIEWS[(at + 1) % VIEWS.length] : e.key === 'ArrowLeft' ? VIEWS[(at + VIEWS.length - 1) % VIEWS.length] : e.key === 'Home' ? VIEWS[0] : e.key === 'End' ? VIEWS[VIEWS.length - 1] : undefined;
    if (!next) return;
    e.preventDefault();
    onChange(next);
    list.current?.querySelector<HTMLElement>(`[data-testid="nav-${next}"]`)?.focus();
  };
  return (
    <nav className="nav" role="tablist" aria-label="Hirelens" ref={list} onKeyDown={onKeyDown}>
      {VIEWS.map((v) => (
        <button
          key={v}
          type="button"
          role="tab"
          id={`tab-${v}`}
          aria-selected={view === v}
          aria-controls={VIEW_PANEL_ID}
          tabIndex={view === v ? 0 : -1}
          className={view === v ? 'nav-item active' : 'nav-item'}
          data-testid={`nav-${v}`}
          onClick={() => onChange(v)}
        >
          {label(v)}
        </button>
      ))}
    </nav>
  );
}
