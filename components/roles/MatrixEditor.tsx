import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Matrix, MatrixInput, Requirement, RequirementKind } from '@/lib/matrix';
import { errorText } from '@/lib/error-text';
import { t } from '@/lib/i18n';
import { ExperienceBandField } from './ExperienceBandField';
import { SelectField, TextField } from './FormFields';
import { KIND_LABEL_KEYS, RequirementEditor } from './RequirementEditor';
import { REQUIREMENT_KINDS, checkDraft, moveItem, newRequirement } from './matrix-draft';

export type SaveOutcome = { ok: true } | { ok: false; error: string };

export interface MatrixEditorProps {
  /** one of the recruiter's own matrices (presets are shown read-only by RolesView) */
  matrix: Matrix;
  /** called with a matrix that passed the schema; the result's error is shown as given */
  onSave: (matrix: MatrixInput) => Promise<SaveOutcome>;
}

interface FocusRequest {
  requirementId: string | null;
  testId: string;
}

interface ShownError {
  message: string;
  /** the field path it names, when it names one */
  field: string | null;
}

/** `requirements[2].weight: expected …` → `requirements[2].weight` */
function fieldOf(message: string): string | null {
  const m = /^([A-Za-z][\w.[\]]*): /.exec(message);
  return m?.[1] ?? null;
}

const same = (a: Matrix, b: Matrix) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The editor of one matrix. Changes stay in a draft until Save; saving checks
 * the draft against the Matrix schema and, on an error, shows it naming the
 * field, focuses that field and saves nothing.
 */
