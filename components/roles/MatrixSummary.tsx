import type { Matrix, Requirement } from '@/lib/matrix';
import { t } from '@/lib/i18n';
import { KIND_LABEL_KEYS } from './RequirementEditor';
import { skillName } from '@/lib/skills';

export interface MatrixSummaryProps {
  matrix: Matrix;
  onDuplicate: () => void;
  /** why it cannot be changed, when it is not a preset (a shared role) */
  readOnlyNote?: string;
}

function bandText(m: Matrix): string {
  const { minYears, maxYears, band } = m.experienceBand;
  const range = maxYears === null ? `${minYears}+` : `${minYears}–${maxYears}`;
  return `${band} (${range} ${t('rolesYears')})`;
}

function detail(r: Requirement): string {
  switch (r.kind) {
    case 'skill':
      return `${r.anyOf.map(skillName).join(', ')} · ${t('rolesMinStrength')} ${r.minStrength}`;
    case 'years':
      return `${r.anyOf.map(skillName).join(', ')} · ${t('rolesMinYears')} ${r.minYears}`;
    case 'timezone':
      return `UTC${r.teamUtcOffsetHours >= 0 ? '+' : ''}${r.teamUtcOffsetHours}, ${r.teamStartHour}–${r.teamEndHour} · ${t('rolesMinOverlap')} ${r.minOverlapHours}`;
    case 'degree':
      return r.fields.join(', ');
    case 'certification':
      return [...r.anyOf.map(skillName), ...r.names].join(', ');
    case 'experience':
      return '';
  }
}

/** A preset (or a shared role), read-only: what it asks for, and the way to a copy that can be edited. */
export function MatrixSummary({ matrix, onDuplicate, readOnlyNote }: MatrixSummaryProps) {
  return (
    <section className="roles-summary" data-testid="matrix-readonly" data-id={matrix.id} aria-labelledby="roles-summary-title">
      <h3 id="roles-summary-title" className="roles-subheading">
        {matrix.name}
      </h3>
      <p className="notice partial">
        {readOnlyNote ?? t('rolesPresetReadOnly')}{' '}
        <button type="button" data-testid="preset-duplicate" onClick={onDuplicate}>
          {t('rolesDuplicateToEdit')}
        </button>
      </p>
      {matrix.description ? <p className="muted">{matrix.description}</p> : null}
      <p>
        {t('rolesExperienceBand')}: {bandText(matrix)}
      </p>
      <ol className="roles-summary-list">
        {matrix.requirements.map((r) => (
          <li key={r.id} data-requirement={r.id} data-priority={r.priority}>
            <strong>{r.label}</strong>{' '}
            <span className={`roles-badge ${r.priority}`}>{t(r.priority === 'must' ? 'rolesMust' : 'rolesNice')}</span>{' '}
            <span className="muted">
              {t(KIND_LABEL_KEYS[r.kind])} · {t('rolesWeight')} {r.weight}
            </span>
            {detail(r) ? <div className="muted roles-summary-detail">{detail(r)}</div> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
