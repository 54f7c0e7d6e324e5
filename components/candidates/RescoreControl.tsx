import { useId, useState } from 'react';
import type { Matrix } from '@/lib/matrix/schema';
import { t } from '@/lib/i18n';

export interface RescoreControlProps {
  matrices: readonly Pick<Matrix, 'id' | 'name'>[];
  /** the matrix chosen at first */
  defaultMatrixId: string;
  count: number;
  onRescoreAll: (matrixId: string) => Promise<void>;
}

/** Re-score every saved candidate against a chosen matrix, from the evidence cached with each (no GitHub requests). */
export function RescoreControl({ matrices, defaultMatrixId, count, onRescoreAll }: RescoreControlProps) {
  const id = useId();
  const [chosen, setChosen] = useState(defaultMatrixId);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const matrixId = matrices.some((m) => m.id === chosen) ? chosen : (matrices[0]?.id ?? '');

  const run = async () => {
    setBusy(true);
    setStatus(null);
    try {
      await onRescoreAll(matrixId);
      setStatus({ kind: 'ok', text: t('candidatesRescoreDone') });
    } catch (error) {
      setStatus({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="cand-rescore" role="group" aria-labelledby={`${id}-title`}>
      <label id={`${id}-title`} className="cand-field-label" htmlFor={`${id}-matrix`}>
        {t('candidatesRescoreLabel')}
      </label>
      <div className="cand-toolbar">
        <select id={`${id}-matrix`} data-testid="rescore-matrix" value={matrixId} onChange={(e) => setChosen(e.target.value)}>
          {matrices.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
        <button type="button" data-testid="rescore-all" disabled={busy || count === 0 || matrixId === ''} aria-busy={busy} onClick={() => void run()}>
          {busy ? t('candidatesRescoring') : t('candidatesRescoreAll')}
        </button>
      </div>
      <p className="muted small cand-hint">{t('candidatesRescoreHint')}</p>
      {status ? (
        <p role={status.kind === 'error' ? 'alert' : 'status'} className={status.kind === 'error' ? 'notice error' : 'muted small'} data-testid="rescore-status">
          {status.text}
        </p>
      ) : null}
    </div>
  );
}
