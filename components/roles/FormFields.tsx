import { useId, useState } from 'react';
import { numberText, parseList, parseNumber } from './matrix-draft';

interface FieldBase {
  label: string;
  /** the path the editor's errors name (`requirements[2].weight`), kept in `data-field` */
  field: string;
  /** the field the current error names, if any */
  errorField: string | null;
  errorId: string;
  testId?: string;
  hint?: string;
}

function invalidProps(field: string, errorField: string | null, errorId: string, hintId?: string) {
  const invalid = errorField === field;
  const describedBy = [invalid ? errorId : undefined, hintId].filter(Boolean).join(' ') || undefined;
  return { 'data-field': field, 'aria-invalid': invalid || undefined, 'aria-describedby': describedBy };
}

export interface NumberFieldProps extends FieldBase {
  value: number | null;
  /** NaN when the field is cleared */
  onChange: (value: number) => void;
  min?: number;
  max?: number;
  step?: number | 'any';
}

/** A labelled number input; a cleared input reports NaN so that saving can name it. */
export function NumberField({ label, field, errorField, errorId, testId, hint, value, onChange, min, max, step = 'any' }: NumberFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="roles-field">
      <label htmlFor={id} className="roles-field-label">
        {label}
      </label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        data-testid={testId}
        value={numberText(value)}
        min={min}
        max={max}
        step={step}
        onChange={(e) => onChange(parseNumber(e.target.value))}
        {...invalidProps(field, errorField, errorId, hintId)}
      />
      {hint ? (
        <span id={hintId} className="roles-hint muted">
          {hint}
        </span>
      ) : null}
    </div>
  );
}

export interface TextFieldProps extends FieldBase {
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
}

export function TextField({ label, field, errorField, errorId, testId, hint, value, onChange, multiline }: TextFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const common = { id, 'data-testid': testId, value, ...invalidProps(field, errorField, errorId, hintId) };
  return (
    <div className="roles-field roles-field-wide">
      <label htmlFor={id} className="roles-field-label">
        {label}
      </label>
      {multiline ? <textarea rows={2} onChange={(e) => onChange(e.target.value)} {...common} /> : <input type="text" onChange={(e) => onChange(e.target.value)} {...common} />}
      {hint ? (
        <span id={hintId} className="roles-hint muted">
          {hint}
        </span>
      ) : null}
    </div>
  );
}

export interface ListFieldProps extends FieldBase {
  value: readonly string[];
  onChange: (value: string[]) => void;
}

/** A comma-separated list in one text input; the typed text is kept as typed until it changes the list. */
export function ListField({ value, onChange, ...rest }: ListFieldProps) {
  const [text, setText] = useState(() => value.join(', '));
  const shown = parseList(text).join('\n') === value.join('\n') ? text : value.join(', ');
  return (
    <TextField
      {...rest}
      value={shown}
      onChange={(next) => {
        setText(next);
        onChange(parseList(next));
      }}
    />
  );
}

export interface SelectFieldProps<V extends string> extends FieldBase {
  value: V;
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
}

export function SelectField<V extends string>({ label, field, errorField, errorId, testId, hint, value, options, onChange }: SelectFieldProps<V>) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="roles-field">
      <label htmlFor={id} className="roles-field-label">
        {label}
      </label>
      <select
        id={id}
        data-testid={testId}
        value={value}
        onChange={(e) => {
          const next = options.find((o) => o.value === e.target.value);
          if (next) onChange(next.value);
        }}
        {...invalidProps(field, errorField, errorId, hintId)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {hint ? (
        <span id={hintId} className="roles-hint muted">
          {hint}
        </span>
      ) : null}
    </div>
  );
}