export function MatrixEditor({ matrix, onSave }: MatrixEditorProps) {
  const errorId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<Matrix>(matrix);
  const [baseline, setBaseline] = useState<Matrix>(matrix);
  const [source, setSource] = useState<Matrix>(matrix);
  const [error, setError] = useState<ShownError | null>(null);
  const [saved, setSaved] = useState(false);
  const [saving, setSaving] = useState(false);
  const [addKind, setAddKind] = useState<RequirementKind>('skill');
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const dirty = !same(draft, baseline);

  // The stored matrix changed under the editor (saved, imported): follow it unless there are unsaved edits.
  if (source !== matrix) {
    setSource(matrix);
    setBaseline(matrix);
    if (!dirty) setDraft(matrix);
  }

  useEffect(() => {
    if (!focus || !formRef.current) return;
    const scope = focus.requirementId ? formRef.current.querySelector(`[data-requirement="${focus.requirementId}"]`) : formRef.current;
    let target = scope?.querySelector<HTMLElement>(`[data-testid="${focus.testId}"]`) ?? null;
    if (target instanceof HTMLButtonElement && target.disabled) {
      const other = focus.testId === 'requirement-move-up' ? 'requirement-move-down' : 'requirement-move-up';
      target = scope?.querySelector<HTMLElement>(`[data-testid="${other}"]`) ?? null;
    }
    target?.focus();
    setFocus(null);
  }, [focus]);

  function focusField(field: string | null) {
    const form = formRef.current;
    if (!form || !field) return;
    let best: HTMLElement | null = null;
    let bestLength = -1;
    for (const el of form.querySelectorAll<HTMLElement>('[data-field]')) {
      const f = el.getAttribute('data-field') ?? '';
      if ((field === f || field.startsWith(`${f}.`) || field.startsWith(`${f}[`)) && f.length > bestLength) {
        best = el;
        bestLength = f.length;
      }
    }
    best?.focus();
  }

  function update(next: Matrix) {
    setDraft(next);
    setSaved(false);
  }

  function updateRequirements(requirements: Requirement[]) {
    update({ ...draft, requirements });
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const check = checkDraft(draft);
    if (!check.ok) {
      setError({ message: check.error, field: check.field });
      setSaved(false);
      focusField(check.field);
      return;
    }
    setSaving(true);
    try {
      const result = await onSave(check.matrix);
      if (result.ok) {
        setError(null);
        setDraft(check.matrix);
        setBaseline(check.matrix);
        setSaved(true);
      } else {
        const field = fieldOf(result.error);
        setError({ message: result.error, field });
        focusField(field);
      }
    } catch (err) {
      setError({ message: errorText(err), field: null });
    } finally {
      setSaving(false);
    }
  }

  const errorField = error?.field ?? null;
  const common = { errorField, errorId };
  const skillRows = draft.requirements.filter((r) => r.kind === 'skill').map((r) => ({ id: r.id, label: r.label }));

  return (
    <form ref={formRef} className="roles-editor" data-testid="matrix-editor" data-id={draft.id} onSubmit={(e) => void submit(e)} noValidate aria-label={t('rolesEditorTitle')}>
      <TextField label={t('rolesMatrixName')} field="name" testId="matrix-name-input" value={draft.name} onChange={(name) => update({ ...draft, name })} {...common} />
      <TextField label={t('rolesMatrixDescription')} field="description" testId="matrix-description-input" multiline value={draft.description} onChange={(description) => update({ ...draft, description })} {...common} />
      <p className="roles-hint muted">
        {t('rolesMatrixId')}: <code>{draft.id}</code>
        {draft.basedOn ? (
          <>
            {' · '}
            {t('rolesBasedOn')}: <code>{draft.basedOn}</code>
          </>
        ) : null}
      </p>
      <ExperienceBandField value={draft.experienceBand} onChange={(experienceBand) => update({ ...draft, experienceBand })} {...common} />

      <h3 className="roles-subheading">{t('rolesRequirements')}</h3>
      <ol className="roles-requirements" data-field="requirements">
        {draft.requirements.map((r, i) => (
          <RequirementEditor
            key={r.id}
            requirement={r}
            index={i}
            count={draft.requirements.length}
            skillRows={skillRows.filter((s) => s.id !== r.id)}
            onChange={(next) => updateRequirements(draft.requirements.map((old, j) => (j === i ? next : old)))}
            onRemove={() => {
              const rest = draft.requirements.filter((_, j) => j !== i);
              updateRequirements(rest);
              const neighbour = rest[i] ?? rest[i - 1];
              setFocus(neighbour ? { requirementId: neighbour.id, testId: 'requirement-remove' } : { requirementId: null, testId: 'requirement-add' });
            }}
            onMove={(delta) => {
              updateRequirements(moveItem(draft.requirements, i, delta));
              setFocus({ requirementId: r.id, testId: delta < 0 ? 'requirement-move-up' : 'requirement-move-down' });
            }}
            {...common}
          />
        ))}
      </ol>
      <div className="roles-add">
        <SelectField<RequirementKind>
          label={t('rolesNewRequirementKind')}
          field="newRequirementKind"
          testId="requirement-kind"
          value={addKind}
          options={REQUIREMENT_KINDS.map((k) => ({ value: k, label: t(KIND_LABEL_KEYS[k]) }))}
          onChange={setAddKind}
          errorField={null}
          errorId={errorId}
        />
        <button
          type="button"
          data-testid="requirement-add"
          onClick={() => {
            const added = newRequirement(addKind, draft.requirements.map((r) => r.id));
            updateRequirements([...draft.requirements, added]);
            setFocus({ requirementId: added.id, testId: 'requirement-label' });
          }}
        >
          {t('rolesAddRequirement')}
        </button>
      </div>

      <div className="roles-save-bar">
        {error ? (
          <p id={errorId} className="notice error roles-save-error" role="alert" data-testid="matrix-error" data-source="save">
            {error.message}
          </p>
        ) : null}
        <button type="submit" className="primary" data-testid="matrix-save" disabled={saving}>
          {t('rolesSave')}
        </button>
        <button
          type="button"
          data-testid="matrix-discard"
          disabled={!dirty || saving}
          onClick={() => {
            setDraft(baseline);
            setError(null);
          }}
        >
          {t('rolesDiscard')}
        </button>
        <span role="status" className="muted" data-testid="matrix-save-status">
          {saving ? t('rolesSaving') : dirty ? t('rolesUnsaved') : saved ? t('rolesSaved') : ''}
        </span>
      </div>
    </form>
  );
}
