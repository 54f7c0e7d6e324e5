import { useState } from 'react';
import type { GapQuestions as GapQuestionsOf, RequirementResult } from '@/lib/scoring/schema';
import { strengthWord } from '@/lib/scoring/strength-words';
import { skillName } from '@/lib/skills/lookup';
import { messageKey, t, tOr } from '@/lib/i18n';
import { statusTone, toneClass } from '@/lib/summary/score-tone';
import { EvidenceChips } from './EvidenceChips';

const STATUS_ICON = { met: '✓', partial: '◐', missing: '✗', unchecked: '?' } as const;

/** How many of a gap's questions show before "More questions". */
export const QUESTIONS_SHOWN = 2;

/** "7 repositories", "1 repository", "LinkedIn", or "" when the sources name no place. */
function whereWords(row: RequirementResult): string {
  const repos = new Set(row.sources.flatMap((s) => (s.repo ? [s.repo] : [])));
  if (repos.size > 0) return `${repos.size} ${repos.size === 1 ? tOr('repositoryOne', 'repository') : tOr('repositoryMany', 'repositories')}`;
  return row.sources.some((s) => s.origin === 'linkedin') ? 'LinkedIn' : '';
}

/**
 * A row in one line after its label: "Go · strong · 7 repositories" for a met
 * skill row (the skill named when the label does not say it), the state in
 * words otherwise.
 */
export function rowBrief(row: RequirementResult): string {
  const parts: string[] = [];
  if (row.skill) {
    const name = skillName(row.skill);
    if (name.toLowerCase() !== row.label.toLowerCase()) parts.push(name);
  }
  if (row.status === 'met' || row.status === 'partial') {
    if (row.kind === 'skill' || row.kind === 'years') parts.push(strengthWord(row.strength));
    const where = whereWords(row);
    if (where) parts.push(where);
  }
  if (row.status !== 'met') parts.push(t(`status_${row.status}`));
  return parts.join(' · ');
}

function RowDetails({ row }: { row: RequirementResult }) {
  return (
    <>
      <p className="req-why" data-testid="requirement-explanation">
        {row.explanation}
      </p>
      {row.status === 'unchecked' && row.check ? (
        <p className="req-check small" data-testid="requirement-check" data-check={row.check}>
          {t(messageKey('check', row.check))}
        </p>
      ) : null}
      <EvidenceChips sources={row.sources} />
      {row.kind === 'skill' && row.skill ? (
        <details className="small muted req-numbers">
          <summary>{t('why')}</summary>
          {strengthWord(row.strength)}: {Math.round(row.strength * 100)}% · {t('points', [String(row.contribution), String(row.maxContribution)])}
        </details>
      ) : null}
    </>
  );
}

function rowAttributes(row: RequirementResult) {
  return {
    'data-testid': 'requirement',
    'data-requirement': row.id,
    'data-priority': row.priority,
    'data-status': row.status,
  } as const;
}

function PriorityBadge({ row }: { row: RequirementResult }) {
  return <span className={`badge badge-${row.priority}`}>{row.priority === 'must' ? t('mustHave') : t('niceToHave')}</span>;
}

/** A gap's interview questions: the two best, the rest on demand. */
function GapQuestionList({ gap }: { gap: GapQuestionsOf }) {
  const [all, setAll] = useState(false);
  const shown = all ? gap.questions : gap.questions.slice(0, QUESTIONS_SHOWN);
  const more = gap.questions.length - shown.length;
  return (
    <div className="gap-questions" data-testid="gap" data-requirement={gap.requirementId} data-status={gap.status}>
      <span className="visually-hidden">{tOr('questionsFor', 'Questions to ask about $1', gap.label)}</span>
      <ol>
        {shown.map((q) => (
          <li key={q.id} data-testid="interview-question">
            {q.text}
          </li>
        ))}
      </ol>
      {more > 0 ? (
        <button type="button" className="link-button small" data-testid="more-questions" onClick={() => setAll(true)}>
          {tOr('moreQuestions', 'More questions ($1)', String(more))}
        </button>
      ) : null}
    </div>
  );
}

/** A row's status icon and its label as the recruiter reads it. */
function RowTitle({ row }: { row: RequirementResult }) {
  return (
    <>
      <span className="req-icon" aria-hidden="true">
        {STATUS_ICON[row.status]}
      </span>
      <span className="req-label" data-testid="requirement-label">
        {row.label}
      </span>
    </>
  );
}

/** A must-have that is missing, partly shown or not checked, in full: why, what would check it, the evidence, and the questions to ask. */
export function GapRow({ row, gap }: { row: RequirementResult; gap: GapQuestionsOf | undefined }) {
  return (
    <li className={`requirement gap-row status-${row.status} ${toneClass(statusTone(row.status))}`} {...rowAttributes(row)}>
      <div className="req-head">
        <RowTitle row={row} />
        <span className="req-status">{t(`status_${row.status}`)}</span>
      </div>
      <RowDetails row={row} />
      {gap ? <GapQuestionList gap={gap} /> : null}
    </li>
  );
}

/** A row in one line ("✓ Go · strong · 7 repositories"), opening to its explanation and evidence. */
export function CompactRow({ row }: { row: RequirementResult }) {
  return (
    <li className={`requirement compact status-${row.status} ${toneClass(statusTone(row.status))}`} {...rowAttributes(row)}>
      <details>
        <summary>
          <RowTitle row={row} />
          <span className="req-brief"> · {rowBrief(row)}</span> <PriorityBadge row={row} />
        </summary>
        <div className="req-body">
          <RowDetails row={row} />
        </div>
      </details>
    </li>
  );
}

/** Rows of one kind in one list: gaps in full, the others one line each. */
export function RequirementList({ rows, gaps, compact }: { rows: readonly RequirementResult[]; gaps?: readonly GapQuestionsOf[]; compact?: boolean }) {
  const byRow = new Map((gaps ?? []).map((g) => [g.requirementId, g]));
  return (
    <ul className={compact ? 'requirements compact-list' : 'requirements gap-list'}>
      {rows.map((r) => (compact ? <CompactRow key={r.id} row={r} /> : <GapRow key={r.id} row={r} gap={byRow.get(r.id)} />))}
    </ul>
  );
}
