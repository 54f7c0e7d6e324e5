import { useId, useState } from 'react';

export interface RetentionSettingProps {
  /** settings.retentionMonths: null is off (the default) */
  months: number | null;
  onSave: (months: number | null) => void | Promise<void>;
  status?: string | null;
}

const CHOICES = [3, 6, 12, 18, 24, 36];

/** The retention setting (options page): off, or delete candidates untouched for N months, each after a week's notice. */
export function RetentionSetting({ months, onSave, status = null }: RetentionSettingProps) {
  const id = useId();
  const [value, setValue] = useState<string>(months === null ? 'off' : String(months));
  const choices = months !== null && !CHOICES.includes(months) ? [...CHOICES, months].sort((a, b) => a - b) : CHOICES;
  return (
    <section aria-labelledby={`${id}-title`} data-testid="retention-setting">
      <h2 id={`${id}-title`} style={{ fontSize: 15 }}>
        Retention
      </h2>
      <p className="small muted" id={`${id}-explain`}>
        Keep personal data no longer than you need it. When this is on, a candidate nobody has saved, edited or re-scored for the chosen time is
        deleted completely (their record, cached GitHub answers and readings). The candidate list shows a notice a week before, and you can keep
        them. Off by default.
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void onSave(value === 'off' ? null : Number(value));
        }}
      >
        <label htmlFor={`${id}-months`}>Delete candidates untouched for</label>{' '}
        <select id={`${id}-months`} data-testid="retention-months" aria-describedby={`${id}-explain`} value={value} onChange={(e) => setValue(e.target.value)}>
          <option value="off">never (off)</option>
          {choices.map((m) => (
            <option key={m} value={String(m)}>
              {m} months
            </option>
          ))}
        </select>{' '}
        <button type="submit" data-testid="retention-save">
          Save
        </button>
      </form>
      {status ? (
        <p className="small" role="status">
          {status}
        </p>
      ) : null}
    </section>
  );
}
