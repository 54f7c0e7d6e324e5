import type { ScoreResult } from '@/lib/scoring/schema';
import { t } from '@/lib/i18n';

/**
 * The behavioural questions, asked of anyone, folded away under the gaps.
 * (Each gap's own questions sit in its row: RequirementList's GapRow.)
 */
export function BehaviouralQuestions({ questions }: { questions: ScoreResult['questions']['behavioural'] }) {
  if (questions.length === 0) return null;
  return (
    <details className="behavioural">
      <summary>{t('behaviouralQuestions')}</summary>
      <ol>
        {questions.map((q) => (
          <li key={q.id}>{q.text}</li>
        ))}
      </ol>
    </details>
  );
}
