import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { t } from '@/lib/i18n';
import { skillName } from '@/lib/skills';
import { resolveSkill, searchSkills } from './skill-search';

export interface SkillPickerProps {
  /** the chosen skill ids */
  value: readonly string[];
  onChange: (ids: string[]) => void;
  /** the visible label of the input */
  label: string;
  /** the `data-field` path of the list, for the editor's error focus */
  field: string;
  invalid: boolean;
  describedBy?: string;
}

/**
 * Chips for the chosen skills and an input with a listbox of matching skills
 * (a combobox: arrows move, Enter picks, Escape closes). Only skills of the
 * taxonomy can be added; anything else is refused with a message.
 */
export function SkillPicker({ value, onChange, label, field, invalid, describedBy }: SkillPickerProps) {
  const baseId = useId();
  const inputId = `${baseId}-input`;
  const listId = `${baseId}-list`;
  const noteId = `${baseId}-note`;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [note, setNote] = useState<string | null>(null);
  const chosen = useMemo(() => new Set(value), [value]);
  const suggestions = useMemo(() => searchSkills(text, chosen), [text, chosen]);
  const expanded = open && suggestions.length > 0;

  function add(id: string) {
    if (chosen.has(id)) {
      setNote(`${skillName(id)}: ${t('rolesSkillAlreadyAdded')}`);
    } else {
      onChange([...value, id]);
      setNote(null);
    }
    setText('');
    setOpen(false);
    setActive(-1);
  }

  function addTyped() {
    const picked = expanded && active >= 0 ? suggestions[active] : undefined;
    const skill = picked ?? resolveSkill(text) ?? (suggestions.length === 1 ? suggestions[0] : undefined);
    if (skill) add(skill.id);
    else if (text.trim()) setNote(`"${text.trim()}": ${t('rolesSkillUnknown')}`);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((i) => (suggestions.length === 0 ? -1 : (i + 1) % suggestions.length));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      setActive((i) => (suggestions.length === 0 ? -1 : i <= 0 ? suggestions.length - 1 : i - 1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      addTyped();
    } else if (e.key === 'Escape' && expanded) {
      e.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  }

  const activeOption = expanded && active >= 0 ? `${listId}-${active}` : undefined;
  const describers = [describedBy, note ? noteId : undefined].filter(Boolean).join(' ') || undefined;

  return (
    <div className="roles-skills">
      <ul className="roles-chips" aria-label={label}>
        {value.map((id) => (
          <li key={id} className="roles-chip" data-testid="skill-chip" data-skill={id}>
            <span>{skillName(id)}</span>
            <button type="button" className="roles-chip-remove" aria-label={`${t('rolesRemoveSkill')}: ${skillName(id)}`} onClick={() => onChange(value.filter((s) => s !== id))}>
              ×
            </button>
          </li>
        ))}
        {value.length === 0 ? <li className="muted roles-chips-empty">{t('rolesNoSkills')}</li> : null}
      </ul>
      <label htmlFor={inputId} className="roles-field-label">
        {t('rolesAddSkill')}
      </label>
      <div className="roles-combo">
        <input
          id={inputId}
          data-testid="skill-input"
          data-field={field}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={activeOption}
          aria-invalid={invalid || undefined}
          aria-describedby={describers}
          value={text}
          placeholder="Postgres, Go, AWS…"
          onChange={(e) => {
            setText(e.target.value);
            setOpen(true);
            setActive(-1);
            setNote(null);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        <button type="button" data-testid="skill-add" onClick={addTyped} disabled={!text.trim()}>
          {t('rolesAdd')}
        </button>
        <ul id={listId} role="listbox" aria-label={t('rolesSkillSuggestions')} className="roles-listbox" hidden={!expanded}>
          {expanded
            ? suggestions.map((s, i) => (
                <li
                  key={s.id}
                  id={`${listId}-${i}`}
                  role="option"
                  aria-selected={i === active}
                  data-testid="skill-option"
                  data-skill={s.id}
                  className={i === active ? 'active' : undefined}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => add(s.id)}
                >
                  {s.name} <span className="muted">{s.id}</span>
                </li>
              ))
            : null}
        </ul>
      </div>
      {note ? (
        <p id={noteId} className="roles-note" role="status">
          {note}
        </p>
      ) : null}
    </div>
  );
}
