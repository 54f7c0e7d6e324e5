import { useId } from 'react';
import type { ConflictChoice, ConflictField } from '@/lib/candidates/edit-conflict';

export interface EditConflictPromptProps {
  /** conflictFields(current, myPatch): what the other panel saved and what this one was about to */
  fields: ConflictField[];
  onResolve: (choice: ConflictChoice) => void;
  busy?: boolean;
}

const LABELS: Record<ConflictField['field'], string> = { notes: 'Notes', stage: 'Stage', tags: 'Tags', roleId: 'Role' };

/**
 * Shown when this panel's edit was refused because another panel changed the
 * candidate first: what each side holds, and the choice (keep both, use mine,
 * keep theirs). Nothing is written until the recruiter chooses.
 */
export function EditConflictPrompt({ fields, onResolve, busy = false }: EditConflictPromptProps) {
  const id = useId();
  const notes = fields.some((f) => f.field === 'notes');
  return (
    <section className="notice trust-conflict" role="alertdialog" aria-labelledby={`${id}-title`} data-testid="edit-conflict">
      <h3 id={`${id}-title`}>This candidate was changed in another panel</h3>
      <p className="small">Your change was not saved yet. Choose what to keep:</p>
      <dl className="trust-conflict-fields">
        {fields.map((f) => (
          <div key={f.field} data-testid="edit-conflict-field" data-field={f.field}>
            <dt>{LABELS[f.field]}</dt>
            <dd>
              <span className="muted">Saved in the other panel: </span>
              <span data-testid="edit-conflict-field-theirs" style={{ whiteSpace: 'pre-wrap' }}>{f.theirs || '(empty)'}</span>
            </dd>
            <dd>
              <span className="muted">Yours: </span>
              <span data-testid="edit-conflict-field-mine" style={{ whiteSpace: 'pre-wrap' }}>{f.mine || '(empty)'}</span>
            </dd>
          </div>
        ))}
      </dl>
      <div className="cand-toolbar">
        <button type="button" data-testid="edit-conflict-keep-both" disabled={busy} onClick={() => onResolve('keep-both')}>
          {notes ? 'Keep both (add my notes after theirs)' : 'Keep both'}
        </button>
        <button type="button" data-testid="edit-conflict-use-mine" disabled={busy} onClick={() => onResolve('mine')}>
          Use mine
        </button>
        <button type="button" data-testid="edit-conflict-keep-theirs" disabled={busy} onClick={() => onResolve('theirs')}>
          Keep theirs, drop mine
        </button>
      </div>
    </section>
  );
}
