import type { ScoreResult } from '@/lib/scoring/schema';
import { t, tOr } from '@/lib/i18n';
import { ScoreGauge } from './ScoreGauge';

export interface ScoreSummaryProps {
  result: ScoreResult;
  matrixName: string;
  /** when the rate limit stopped the read: the time the evaluation completes by itself (epoch ms) */
  resumeAt?: number | null;
}

/**
 * The verdict card: the label a recruiter acts on, the score (none when there
 * is not enough to judge), each must-have that is missing, partly shown or not
 * checked, the confidence in what was read, and the seniority with its basis.
 */
export function ScoreSummary({ result, matrixName, resumeAt = null }: ScoreSummaryProps) {
  const v = result.verdict;
  const insufficient = v.label === 'insufficient';
  return (
    <section className="score" aria-label={t('scoreHeading')}>
      <div
        className={`verdict verdict-${v.label}`}
        data-testid="verdict"
        data-verdict={v.label}
        data-provisional={String(v.provisional)}
      >
        <div className="score-main">
          {insufficient ? null : <ScoreGauge score={result.overall} />}
          <div>
            <div className="verdict-label">
              <strong>{tOr(`verdict_${v.label}`, v.label)}</strong>
              {insufficient ? null : (
                <span className="score-number">
                  {' · '}
                  <span data-testid="overall-score">{result.overall}</span>
                  <span className="muted">/100</span>
                </span>
              )}
            </div>
            <div className="muted">{t('againstRole', matrixName)}</div>
            <div data-testid="verdict-summary">{v.summary}</div>
            {v.provisional && !insufficient ? (
              <div className="muted small" data-testid="provisional">{tOr('verdictProvisional', 'Provisional: $1% of the must-haves checked', String(Math.round(v.checked * 100)))}</div>
            ) : null}
          </div>
        </div>
        {v.missing.length > 0 ? <p className="verdict-gaps" data-testid="verdict-missing">{tOr('verdictMissing', 'Missing: $1', v.missing.join(', '))}</p> : null}
        {v.partial.length > 0 ? <p className="verdict-gaps" data-testid="verdict-partial">{tOr('verdictPartial', 'Only partly shown: $1', v.partial.join(', '))}</p> : null}
        {v.unchecked.length > 0 ? <p className="verdict-gaps" data-testid="verdict-unchecked">{tOr('verdictUnchecked', 'Not checked: $1', v.unchecked.join(', '))}</p> : null}
        {insufficient ? (
          <ul className="verdict-reasons">
            {v.reasons.map((r) => (
              <li key={r} data-testid="verdict-reason" data-reason={r}>{t(`reason_${r}`)}</li>
            ))}
            {resumeAt ? <li>{tOr('completesAt', 'The evaluation completes by itself after $1.', new Date(resumeAt).toLocaleTimeString())}</li> : null}
          </ul>
        ) : null}
        {result.cap !== null && !insufficient ? (
          <p className="muted small" data-testid="score-cap">{tOr('verdictCapped', 'A missing must-have keeps this at most $1', String(result.cap))}</p>
        ) : null}
        <div className="muted small" data-testid="confidence" data-level={result.confidence.level} title={result.confidence.basis}>
          {t(`confidence_${result.confidence.level}`)} · {result.confidence.basis}
        </div>
      </div>
      <p
        data-testid="seniority"
        data-band={result.seniority.band}
        data-years={result.seniority.years === null ? '' : result.seniority.years.toFixed(1)}
      >
        <strong>{t(`band_${result.seniority.band}`)}</strong>
        {result.seniority.years !== null ? ` · ${t('yearsShort', result.seniority.years.toFixed(1))}` : ''}
        {result.seniority.note ? <span className="muted small" data-testid="seniority-note"> · {result.seniority.note}</span> : null}
        <br />
        <span className="muted" data-testid="seniority-basis">{result.seniority.basis}</span>
      </p>
    </section>
  );
}
