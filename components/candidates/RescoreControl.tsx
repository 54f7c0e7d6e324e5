import { useId, useState } from 'react';
import type { Matrix } from '@/lib/matrix/schema';
import { errorText } from '@/lib/error-text';
import { t } from '@/lib/i18n';
import { RoleSelect } from '@/components/Selects';
import { StatusLine, type Status } from '@/components/StatusLine';

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
  const [status, setStatus] = useState<Status | null>(null);
  const matrixId = matrices.some((m) => m.id === chosen) ? chosen : (matrices[0]?.id ?? '');

  const run = async () => {
    setBusy(true);
    setStatus(null);
    try {
      await onRescoreAll(matrixId);
      setStatus({ kind: 'ok', text: t('candidatesRescoreDone') });
    } catch (error) {
      setStatus({ kind: 'error', text: errorText(error) });
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
        <RoleSelect id={`${id}-matrix`} testId="rescore-matrix" roles={matrices} value={matrixId} onChange={setChosen} />
        <button type="button" data-testid="rescore-all" disabled={busy || count === 0 || matrixId === ''} aria-busy={busy} onClick={() => void run()}>
          {busy ? t('candidatesRescoring') : t('candidatesRescoreAll')}
        </button>
      </div>
      <p className="muted small cand-hint">{t('candidatesRescoreHint')}</p>
      <StatusLine status={status} testId="rescore-status" />
    </div>
  );
}
