import { useState } from 'react';
import { isPresetId, type Matrix } from '@/lib/matrix';
import { t, tOr } from '@/lib/i18n';

export interface MatrixListProps {
  matrices: readonly Matrix[];
  activeId: string;
  onSelect: (id: string) => void;
  onDuplicate: (id: string) => void;
  onDelete: (id: string) => void;
  /** shared roles (matrix id → the address it follows): read-only like presets, removed by unsubscribing */
  sharedIds?: ReadonlyMap<string, string>;
}

/** Presets (read-only, with "Duplicate to edit") and the recruiter's own matrices. */
export function MatrixList({ matrices, activeId, onSelect, onDuplicate, onDelete, sharedIds }: MatrixListProps) {
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <ul className="roles-list" aria-label={t('rolesMatrices')}>
      {matrices.map((m) => {
        const shared = sharedIds?.has(m.id) ?? false;
        const readOnly = isPresetId(m.id) || shared;
        const active = m.id === activeId;
        return (
          <li key={m.id} className={active ? 'roles-item active' : 'roles-item'} data-testid="matrix-item" data-id={m.id} data-preset={isPresetId(m.id)} data-shared={shared || undefined} aria-current={active || undefined}>
            <button type="button" className="roles-item-select" data-testid="matrix-select" aria-pressed={active} onClick={() => onSelect(m.id)}>
              <span className="roles-item-name">{m.name}</span>
              <span className="muted roles-item-meta">
                {m.requirements.length} {t('rolesRequirementCount')}
                {shared ? ` · ${tOr('rolesSharedBadge', 'shared, read-only')}` : readOnly ? ` · ${t('rolesPresetBadge')}` : ''}
              </span>
            </button>
            <div className="roles-row-actions">
              <button type="button" data-testid="matrix-duplicate" aria-label={`${t(readOnly ? 'rolesDuplicateToEdit' : 'rolesDuplicate')}: ${m.name}`} onClick={() => onDuplicate(m.id)}>
                {t(readOnly ? 'rolesDuplicateToEdit' : 'rolesDuplicate')}
              </button>
              {readOnly ? null : confirming === m.id ? (
                <>
                  <button
                    type="button"
                    className="danger"
                    data-testid="matrix-delete-confirm"
                    aria-label={`${t('rolesConfirmDelete')}: ${m.name}`}
                    onClick={() => {
                      setConfirming(null);
                      onDelete(m.id);
                    }}
                  >
                    {t('rolesConfirmDelete')}
                  </button>
                  <button type="button" data-testid="matrix-delete-cancel" onClick={() => setConfirming(null)}>
                    {t('rolesCancel')}
                  </button>
                </>
              ) : (
                <button type="button" data-testid="matrix-delete" aria-label={`${t('rolesDelete')}: ${m.name}`} onClick={() => setConfirming(m.id)}>
                  {t('rolesDelete')}
                </button>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
