import { useId } from 'react';
import type { BackupPreview } from '@/lib/candidates/backup-import';
import type { MergeConflict } from '@/lib/candidates/merge';
import { Stage } from '@/lib/candidates/schema';
import { tOr } from '@/lib/i18n';
import { dayOf, stageLabel } from '@/components/candidates/labels';
import { clip } from '@/components/clip-text';

export interface ImportConfirmProps {
  /** prepareBackupImport(text)'s preview: nothing is written before onConfirm */
  preview: BackupPreview;
  onConfirm: () => void;
  onCancel: () => void;
  /** id → name, to say whose record a difference is about */
  nameOf?: (id: string) => string;
  busy?: boolean;
}

function stageText(value: string): string {
  const stage = Stage.safeParse(value);
  return stage.success ? stageLabel(stage.data) : clip(value);
}

/** Why the file's value of a field is not the one kept, as the recruiter reads it. */
function conflictReason(c: MergeConflict): string {
  switch (c.field) {
    case 'stage':
      return tOr('importKeptStage', 'stage: yours is kept ($1); the file says $2', [stageText(c.kept), stageText(c.incoming)]);
    case 'snapshot':
      return tOr('importKeptSnapshot', 'score: the saved one is newer ($1) than the file’s ($2) and is kept', [dayOf(c.kept), dayOf(c.incoming)]);
    case 'notes':
      return tOr('importAddedNotes', 'notes: the file’s notes are added after yours: “$1”', clip(c.incoming));
    case 'name':
      return tOr('importKeptName', 'name: “$1” is kept; the file says “$2”', [clip(c.kept), clip(c.incoming)]);
  }
}

/** One confirmed step for a backup: what its candidates and roles would change, then Import or Cancel. */
export function ImportConfirm({ preview, onConfirm, onCancel, nameOf = (id) => id, busy = false }: ImportConfirmProps) {
  const id = useId();
  const { candidates, roles } = preview;
  const exported = new Date(preview.exportedAt).toLocaleString();
  return (
    <section className="notice" role="dialog" aria-labelledby={`${id}-title`} data-testid="import-preview">
      <h3 id={`${id}-title`}>{tOr('importPreviewTitle', 'Import this backup?')}</h3>
      <p className="small muted">{tOr('importPreviewExported', 'Exported $1. Nothing is written until you confirm.', exported)}</p>
      <ul className="small">
        <li data-testid="import-candidates" data-added={candidates.added} data-merged={candidates.merged} data-unchanged={candidates.unchanged}>
          {tOr('importPreviewCandidates', 'Candidates: $1 new, $2 updated, $3 unchanged.', [
            String(candidates.added),
            String(candidates.merged),
            String(candidates.unchanged),
          ])}
        </li>
        <li data-testid="import-roles" data-added={roles.added.length} data-already={roles.alreadyThere.length}>
          {roles.added.length > 0
            ? tOr('importPreviewRolesAdded', 'Roles: $1 to add ($2)', [String(roles.added.length), roles.added.join(', ')])
            : tOr('importPreviewRolesNone', 'Roles: none to add')}
          {roles.alreadyThere.length > 0
            ? tOr('importPreviewRolesThere', '; $1 already here, not added again ($2)', [String(roles.alreadyThere.length), roles.alreadyThere.join(', ')])
            : ''}
          .
        </li>
        {preview.datesClamped > 0 ? (
          <li data-testid="import-dates-clamped" data-count={preview.datesClamped}>
            {tOr(
              'importPreviewDatesClamped',
              'Dates: $1 candidates carry a date later than the export or now; it is brought back, so an old file cannot freeze a score.',
              String(preview.datesClamped),
            )}
          </li>
        ) : null}
        {preview.settingsNotRestored ? (
          <li data-testid="import-settings-refused">
            {tOr('importPreviewSettings', 'Settings in the file are not restored: a backup brings back candidates and roles; settings stay as they are in Options.')}
          </li>
        ) : null}
      </ul>
      {candidates.conflicts.length > 0 ? (
        <>
          <p className="small">{tOr('importPreviewConflicts', 'Where the file differs from what is saved, what is saved is kept:')}</p>
          <ul className="small cand-conflicts">
            {candidates.conflicts.map((c, i) => (
              <li key={`${c.id}-${c.field}-${i}`} data-testid="import-preview-conflict" data-id={c.id} data-field={c.field}>
                <strong dir="auto">{nameOf(c.id)}</strong> — <span dir="auto">{conflictReason(c)}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="cand-toolbar">
        <button type="button" className="primary" data-testid="import-confirm" disabled={busy} onClick={onConfirm}>
          {tOr('importConfirm', 'Import candidates and roles')}
        </button>
        <button type="button" data-testid="import-cancel" disabled={busy} onClick={onCancel}>
          {tOr('importCancel', 'Cancel')}
        </button>
      </div>
    </section>
  );
}
