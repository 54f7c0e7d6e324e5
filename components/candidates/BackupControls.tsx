import { useId, useState, type ChangeEvent } from 'react';
import type { BackupPreview } from '@/lib/candidates/backup-import';
import type { MergeConflict } from '@/lib/candidates/merge';
import { errorText } from '@/lib/error-text';
import { t, tOr } from '@/lib/i18n';
import { ImportConfirm } from '@/components/trust/ImportConfirm';
import { clip } from '@/components/clip-text';

/** What importing a backup did, or why it did nothing. */
export type BackupImportOutcome =
  | { ok: true; merged: number; added: number; unchanged?: number; conflicts: readonly MergeConflict[] }
  | { ok: false; error: string };

/** A checked backup file: what it would change, and the write to run once the recruiter confirms; or why it was refused. */
export type BackupImportPrepared =
  | { ok: true; preview: BackupPreview; confirm: () => Promise<BackupImportOutcome> }
  | { ok: false; error: string };

export interface BackupControlsProps {
  onExportBackup: () => void;
  /** reads and checks the file's text and writes nothing; only the returned confirm() writes */
  onPrepareImport: (text: string) => Promise<BackupImportPrepared>;
  /** id → name, to say whose record a conflict is about */
  nameOf: (id: string) => string;
}

type Shown =
  | { kind: 'error'; message: string }
  | { kind: 'preview'; preview: BackupPreview; confirm: () => Promise<BackupImportOutcome> }
  | { kind: 'done'; outcome: Extract<BackupImportOutcome, { ok: true }> }
  | { kind: 'cancelled' }
  | null;

/**
 * Export a JSON backup of everything; import one in two steps: choosing the
 * file shows what it would change (or why it is refused) and writes nothing;
 * Confirm writes the candidates and roles, Cancel drops the file.
 */
export function BackupControls({ onExportBackup, onPrepareImport, nameOf }: BackupControlsProps) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [shown, setShown] = useState<Shown>(null);

  async function onFile(e: ChangeEvent<HTMLInputElement>) {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    try {
      const prepared = await onPrepareImport(await file.text());
      setShown(prepared.ok ? { kind: 'preview', preview: prepared.preview, confirm: prepared.confirm } : { kind: 'error', message: prepared.error });
    } catch (error) {
      setShown({ kind: 'error', message: errorText(error) });
    } finally {
      setBusy(false);
      // the same file can be chosen again after it is fixed
      input.value = '';
    }
  }

  async function onConfirm(confirm: () => Promise<BackupImportOutcome>) {
    setBusy(true);
    try {
      const outcome = await confirm();
      setShown(outcome.ok ? { kind: 'done', outcome } : { kind: 'error', message: outcome.error });
    } catch (error) {
      setShown({ kind: 'error', message: errorText(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="cand-backup" role="group" aria-labelledby={`${id}-title`}>
      <span id={`${id}-title`} className="cand-field-label">
        {t('candidatesBackupHeading')}
      </span>
      <div className="cand-toolbar">
        <button type="button" data-testid="export-backup" onClick={onExportBackup}>
          {t('candidatesExportBackup')}
        </button>
        <label className="cand-file" htmlFor={`${id}-file`}>
          <span>{t('candidatesImportBackup')}</span>
          <input id={`${id}-file`} type="file" accept=".json,application/json" data-testid="import-backup" disabled={busy} onChange={(e) => void onFile(e)} />
        </label>
      </div>
      {shown?.kind === 'preview' ? (
        <ImportConfirm
          preview={shown.preview}
          nameOf={nameOf}
          busy={busy}
          onConfirm={() => void onConfirm(shown.confirm)}
          onCancel={() => setShown({ kind: 'cancelled' })}
        />
      ) : null}
      {shown?.kind === 'cancelled' ? (
        <p className="muted small" role="status" data-testid="import-cancelled">
          {tOr('importCancelled', 'Import cancelled: nothing was changed.')}
        </p>
      ) : null}
      {shown?.kind === 'error' ? (
        <p className="notice error" role="alert" data-testid="import-error">
          {tOr('candidatesImportFailed', 'The backup was not imported; nothing changed')}: {shown.message}
        </p>
      ) : null}
      {shown?.kind === 'done' ? (
        <div
          className="notice"
          role="status"
          data-testid="import-report"
          data-merged={shown.outcome.merged}
          data-added={shown.outcome.added}
          data-conflicts={shown.outcome.conflicts.length}
        >
          <p className="cand-notice-text">
            {t('candidatesImportAdded')}: <strong data-testid="import-added">{shown.outcome.added}</strong>
            {' · '}
            {t('candidatesImportMerged')}: <strong data-testid="import-merged">{shown.outcome.merged}</strong>
            {shown.outcome.unchanged !== undefined ? (
              <>
                {' · '}
                {t('candidatesImportUnchanged')}: <strong data-testid="import-unchanged">{shown.outcome.unchanged}</strong>
              </>
            ) : null}
            {' · '}
            {t('candidatesImportConflicts')}: <strong data-testid="import-conflict-count">{shown.outcome.conflicts.length}</strong>
          </p>
          {shown.outcome.conflicts.length > 0 ? (
            <ul className="cand-conflicts">
              {shown.outcome.conflicts.map((c, i) => (
                <li key={`${c.id}-${c.field}-${i}`} data-testid="import-conflict" data-id={c.id} data-field={c.field}>
                  <strong dir="auto">{nameOf(c.id)}</strong> — {t(`candidatesConflict_${c.field}`)}: {t('candidatesConflictKept')} “<span dir="auto">{clip(c.kept)}</span>”,{' '}
                  {t('candidatesConflictIncoming')} “<span dir="auto">{clip(c.incoming)}</span>”
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
