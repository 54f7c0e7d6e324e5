import { t } from '@/lib/i18n';
import { RoleSelect, type RoleChoice } from '@/components/Selects';

export type RoleOption = RoleChoice;

/** Chooses the matrix the open profile is scored against; re-scoring is instant. Small: it sits in the profile's header. */
export function RolePicker({ roles, value, onChange }: { roles: readonly RoleOption[]; value: string; onChange: (id: string) => void }) {
  return (
    <label className="role-picker">
      <span className="role-picker-label">{t('roleLabel')}</span>
      <RoleSelect testId="role-picker" roles={roles} value={value} onChange={onChange} />
    </label>
  );
}
