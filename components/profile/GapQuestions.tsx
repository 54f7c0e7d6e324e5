import type { ScoreResult } from '@/lib/scoring/schema';
import { t } from '@/lib/i18n';

/** The must-have gaps (and weakly shown must-haves) with the questions that would close them. */
export function GapQuestions({ questions }: { questions: ScoreResult['questions'] }) {
  return (
    <div>
      {questions.gaps.length === 0 ? <p className="muted">{t('noGaps')}</p> : null}
      <ul className="gaps">
        {questions.gaps.map((g) => (
          <li key={g.requirementId} data-testid="gap" data-requirement={g.requirementId} data-status={g.status}>
            <strong>{g.label}</strong> <span className="muted">({g.weak ? t('weakEvidence') : t(`status_${g.status}`)})</span>
            <ol>
              {g.questions.map((q) => (
                <li key={q.id} data-testid="interview-question">{q.text}</li>
              ))}
            </ol>
          </li>
        ))}
      </ul>
      <details>
        <summary>{t('behaviouralQuestions')}</summary>
        <ol>
          {questions.behavioural.map((q) => (
            <li key={q.id}>{q.text}</li>
          ))}
        </ol>
      </details>
    </div>
  );
}
