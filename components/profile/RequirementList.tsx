import type { RequirementResult } from '@/lib/scoring/schema';
import { skillName } from '@/lib/skills';
import { t } from '@/lib/i18n';
import { EvidenceChips } from './EvidenceChips';

const STATUS_ICON = { met: '✓', partial: '◐', missing: '✗', unchecked: '?' } as const;

/** One row per matrix requirement: status, the deciding skill, why, and the evidence behind it. */
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
          <p className="req-why">
            {r.skill ? <strong>{skillName(r.skill)}{r.via ? ` (${t('via')} ${skillName(r.via)})` : ''}: </strong> : null}
            {r.explanation}
          </p>
          {r.status === 'unchecked' && r.check ? (
            <p className="req-check muted small" data-testid="requirement-check" data-check={r.check}>{t(`check_${r.check}`)}</p>
          ) : null}
          <EvidenceChips sources={r.sources} />
        </li>
      ))}
    </ul>
  );
}
