import { useId, useMemo } from 'react';
import { compareCandidates, type CompareStatus } from '@/lib/evaluation/compare';
import type { Candidate } from '@/lib/candidates/schema';
import type { Matrix } from '@/lib/matrix/schema';
import { t, tOr } from '@/lib/i18n';
import { RoleSelect } from '@/components/Selects';
import { statusTone, toneClass, verdictTone } from '@/lib/summary/score-tone';
import { bandLabel } from './labels';

export interface ComparePanelProps {
  /** 2–4 candidates, in the order they were chosen */
  candidates: readonly Candidate[];
  matrices: readonly Matrix[];
  matrixId: string;
  onMatrixChange: (id: string) => void;
  onClose: () => void;
  now: () => Date;
}

const SYMBOL: Record<CompareStatus, string> = { met: '✓', partial: '◐', missing: '✗', unchecked: '?', unknown: '?' };

function statusText(s: CompareStatus): string {
  return s === 'unknown' ? t('candidatesStatusUnknown') : t(`status_${s}`);
}

/** Candidates side by side: the matrix's requirements as rows, one column per candidate. */
export function ComparePanel({ candidates, matrices, matrixId, onMatrixChange, onClose, now }: ComparePanelProps) {
  const id = useId();
  const matrix = matrices.find((m) => m.id === matrixId) ?? matrices[0];
  const table = useMemo(() => (matrix ? compareCandidates(candidates, matrix, now()) : null), [candidates, matrix, now]);
  return (
    <section className="cand-compare" data-testid="compare-panel" aria-labelledby={`${id}-title`}>
      <div className="cand-compare-head">
        <h2 id={`${id}-title`}>{t('candidatesCompareHeading')}</h2>
        <button type="button" data-testid="compare-close" onClick={onClose}>
          {t('candidatesCompareClose')}
        </button>
      </div>
      <label className="cand-field" htmlFor={`${id}-matrix`}>
        <span className="cand-field-label">{t('candidatesCompareAgainst')}</span>
        <RoleSelect id={`${id}-matrix`} testId="compare-matrix" roles={matrices} value={matrix?.id ?? ''} onChange={onMatrixChange} />
      </label>
      {table ? (
        <div className="cand-compare-scroll" role="region" aria-label={tOr('compareTableLabel', 'Comparison table')} tabIndex={0}>
          <table className="cand-compare-table" data-testid="compare-table" data-matrix={table.matrixId}>
            <caption className="muted small">{table.matrixName}</caption>
            <thead>
              <tr>
                <th scope="col">{t('requirementsHeading')}</th>
                {table.columns.map((col) => (
                  <th key={col.id} scope="col" data-testid="compare-column" data-id={col.id} data-score={col.pending ? undefined : col.overall} data-verdict={col.verdict}>
                    <span className="cand-compare-name" dir="auto">
                      {col.name}
                    </span>
                    <span className={`cand-compare-score ${toneClass(verdictTone(col.verdict))}`}>
                      {col.pending ? tOr('scorePending', 'pending') : col.overall} · {tOr(`verdict_${col.verdict}`, col.verdict)} · {bandLabel(col.band)}
                    </span>
                    {col.rescored ? <span className="muted small">{t('candidatesCompareRescored')}</span> : null}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.id} data-testid="compare-row" data-requirement={row.id} data-priority={row.priority}>
                  <th scope="row">
                    <span dir="auto">{row.label}</span>
                    {row.priority === 'must' ? <span className="badge badge-must">{t('mustHave')}</span> : null}
                  </th>
                  {row.cells.map((s, i) => (
                    <td key={table.columns[i]?.id ?? i} className={`status-${s} ${toneClass(statusTone(s))}`} data-testid="compare-cell" data-status={s}>
                      <span aria-hidden="true">{SYMBOL[s]} </span>
                      <span className="cand-compare-status">{statusText(s)}</span>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">{t('candidatesCompareNoMatrix')}</p>
      )}
    </section>
  );
}
