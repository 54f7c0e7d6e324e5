import { useId, useState } from 'react';
import { parseTags } from '@/components/profile/SaveCandidateForm';
import { Stage, type Candidate, type CandidatePatch } from '@/lib/candidates/schema';
import { t } from '@/lib/i18n';
import { stageLabel } from './labels';

export interface CandidateEditorProps {
  candidate: Candidate;
  /** the roles a candidate can be considered for */
  roles: readonly { id: string; name: string }[];
  onUpdate: (id: string, patch: CandidatePatch) => Promise<void>;
  onDelete: (id: string) => Promise<void>;
  onClose: () => void;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What changed between the stored record and the form; empty when nothing did. */
export function patchOf(c: Candidate, form: { stage: Stage; roleId: string; tags: string[]; notes: string }): CandidatePatch {
  const patch: CandidatePatch = {};
  if (form.stage !== c.stage) patch.stage = form.stage;
  if (form.roleId !== c.roleId) patch.roleId = form.roleId;
  if (form.tags.join('\n') !== c.tags.join('\n')) patch.tags = form.tags;
  if (form.notes !== c.notes) patch.notes = form.notes;
  return patch;
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
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const roleOptions = roles.some((r) => r.id === candidate.roleId) ? roles : [{ id: candidate.roleId, name: candidate.roleId }, ...roles];
  const patch = patchOf(candidate, { stage, roleId, tags: parseTags(tags), notes });
  const dirty = Object.keys(patch).length > 0;

  const save = async () => {
    setBusy(true);
    try {
      await onUpdate(candidate.id, patch);
      setStatus({ kind: 'ok', text: t('candidatesEditSaved') });
    } catch (error) {
      setStatus({ kind: 'error', text: errorText(error) });
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
          <select
            id={`${id}-stage`}
            data-testid="edit-stage"
            value={stage}
            // the editor opens for this row on purpose; take the keyboard there
            autoFocus
            onChange={(e) => {
              const parsed = Stage.safeParse(e.target.value);
              if (parsed.success) setStage(parsed.data);
            }}
          >
            {Stage.options.map((s) => (
              <option key={s} value={s}>
                {stageLabel(s)}
              </option>
            ))}
          </select>
        </label>
        <label className="cand-field" htmlFor={`${id}-role`}>
          <span className="cand-field-label">{t('roleLabel')}</span>
          <select id={`${id}-role`} data-testid="edit-role" value={roleId} onChange={(e) => setRoleId(e.target.value)}>
            {roleOptions.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
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
      {status ? (
        <p role={status.kind === 'error' ? 'alert' : 'status'} className={status.kind === 'error' ? 'notice error small' : 'muted small'} data-testid="edit-status">
          {status.text}
        </p>
      ) : null}
    </form>
  );
}
