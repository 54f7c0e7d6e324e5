import { t } from '@/lib/i18n';

export interface RoleOption {
  id: string;
  name: string;
}

/** Chooses the matrix the open profile is scored against; re-scoring is instant. */
export function RolePicker({ roles, value, onChange }: { roles: readonly RoleOption[]; value: string; onChange: (id: string) => void }) {
  return (
    <label className="role-picker">
      <span>{t('roleLabel')}</span>
      <select data-testid="role-picker" value={value} onChange={(e) => onChange(e.target.value)}>
        {roles.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name}
          </option>
        ))}
      </select>
    </label>
  );
}
