import type { ReactNode } from 'react';
import type { ScoreResult } from '@/lib/scoring/schema';
import { mustHavesCounted, questionsToAsk, seniorityWords, topEvidence } from '@/lib/summary/person-summary';
import { messageKey, t, tOr } from '@/lib/i18n';
import { toneClass, verdictTone } from '@/components/score-tone';
import { isoOf, timeText } from '@/components/dates';
import { ScoreGauge } from './ScoreGauge';

export interface ScoreSummaryProps {
  result: ScoreResult;
  matrixName: string;
  /** when the rate limit stopped the read: the time the evaluation completes by itself (epoch ms) */
  resumeAt?: number | null;
  /** Save with its stage picker, Copy summary: the actions on this person, inside the card */
  actions?: ReactNode;
}

/**
 * The verdict card, the first screen of the profile: the label a recruiter acts
 * on and the score (none when there is not enough to judge), seniority in a
 * few words, the must-haves counted with each gap named (missing, partly
 * shown, not checked), the strongest evidence a line each, the first question
 * to ask, and the actions.
 */
export function ScoreSummary({ result, matrixName, resumeAt = null, actions }: ScoreSummaryProps) {
  const v = result.verdict;
  const insufficient = v.label === 'insufficient';
  const evidence = topEvidence(result);
  const [firstQuestion] = questionsToAsk(result, 1);
  const s = result.seniority;
  return (
    <section
      className={`verdict-card ${toneClass(verdictTone(v.label))}`}
      data-testid="verdict"
      data-verdict={v.label}
      data-provisional={String(v.provisional)}
      aria-labelledby="verdict-label"
    >
      <div className="verdict-head">
        {insufficient ? null : <ScoreGauge score={result.overall} />}
        <div className="verdict-words">
          <h2 className="verdict-label" id="verdict-label">
            <span className="verdict-name">{tOr(`verdict_${v.label}`, v.label)}</span>
            {insufficient ? null : (
              <span className="score-number">
                <span data-testid="overall-score">{result.overall}</span>
                <span className="score-of">/100</span>
              </span>
            )}
          </h2>
          <div className="verdict-role muted small">
            {t('againstRole', matrixName)}
            {v.provisional && !insufficient ? (
              <>
                {' · '}
                <span className="incomplete-mark" data-testid="provisional">
                  {tOr('verdictProvisional', 'Provisional: $1% of the must-haves checked', String(Math.round(v.checked * 100)))}
                </span>
              </>
            ) : null}
          </div>
        </div>
      </div>

      <p className="verdict-line" data-testid="seniority" data-band={s.band} data-years={s.years === null ? '' : s.years.toFixed(1)}>
        <strong>{seniorityWords(s)}</strong>
        {s.note ? <span className="muted small" data-testid="seniority-note"> · {s.note}</span> : null}
      </p>

      <div className="verdict-musts">
        <p className="verdict-line" data-testid="verdict-summary">{mustHavesCounted(v)}</p>
        {v.missing.length > 0 || v.partial.length > 0 || v.unchecked.length > 0 ? (
          <ul className="verdict-gaps">
            {v.missing.length > 0 ? (
              <li className="gap-missing" data-testid="verdict-missing">
                <span className="gap-kind">{tOr('verdictMissingLabel', 'Missing')}:</span> {v.missing.join(', ')}
              </li>
            ) : null}
            {v.partial.length > 0 ? (
              <li className="gap-partial" data-testid="verdict-partial">
                <span className="gap-kind">{tOr('verdictPartialLabel', 'Only partly shown')}:</span> {v.partial.join(', ')}
              </li>
            ) : null}
            {v.unchecked.length > 0 ? (
              <li className="gap-unchecked" data-testid="verdict-unchecked">
                <span className="gap-kind">{tOr('verdictUncheckedLabel', 'Not checked')}:</span> {v.unchecked.join(', ')}
              </li>
            ) : null}
          </ul>
        ) : null}
      </div>

      {insufficient ? (
        <ul className="verdict-reasons">
          {v.reasons.map((r) => (
            <li key={r} data-testid="verdict-reason" data-reason={r}>
              {t(messageKey('reason', r))}
            </li>
          ))}
          {resumeAt ? (
            <li data-testid="completes-at">
              {tOr('completesAtLead', 'The evaluation completes by itself after')} <time dateTime={isoOf(resumeAt)}>{timeText(resumeAt)}</time>.
            </li>
          ) : null}
        </ul>
      ) : null}

      {evidence.length > 0 ? (
        <div className="verdict-evidence">
          <h3 className="verdict-subhead">{tOr('strongestEvidence', 'Strongest evidence')}</h3>
          <ul data-testid="top-evidence">
            {evidence.map((r) => (
              <li key={r.id} data-testid="top-evidence-item" data-requirement={r.id} title={r.explanation}>
                {r.explanation}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {firstQuestion ? (
        <p className="verdict-question" data-testid="first-question">
          <span className="verdict-subhead">{tOr('askFirst', 'Ask first')}:</span> {firstQuestion}
        </p>
      ) : null}

      {actions ? <div className="verdict-actions">{actions}</div> : null}
    </section>
  );
}
