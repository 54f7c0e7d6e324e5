/**
 * The words of the verdict card, once: the React card (`ScoreSummary`) renders
 * them, and the first screen the panel paints before React loads
 * (`lib/storage/first-screen-shape.ts`) stores them, so both say the same.
 */
import type { ScoreResult } from '../scoring/schema';
import { profileHandle, type PageProfile } from '../schemas/profile';
import { messageKey, t, tOr } from '../i18n';
import { FIRST_SCREEN_VERSION, type FirstScreen, type FirstScreenGap } from '../storage/first-screen-shape';
import { toneClass, verdictTone } from './score-tone';
import { mustHavesCounted, questionsToAsk, seniorityWords, topEvidence } from './person-summary';

export interface VerdictCardWords {
  label: string;
  /** null when there is not enough to judge */
  score: number | null;
  /** "against Backend" */
  role: string;
  /** "Provisional: 60% of the must-haves checked", while some must-haves are not checked */
  provisional: string | null;
  seniority: string;
  seniorityNote: string | null;
  summary: string;
  gaps: FirstScreenGap[];
  /** why there is not enough to judge (only then) */
  reasons: { id: string; text: string }[];
  evidence: { id: string; text: string }[];
  question: { lead: string; text: string } | null;
  /** "Strongest evidence" */
  evidenceLead: string;
}

export function verdictCardWords(result: ScoreResult, matrixName: string): VerdictCardWords {
  const v = result.verdict;
  const insufficient = v.label === 'insufficient';
  const gaps: FirstScreenGap[] = [];
  if (v.missing.length > 0) gaps.push({ kind: 'missing', lead: tOr('verdictMissingLabel', 'Missing'), items: v.missing.join(', ') });
  if (v.partial.length > 0) gaps.push({ kind: 'partial', lead: tOr('verdictPartialLabel', 'Only partly shown'), items: v.partial.join(', ') });
  if (v.unchecked.length > 0) gaps.push({ kind: 'unchecked', lead: tOr('verdictUncheckedLabel', 'Not checked'), items: v.unchecked.join(', ') });
  const [firstQuestion] = questionsToAsk(result, 1);
  return {
    label: tOr(`verdict_${v.label}`, v.label),
    score: insufficient ? null : result.overall,
    role: t('againstRole', matrixName),
    provisional: v.provisional && !insufficient ? tOr('verdictProvisional', 'Provisional: $1% of the must-haves checked', String(Math.round(v.checked * 100))) : null,
    seniority: seniorityWords(result.seniority),
    seniorityNote: result.seniority.note ?? null,
    summary: mustHavesCounted(v),
    gaps,
    reasons: insufficient ? v.reasons.map((r) => ({ id: r, text: t(messageKey('reason', r)) })) : [],
    evidence: topEvidence(result).map((r) => ({ id: r.id, text: r.explanation })),
    question: firstQuestion ? { lead: tOr('askFirst', 'Ask first'), text: firstQuestion } : null,
    evidenceLead: tOr('strongestEvidence', 'Strongest evidence'),
  };
}

/** The first screen of a person as the panel shows it now, to be painted at once when the panel opens on this tab again. */
export function firstScreenOf(input: { profile: PageProfile; result: ScoreResult; matrixName: string; tabUpdatedAt: number }): FirstScreen {
  const { profile, result } = input;
  const handle = profileHandle(profile);
  const words = verdictCardWords(result, input.matrixName);
  const label = result.verdict.label;
  return {
    version: FIRST_SCREEN_VERSION,
    tabUpdatedAt: input.tabUpdatedAt,
    name: profile.name ?? handle,
    handle,
    location: profile.location ?? null,
    subtitle: (profile.source === 'github' ? profile.bio : profile.headline) ?? null,
    verdict: label,
    tone: toneClass(verdictTone(label)),
    label: words.label,
    score: words.score,
    roleName: input.matrixName,
    roleLead: t('roleLabel'),
    roleLine: words.role,
    provisional: words.provisional,
    seniority: words.seniorityNote ? `${words.seniority} · ${words.seniorityNote}` : words.seniority,
    summary: words.summary,
    gaps: words.gaps,
    reasons: words.reasons.map((r) => r.text),
    evidenceLead: words.evidenceLead,
    evidence: words.evidence.map((e) => e.text),
    question: words.question,
  };
}
