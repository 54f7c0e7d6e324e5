import type { ScoreResult } from '@/lib/scoring/schema';
import { t } from '@/lib/i18n';
import { ScoreGauge } from './ScoreGauge';

/** The overall score with its gauge, the confidence, and the seniority band with its basis. */
export function ScoreSummary({ result, matrixName }: { result: ScoreResult; matrixName: string }) {
  return (
    <section className="score" aria-label={t('scoreHeading')}>
      <div className="score-main">
        <ScoreGauge score={result.overall} />
        <div>
          <div className="score-number">
            <span data-testid="overall-score">{result.overall}</span>
            <span className="muted">/100</span>
          </div>
          <div className="muted">{t('againstRole', matrixName)}</div>
          <div data-testid="confidence" data-level={result.confidence.level} title={result.confidence.basis}>
            {t(`confidence_${result.confidence.level}`)}
          </div>
        </div>
      </div>
      {result.cap !== null ? (
        <p className="notice partial" data-testid="score-cap">
          {t('scoreCapped', [String(result.cap), String(result.mustGaps.length)])}
        </p>
      ) : null}
      <p
        data-testid="seniority"
        data-band={result.seniority.band}
        data-years={result.seniority.years === null ? '' : result.seniority.years.toFixed(1)}
      >
        <strong>{t(`band_${result.seniority.band}`)}</strong>
        {result.seniority.years !== null ? ` · ${t('yearsShort', result.seniority.years.toFixed(1))}` : ''}
        <br />
        <span className="muted" data-testid="seniority-basis">{result.seniority.basis}</span>
      </p>
    </section>
  );
}
