import type { ReactNode } from 'react';
import type { ScoreResult } from '@/lib/scoring/schema';
import { verdictCardWords } from '@/lib/summary/verdict-card';
import { tOr } from '@/lib/i18n';
import { toneClass, verdictTone } from '@/lib/summary/score-tone';
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
  const words = verdictCardWords(result, matrixName);
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
        {words.score === null ? null : <ScoreGauge score={words.score} />}
        <div className="verdict-words">
          <h2 className="verdict-label" id="verdict-label">
            <span className="verdict-name">{words.label}</span>
            {words.score === null ? null : (
              <span className="score-number">
                <span data-testid="overall-score">{words.score}</span>
                <span className="score-of">/100</span>
              </span>
            )}
          </h2>
          <div className="verdict-role muted small">
            {words.role}
            {words.provisional ? (
              <>
                {' · '}
                <span className="incomplete-mark" data-testid="provisional">
                  {words.provisional}
                </span>
              </>
            ) : null}
          </div>
        </div>
      </div>

      <p className="verdict-line" data-testid="seniority" data-band={s.band} data-years={s.years === null ? '' : s.years.toFixed(1)}>
        <strong>{words.seniority}</strong>
        {words.seniorityNote ? <span className="muted small" data-testid="seniority-note"> · {words.seniorityNote}</span> : null}
      </p>

      <div className="verdict-musts">
        <p className="verdict-line" data-testid="verdict-summary">{words.summary}</p>
        {words.gaps.length > 0 ? (
          <ul className="verdict-gaps">
            {words.gaps.map((gap) => (
              <li key={gap.kind} className={`gap-${gap.kind}`} data-testid={`verdict-${gap.kind}`}>
                <span className="gap-kind">{gap.lead}:</span> {gap.items}
              </li>
            ))}
          </ul>
        ) : null}
      </div>

      {insufficient ? (
        <ul className="verdict-reasons">
          {words.reasons.map((r) => (
            <li key={r.id} data-testid="verdict-reason" data-reason={r.id}>
              {r.text}
            </li>
          ))}
          {resumeAt ? (
            <li data-testid="completes-at">
              {tOr('completesAtLead', 'The evaluation completes by itself after')} <time dateTime={isoOf(resumeAt)}>{timeText(resumeAt)}</time>.
            </li>
          ) : null}
        </ul>
      ) : null}

      {words.evidence.length > 0 ? (
        <div className="verdict-evidence">
          <h3 className="verdict-subhead">{words.evidenceLead}</h3>
          <ul data-testid="top-evidence">
            {words.evidence.map((e) => (
              <li key={e.id} data-testid="top-evidence-item" data-requirement={e.id} title={e.text}>
                {e.text}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {words.question ? (
        <p className="verdict-question" data-testid="first-question">
          <span className="verdict-subhead">{words.question.lead}:</span> {words.question.text}
        </p>
      ) : null}

      {actions ? <div className="verdict-actions">{actions}</div> : null}
    </section>
  );
}
