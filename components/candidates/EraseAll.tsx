import { useId, useState } from 'react';
import { errorText } from '@/lib/error-text';
import { t } from '@/lib/i18n';
import { StatusLine, type Status } from '@/components/StatusLine';

export interface EraseAllProps {
  /** how many stored records would go (readable and skipped) */
  count: number;
  onEraseAll: () => Promise<void>;
}

/** Erase every saved candidate (and the cached GitHub answers), only after the recruiter types the number of records. */
export function EraseAll({ count, onEraseAll }: EraseAllProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);
  const expected = String(count);

  const erase = async () => {
    setBusy(true);
    try {
      await onEraseAll();
      setStatus({ kind: 'ok', text: t('candidatesErased') });
      setOpen(false);
      setTyped('');
    } catch (error) {
      setStatus({ kind: 'error', text: errorText(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="cand-danger" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('candidatesDangerHeading')}</h2>
      {open ? (
        <form
          className="cand-erase-confirm"
          data-testid="erase-all-dialog"
          onSubmit={(e) => {
            e.preventDefault();
            if (typed.trim() === expected && !busy) void erase();
          }}
        >
          <p className="small" id={`${id}-explain`}>
            {t('candidatesEraseExplain', expected)}
          </p>
          <label className="cand-field" htmlFor={`${id}-typed`}>
            <span className="cand-field-label">{t('candidatesEraseType', expected)}</span>
            <input
              id={`${id}-typed`}
              data-testid="erase-all-input"
              inputMode="numeric"
              autoComplete="off"
              aria-describedby={`${id}-explain`}
              placeholder={expected}
              value={typed}
              autoFocus
              onChange={(e) => setTyped(e.target.value)}
            />
          </label>
          <div className="cand-toolbar">
            <button type="submit" className="danger" data-testid="erase-all-confirm" disabled={busy || typed.trim() !== expected}>
              {t('candidatesEraseConfirm')}
            </button>
            <button
              type="button"
              data-testid="erase-all-cancel"
              onClick={() => {
                setOpen(false);
                setTyped('');
              }}
            >
              {t('candidatesCancel')}
            </button>
          </div>
        </form>
      ) : (
        <button
          type="button"
          className="danger"
          data-testid="erase-all"
          onClick={() => {
            setOpen(true);
            setStatus(null);
          }}
        >
          {t('candidatesEraseAll')}
        </button>
      )}
      <StatusLine status={status} testId="erase-all-status" />
    </section>
  );
}
