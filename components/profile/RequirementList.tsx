import type { RequirementResult } from '@/lib/scoring/schema';
import { strengthWord } from '@/lib/scoring/strength-words';
import { t } from '@/lib/i18n';
import { EvidenceChips } from './EvidenceChips';

const STATUS_ICON = { met: '✓', partial: '◐', missing: '✗', unchecked: '?' } as const;

/**
 * One row per matrix requirement: status, what decided it in words (what, how
 * much, where), what would check a row that was not checked, and the evidence
 * behind it; the strength as a number only behind "why".
 */
export function RequirementList({ rows }: { rows: readonly RequirementResult[] }) {
  return (
    <ul className="requirements">
      {rows.map((r) => (
        <li
          key={r.id}
          className={`requirement status-${r.status}`}
          data-testid="requirement"
          data-requirement={r.id}
          data-priority={r.priority}
          data-status={r.status}
        >
          <div className="req-head">
            <span className="req-icon" aria-hidden="true">{STATUS_ICON[r.status]}</span>
            <span className="req-label" data-testid="requirement-label">{r.label}</span>
            <span className={`badge badge-${r.priority}`}>{r.priority === 'must' ? t('mustHave') : t('niceToHave')}</span>
            <span className="req-status">{t(`status_${r.status}`)}</span>
          </div>
          <p className="req-why" data-testid="requirement-explanation">{r.explanation}</p>
          {r.status === 'unchecked' && r.check ? (
            <p className="req-check muted small" data-testid="requirement-check" data-check={r.check}>{t(`check_${r.check}`)}</p>
          ) : null}
          <EvidenceChips sources={r.sources} />
          {r.kind === 'skill' && r.skill ? (
            <details className="small muted req-numbers">
              <summary>{t('why')}</summary>
              {strengthWord(r.strength)}: {Math.round(r.strength * 100)}% · {t('points', [String(r.contribution), String(r.maxContribution)])}
            </details>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
