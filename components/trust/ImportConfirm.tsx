import { useId } from 'react';
import type { BackupPreview } from '@/lib/candidates/backup-import';

export interface ImportConfirmProps {
  /** prepareBackupImport(text)'s preview: nothing is written before onConfirm */
  preview: BackupPreview;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** One confirmed step for a backup: what its candidates and roles would change, then Import or Cancel. */
export function ImportConfirm({ preview, onConfirm, onCancel, busy = false }: ImportConfirmProps) {
  const id = useId();
  const { candidates, roles } = preview;
  const exported = new Date(preview.exportedAt).toLocaleString();
  return (
    <section className="notice" role="dialog" aria-labelledby={`${id}-title`} data-testid="import-confirm">
      <h3 id={`${id}-title`}>Import this backup?</h3>
      <p className="small muted">Exported {exported}.</p>
      <ul className="small">
        <li data-testid="import-candidates">
          Candidates: {plural(candidates.added, 'new', 'new')}, {plural(candidates.merged, 'merged into a saved one', 'merged into saved ones')},{' '}
          {plural(candidates.unchanged, 'already up to date', 'already up to date')}.
        </li>
        {candidates.conflicts.length > 0 ? (
          <li data-testid="import-conflicts">
            {plural(candidates.conflicts.length, 'difference keeps', 'differences keep')} what is saved (stage, a newer score) or adds the file’s notes
            after yours.
          </li>
        ) : null}
        <li data-testid="import-roles">
          Roles: {roles.added.length > 0 ? `${roles.added.length} to add (${roles.added.join(', ')})` : 'none to add'}
          {roles.alreadyThere.length > 0 ? `; ${plural(roles.alreadyThere.length, 'is', 'are')} already here and not added again` : ''}.
        </li>
      </ul>
      <div className="cand-toolbar">
        <button type="button" data-testid="import-confirm-button" disabled={busy} onClick={onConfirm}>
          Import candidates and roles
        </button>
        <button type="button" data-testid="import-cancel" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
