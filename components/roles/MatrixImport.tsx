import { useId, useState, type ChangeEvent } from 'react';
import { errorText } from '@/lib/error-text';
import { t } from '@/lib/i18n';

export type ImportOutcome = { ok: true; count: number } | { ok: false; error: string };

export interface MatrixImportProps {
  /** the file's or the pasted text; nothing changes when the result is an error */
  onImport: (text: string) => Promise<ImportOutcome>;
}

type Shown = { kind: 'error'; message: string } | { kind: 'done'; count: number } | null;

/** Import from a .json file or pasted JSON; the error names the field, a success says how many were added. */
export function MatrixImport({ onImport }: MatrixImportProps) {
  const id = useId();
  const [pasted, setPasted] = useState('');
  const [busy, setBusy] = useState(false);
  const [shown, setShown] = useState<Shown>(null);

  async function run(text: string): Promise<boolean> {
    setBusy(true);
    try {
      const result = await onImport(text);
      setShown(result.ok ? { kind: 'done', count: result.count } : { kind: 'error', message: result.error });
      return result.ok;
    } catch (err) {
      setShown({ kind: 'error', message: errorText(err) });
      return false;
    } finally {
      setBusy(false);
    }
  }

  async function onFile(e: ChangeEvent<HTMLInputElement>) {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      setShown({ kind: 'error', message: t('rolesImportUnreadable') });
      return;
    }
    await run(text);
    // the same file can be chosen again after it is fixed
    input.value = '';
  }

  return (
    <section className="roles-import" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="roles-subheading">
        {t('rolesImport')}
      </h3>
      <div className="roles-field roles-field-wide">
        <label htmlFor={`${id}-file`} className="roles-field-label">
          {t('rolesImportFile')}
        </label>
        <input id={`${id}-file`} type="file" accept=".json,application/json" data-testid="matrix-import-input" disabled={busy} onChange={(e) => void onFile(e)} />
      </div>
      <div className="roles-field roles-field-wide">
        <label htmlFor={`${id}-text`} className="roles-field-label">
          {t('rolesImportPaste')}
        </label>
        <textarea id={`${id}-text`} rows={3} spellCheck={false} data-testid="matrix-import-text" value={pasted} onChange={(e) => setPasted(e.target.value)} />
      </div>
      <button
        type="button"
        data-testid="matrix-import-paste"
        disabled={busy || !pasted.trim()}
        onClick={() =>
          void run(pasted).then((ok) => {
            if (ok) setPasted('');
          })
        }
      >
        {t('rolesImportPasteButton')}
      </button>
      {shown?.kind === 'error' ? (
        <p className="notice error" role="alert" data-testid="matrix-error" data-source="import">
          {t('rolesImportFailed')}: {shown.message}
        </p>
      ) : null}
      {shown?.kind === 'done' ? (
        <p className="notice" role="status" data-testid="matrix-import-result" data-count={shown.count}>
          {t('rolesImported')}: {shown.count}
        </p>
      ) : null}
    </section>
  );
}
