import { t } from '@/lib/i18n';

export type View = 'profile' | 'candidates' | 'roles';

/** The three views of the panel, as tabs. */
export function Nav({ view, onChange }: { view: View; onChange: (v: View) => void }) {
  const item = (v: View, label: string) => (
    <button
      type="button"
      role="tab"
      aria-selected={view === v}
      className={view === v ? 'nav-item active' : 'nav-item'}
      data-testid={`nav-${v}`}
      onClick={() => onChange(v)}
    >
      {label}
    </button>
  );
  return (
    <nav className="nav" role="tablist" aria-label="Hirelens">
      {item('profile', t('navProfile'))}
      {item('candidates', t('navCandidates'))}
      {item('roles', t('navRoles'))}
    </nav>
  );
}
