import { useId } from 'react';
import { strengthWord } from '@/lib/scoring/strength-words';
import type { Priority, Requirement, RequirementKind } from '@/lib/matrix';
import { t, tOr } from '@/lib/i18n';
import { ListField, NumberField, SelectField, TextField } from './FormFields';
import { SkillPicker } from './SkillPicker';

export const KIND_LABEL_KEYS: Readonly<Record<RequirementKind, string>> = {
  skill: 'rolesKindSkill',
  years: 'rolesKindYears',
  timezone: 'rolesKindTimezone',
  degree: 'rolesKindDegree',
  certification: 'rolesKindCertification',
  experience: 'rolesKindExperience',
};

export interface RequirementEditorProps {
  requirement: Requirement;
  index: number;
  count: number;
  /** the other skill rows, for "not the same skill as" */
  skillRows: readonly { id: string; label: string }[];
  /** the field path the current error names (`requirements[2].weight`), if any */
  errorField: string | null;
  errorId: string;
  onChange: (next: Requirement) => void;
  onRemove: () => void;
  onMove: (delta: -1 | 1) => void;
}

/** One requirement row: the common fields, then those of its kind, then move and remove. */
export function RequirementEditor(props: RequirementEditorProps) {
  const { requirement: r, index, count, skillRows, errorField, errorId, onChange, onRemove, onMove } = props;
  const headingId = useId();
  const path = `requirements[${index}]`;
  const at = (name: string) => `${path}.${name}`;
  const common = { errorField, errorId };
  const anyOfInvalid = errorField !== null && errorField.startsWith(at('anyOf'));
  const title = r.label.trim() || t(KIND_LABEL_KEYS[r.kind]);

  return (
    <li className="roles-requirement" data-testid="requirement-editor" data-requirement={r.id} data-kind={r.kind} aria-labelledby={headingId}>
      <div className="roles-requirement-head">
        <h4 id={headingId} className="roles-requirement-title">
          <span className="muted">{index + 1}.</span> {title} <span className="roles-kind muted">{t(KIND_LABEL_KEYS[r.kind])}</span>
        </h4>
        <div className="roles-row-actions">
          <button type="button" data-testid="requirement-move-up" data-move="up" disabled={index === 0} aria-label={`${t('rolesMoveUp')}: ${title}`} onClick={() => onMove(-1)}>
            ↑
          </button>
          <button type="button" data-testid="requirement-move-down" data-move="down" disabled={index === count - 1} aria-label={`${t('rolesMoveDown')}: ${title}`} onClick={() => onMove(1)}>
            ↓
          </button>
          <button type="button" data-testid="requirement-remove" aria-label={`${t('rolesRemoveRequirement')}: ${title}`} onClick={onRemove}>
            {t('rolesRemove')}
          </button>
        </div>
      </div>
      <div className="roles-grid">
        <TextField label={t('rolesLabel')} field={at('label')} testId="requirement-label" value={r.label} onChange={(label) => onChange({ ...r, label })} {...common} />
        <SelectField<Priority>
          label={t('rolesPriority')}
          field={at('priority')}
          testId="requirement-priority"
          value={r.priority}
          options={[
            { value: 'must', label: t('rolesMust') },
            { value: 'nice', label: t('rolesNice') },
          ]}
          onChange={(priority) => onChange({ ...r, priority })}
          {...common}
        />
        <NumberField label={t('rolesWeight')} field={at('weight')} testId="requirement-weight" value={r.weight} min={0} step={0.5} onChange={(weight) => onChange({ ...r, weight })} {...common} />
        {r.kind === 'skill' ? (
          <>
            <NumberField
              label={t('rolesMinStrength')}
              hint={t('rolesMinStrengthHint')}
              field={at('minStrength')}
              testId="requirement-min-strength"
              value={r.minStrength}
              min={0}
              max={1}
              step={0.05}
              onChange={(minStrength) => onChange({ ...r, minStrength })}
              {...common}
            />
            {/* the same words and scale as the profile's evidence: "asks for solid evidence" reads alike on both screens */}
            <p className="roles-hint muted" data-testid="requirement-min-strength-word" data-word={strengthWord(r.minStrength)}>
              {tOr('rolesAsksFor', 'Asks for $1 evidence (none, a little, some, solid, strong)', strengthWord(r.minStrength))}
            </p>
            {skillRows.length > 0 ? (
              <SelectField<string>
                label={t('rolesNotSameAs')}
                field={at('notSameAs')}
                testId="requirement-not-same-as"
                value={r.notSameAs ?? ''}
                options={[{ value: '', label: t('rolesNotSameAsNone') }, ...skillRows.map((s) => ({ value: s.id, label: s.label || s.id }))]}
                onChange={(v) => {
                  const { notSameAs: _drop, ...rest } = r;
                  onChange(v ? { ...rest, notSameAs: v } : rest);
                }}
                {...common}
              />
            ) : null}
          </>
        ) : null}
        {r.kind === 'years' ? (
          <NumberField label={t('rolesMinYears')} field={at('minYears')} testId="requirement-min-years" value={r.minYears} min={0} max={50} onChange={(minYears) => onChange({ ...r, minYears })} {...common} />
        ) : null}
        {r.kind === 'timezone' ? (
          <>
            <NumberField label={t('rolesTeamUtcOffset')} hint={t('rolesTeamUtcOffsetHint')} field={at('teamUtcOffsetHours')} testId="requirement-team-offset" value={r.teamUtcOffsetHours} min={-12} max={14} step={0.5} onChange={(v) => onChange({ ...r, teamUtcOffsetHours: v })} {...common} />
            <NumberField label={t('rolesTeamStart')} field={at('teamStartHour')} testId="requirement-team-start" value={r.teamStartHour} min={0} max={24} step={0.5} onChange={(v) => onChange({ ...r, teamStartHour: v })} {...common} />
            <NumberField label={t('rolesTeamEnd')} field={at('teamEndHour')} testId="requirement-team-end" value={r.teamEndHour} min={0} max={24} step={0.5} onChange={(v) => onChange({ ...r, teamEndHour: v })} {...common} />
            <NumberField label={t('rolesMinOverlap')} field={at('minOverlapHours')} testId="requirement-min-overlap" value={r.minOverlapHours} min={0} max={24} step={0.5} onChange={(v) => onChange({ ...r, minOverlapHours: v })} {...common} />
          </>
        ) : null}
        {r.kind === 'degree' ? (
          <ListField label={t('rolesDegreeFields')} hint={t('rolesDegreeFieldsHint')} field={at('fields')} testId="requirement-degree-fields" value={r.fields} onChange={(fields) => onChange({ ...r, fields })} {...common} />
        ) : null}
        {r.kind === 'certification' ? (
          <ListField label={t('rolesCertificationNames')} hint={t('rolesCertificationNamesHint')} field={at('names')} testId="requirement-cert-names" value={r.names} onChange={(names) => onChange({ ...r, names })} {...common} />
        ) : null}
        {r.kind === 'experience' ? <p className="roles-hint muted roles-field-wide">{t('rolesExperienceHint')}</p> : null}
      </div>
      {r.kind === 'skill' || r.kind === 'years' || r.kind === 'certification' ? (
        <SkillPicker
          label={t(r.kind === 'certification' ? 'rolesCertificationSkills' : 'rolesSkills')}
          value={r.anyOf}
          field={at('anyOf')}
          invalid={anyOfInvalid}
          describedBy={anyOfInvalid ? errorId : undefined}
          onChange={(anyOf) => onChange({ ...r, anyOf })}
        />
      ) : null}
    </li>
  );
}
