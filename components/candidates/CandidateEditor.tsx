import { useId, useState } from 'react';
import { EditConflictError } from '@/lib/candidates/edit-conflict-error';
import { conflictFields, patchOf, resolveEditConflict, type ConflictChoice } from '@/lib/candidates/edit-conflict';
import { revisionOf } from '@/lib/candidates/schema';
import { EditConflictPrompt } from '@/components/trust/EditConflictPrompt';
import { parseTags } from '@/lib/candidates/tags';
import type { Candidate, CandidatePatch, Stage } from '@/lib/candidates/schema';
import { errorText } from '@/lib/error-text';
import { t } from '@/lib/i18n';
import { RoleSelect, StageSelect } from '@/components/Selects';
import { StatusLine, type Status } from '@/components/StatusLine';

export interface CandidateEditorProps {
  candidate: Candidate;
  /** the roles a candidate can be considered for */
  roles: readonly { id: string; name: string }[];
  /** rejects with EditConflictError when another panel saved the candidate since `revision` (default: the shown one) */
  onUpdate: (id: string, patch: CandidatePatch, revision?: number) => Promise<void>;
  onDelete: (id: string) => Promise<void>;
  onClose: () => void;
}

/** Stage, role, tags and notes of one saved candidate, edited in place; and deleting it, after a confirmation. */
export function CandidateEditor({ candidate, roles, onUpdate, onDelete, onClose }: CandidateEditorProps) {
  const id = useId();
  const [stage, setStage] = useState<Stage>(candidate.stage);
  const [roleId, setRoleId] = useState(candidate.roleId);
  const [tags, setTags] = useState(candidate.tags.join(', '));
  const [notes, setNotes] = useState(candidate.notes);
  const [busy, setBusy] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);
  const [conflict, setConflict] = useState<{ current: Candidate; mine: CandidatePatch } | null>(null);
  const roleOptions = roles.some((r) => r.id === candidate.roleId) ? roles : [{ id: candidate.roleId, name: candidate.roleId }, ...roles];
  const patch = patchOf(candidate, { stage, roleId, tags: parseTags(tags), notes });
  const dirty = Object.keys(patch).length > 0;

  const save = async () => {
    setBusy(true);
    try {
      await onUpdate(candidate.id, patch);
      setStatus({ kind: 'ok', text: t('candidatesEditSaved') });
    } catch (error) {
      // another panel saved this candidate first: nothing is written until the recruiter chooses
      if (error instanceof EditConflictError && error.current) setConflict({ current: error.current, mine: patch });
      else setStatus({ kind: 'error', text: errorText(error) });
    } finally {
      setBusy(false);
    }
  };

  const resolve = async (choice: ConflictChoice) => {
    if (!conflict) return;
    const next = resolveEditConflict(conflict.current, conflict.mine, choice);
    setConflict(null);
    if (!next || Object.keys(next).length === 0) {
      setStatus({ kind: 'ok', text: t('candidatesEditSaved') });
      return;
    }
    setBusy(true);
    try {
      await onUpdate(candidate.id, next, revisionOf(conflict.current));
      setStatus({ kind: 'ok', text: t('candidatesEditSaved') });
    } catch (error) {
      if (error instanceof EditConflictError && error.current) setConflict({ current: error.current, mine: next });
      else setStatus({ kind: 'error', text: errorText(error) });
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    setBusy(true);
    try {
      await onDelete(candidate.id);
    } catch (error) {
      setStatus({ kind: 'error', text: errorText(error) });
      setConfirmDelete(false);
      setBusy(false);
    }
  };

  return (
    <form
      className="cand-editor"
      data-testid="candidate-editor"
      aria-label={t('candidatesEditHeading')}
      onSubmit={(e) => {
        e.preventDefault();
        if (dirty && !busy) void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="cand-editor-grid">
        <label className="cand-field" htmlFor={`${id}-stage`}>
          <span className="cand-field-label">{t('stageLabel')}</span>
          {/* the editor opens for this row on purpose; take the keyboard there */}
          <StageSelect id={`${id}-stage`} testId="edit-stage" autoFocus value={stage} onChange={setStage} />
        </label>
        <label className="cand-field" htmlFor={`${id}-role`}>
          <span className="cand-field-label">{t('roleLabel')}</span>
          <RoleSelect id={`${id}-role`} testId="edit-role" roles={roleOptions} value={roleId} onChange={setRoleId} />
        </label>
      </div>
      <label className="cand-field" htmlFor={`${id}-tags`}>
        <span className="cand-field-label">{t('tagsLabel')}</span>
        <input id={`${id}-tags`} data-testid="edit-tags" value={tags} placeholder="go, remote, shortlist" onChange={(e) => setTags(e.target.value)} />
      </label>
      <label className="cand-field" htmlFor={`${id}-notes`}>
        <span className="cand-field-label">{t('notesLabel')}</span>
        <textarea id={`${id}-notes`} data-testid="edit-notes" rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </label>
      <div className="cand-editor-actions">
        <button type="submit" className="primary" data-testid="edit-save" disabled={busy || !dirty}>
          {t('candidatesEditSave')}
        </button>
        <button type="button" data-testid="edit-close" onClick={onClose}>
          {t('candidatesEditClose')}
        </button>
        {confirmDelete ? (
          <span className="cand-confirm" role="group" aria-label={t('candidatesDeleteConfirmPrompt')}>
            <span className="small">{t('candidatesDeleteConfirmPrompt')}</span>
            <button type="button" className="danger" data-testid="candidate-delete-confirm" disabled={busy} autoFocus onClick={() => void remove()}>
              {t('candidatesDeleteConfirm')}
            </button>
            <button type="button" data-testid="candidate-delete-cancel" onClick={() => setConfirmDelete(false)}>
              {t('candidatesCancel')}
            </button>
          </span>
        ) : (
          <button type="button" className="danger" data-testid="candidate-delete" disabled={busy} onClick={() => setConfirmDelete(true)}>
            {t('candidatesDelete')}
          </button>
        )}
      </div>
      {conflict ? (
        <EditConflictPrompt fields={conflictFields(conflict.current, conflict.mine)} busy={busy} onResolve={(choice) => void resolve(choice)} />
      ) : null}
      <StatusLine status={status} testId="edit-status" errorClassName="notice error small" />
    </form>
  );
}
