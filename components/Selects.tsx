/** The role and stage pickers, written once: every `<select>` of a matrix or a pipeline stage in the panel is one of these. */
import { Stage } from '@/lib/candidates/schema';
import { stageLabel } from './candidates/labels';

interface SelectBaseProps {
  /** the `<select>`'s id, for a `<label htmlFor>` */
  id?: string;
  testId: string;
  ariaLabel?: string;
  /** take the keyboard when shown (only where the view opens for this field on purpose) */
  autoFocus?: boolean;
}

export interface RoleChoice {
  id: string;
  name: string;
}

export interface RoleSelectProps extends SelectBaseProps {
  roles: readonly RoleChoice[];
  value: string;
  onChange: (id: string) => void;
  /** when given, a first option with value "" that stands for any role */
  anyLabel?: string;
}

/** A `<select>` of roles (matrices): option values are matrix ids, the text their names. */
export function RoleSelect({ roles, value, onChange, anyLabel, id, testId, ariaLabel, autoFocus }: RoleSelectProps) {
  return (
    <select id={id} data-testid={testId} aria-label={ariaLabel} autoFocus={autoFocus} value={value} onChange={(e) => onChange(e.target.value)}>
      {anyLabel !== undefined ? <option value="">{anyLabel}</option> : null}
      {roles.map((r) => (
        <option key={r.id} value={r.id}>
          {r.name}
        </option>
      ))}
    </select>
  );
}

/** With `anyLabel`, "" (any stage) is a value too; without it, always a stage. */
export type StageSelectProps = SelectBaseProps &
  (
    | { anyLabel: string; value: Stage | ''; onChange: (stage: Stage | '') => void }
    | { anyLabel?: undefined; value: Stage; onChange: (stage: Stage) => void }
  );

/** A `<select>` of pipeline stages, in pipeline order, with their localised names. */
export function StageSelect(props: StageSelectProps) {
  const { value, anyLabel, id, testId, ariaLabel, autoFocus } = props;
  return (
    <select
      id={id}
      data-testid={testId}
      aria-label={ariaLabel}
      autoFocus={autoFocus}
      value={value}
      onChange={(e) => {
        const parsed = Stage.safeParse(e.target.value);
        if (parsed.success) props.onChange(parsed.data);
        else if (props.anyLabel !== undefined) props.onChange('');
      }}
    >
      {anyLabel !== undefined ? <option value="">{anyLabel}</option> : null}
      {Stage.options.map((s) => (
        <option key={s} value={s}>
          {stageLabel(s)}
        </option>
      ))}
    </select>
  );
}
