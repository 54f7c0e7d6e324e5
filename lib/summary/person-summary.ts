/**
 * What a recruiter takes away from a profile, in a few lines: the strongest
 * evidence, the questions to ask first, and the short summary the panel's
 * "Copy summary" puts on the clipboard (name, links, verdict with its named
 * gaps, seniority, top evidence, questions) as Markdown or plain text, for
 * Slack, e-mail or an ATS note. Pure: no browser APIs, no I/O.
 */
import { safeHttpUrl } from '../safe-url';
import type { RequirementResult, ScoreResult } from '../scoring/schema';

/** How many evidence lines and questions a summary carries. */
export const SUMMARY_EVIDENCE = 3;
export const SUMMARY_QUESTIONS = 3;

export type SummaryFormat = 'markdown' | 'plain';

const VERDICT_WORDS: Readonly<Record<ScoreResult['verdict']['label'], string>> = {
  strong: 'Strong match',
  possible: 'Possible match',
  weak: 'Weak match',
  insufficient: 'Not enough to judge',
};

const BAND_WORDS: Readonly<Record<ScoreResult['seniority']['band'], string>> = {
  junior: 'Junior',
  mid: 'Mid-level',
  senior: 'Senior',
  unknown: 'Seniority unknown',
};

export function verdictWords(label: ScoreResult['verdict']['label']): string {
  return VERDICT_WORDS[label];
}

/** Seniority in three words or so: "Senior · 7.5 years", "Mid-level (self-described)", "Seniority unknown". */
export function seniorityWords(s: Pick<ScoreResult['seniority'], 'band' | 'years' | 'from'>): string {
  const band = BAND_WORDS[s.band];
  if (s.band === 'unknown') return band;
  if (s.years !== null && s.from === 'linkedin') return `${band} · ${formatYears(s.years)} years`;
  if (s.from === 'self') return `${band} (self-described)`;
  return s.years !== null ? `${band} · ${formatYears(s.years)} years` : band;
}

function formatYears(years: number): string {
  return Number.isInteger(years) ? String(years) : years.toFixed(1);
}

/**
 * The strongest evidence, one line each: the met rows that rest on evidence
 * (skills, years in a skill, certifications, degrees), strongest first, each
 * line the row's own explanation ("Go: strong — the language of 7
 * repositories, the latest 2 months ago."). A skill shows once.
 */
export function topEvidence(result: Pick<ScoreResult, 'requirements'>, count = SUMMARY_EVIDENCE): RequirementResult[] {
  const seen = new Set<string>();
  const out: RequirementResult[] = [];
  const rows = result.requirements
    .filter((r) => r.status === 'met' && r.sources.length > 0 && r.kind !== 'timezone' && r.kind !== 'experience')
    .sort((a, b) => b.strength - a.strength || (a.priority === b.priority ? 0 : a.priority === 'must' ? -1 : 1));
  for (const r of rows) {
    const key = r.skill ?? r.id;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(r);
    if (out.length >= count) break;
  }
  return out;
}

/**
 * The questions to ask, best first: the first question of each must-have gap
 * in the scorer's order (missing, partly shown, not checked as they come),
 * then each gap's second, and so on; with no gap, the behavioural questions.
 */
export function questionsToAsk(result: Pick<ScoreResult, 'questions'>, count = SUMMARY_QUESTIONS): string[] {
  const out: string[] = [];
  const gaps = result.questions.gaps;
  const longest = Math.max(0, ...gaps.map((g) => g.questions.length));
  for (let round = 0; round < longest && out.length < count; round++) {
    for (const g of gaps) {
      const q = g.questions[round];
      if (q && !out.includes(q.text)) out.push(q.text);
      if (out.length >= count) break;
    }
  }
  for (const q of result.questions.behavioural) {
    if (out.length >= count) break;
    if (!out.includes(q.text)) out.push(q.text);
  }
  return out;
}

export interface SummaryInput {
  /** the name as shown (the login or slug when the page gave none) */
  name: string;
  /** GitHub login or LinkedIn slug */
  handle: string;
  headline: string | null;
  location: string | null;
  links: { github: string | null; linkedin: string | null };
  /** the role's name, as the role picker shows it */
  roleName: string;
  result: ScoreResult;
}

/** One line of untrusted page text: no line breaks, no control characters, at most `max` characters. */
function oneLine(text: string, max: number): string {
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

/** Markdown's markup characters escaped, so a name like `*nix_guru` or a headline like `# Hire me` stays literal. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]#|<>~]/g, (c) => `\\${c}`).replace(/^([-+]|\d+\.)(?=\s)/, (m) => `\\${m}`);
}

/** "6 of 7 must-haves met" */
export function mustHavesCounted(v: Pick<ScoreResult['verdict'], 'mustMet' | 'mustTotal'>): string {
  return `${v.mustMet} of ${v.mustTotal} must-have${v.mustTotal === 1 ? '' : 's'} met`;
}

/** "REST API design, CI/CD" */
function list(labels: readonly string[]): string {
  return labels.join(', ');
}

/**
 * The summary a recruiter pastes into Slack, an e-mail or an ATS note:
 * who (name, handle, headline, where), the links, the verdict with the score
 * (none when there is not enough to judge) and every must-have that is
 * missing, partly shown or not checked, seniority, the strongest evidence and
 * the first questions to ask. Markdown bolds the name and verdict and escapes
 * page text; plain text has no markup at all.
 */
export function personSummary(input: SummaryInput, format: SummaryFormat): string {
  const md = format === 'markdown';
  const text = (value: string, max: number) => (md ? escapeMarkdown(oneLine(value, max)) : oneLine(value, max));
  const bold = (value: string) => (md ? `**${value}**` : value);
  const bullet = md ? '- ' : '• ';
  const { result } = input;
  const v = result.verdict;
  const lines: string[] = [];

  const name = text(input.name, 200);
  const handle = text(input.handle, 200);
  const who = [name !== handle ? `${bold(name)} (${handle})` : bold(name)];
  if (input.location) who.push(text(input.location, 200));
  lines.push(who.join(' · '));
  if (input.headline) lines.push(text(input.headline, 300));
  const links = [
    ...(safeHttpUrl(input.links.github) ? [`GitHub: ${safeHttpUrl(input.links.github)}`] : []),
    ...(safeHttpUrl(input.links.linkedin) ? [`LinkedIn: ${safeHttpUrl(input.links.linkedin)}`] : []),
  ];
  if (links.length > 0) lines.push(links.join(' · '));
  lines.push('');

  const role = text(input.roleName, 200);
  const score = v.label === 'insufficient' ? '' : ` · ${result.overall}/100`;
  const provisional = v.provisional && v.label !== 'insufficient' ? ` (provisional: ${Math.round(v.checked * 100)}% of the must-haves checked)` : '';
  lines.push(`${bold(`${VERDICT_WORDS[v.label]}${score}`)} for ${role}${provisional}`);
  lines.push(mustHavesCounted(v));
  if (v.missing.length > 0) lines.push(`Missing: ${text(list(v.missing), 500)}`);
  if (v.partial.length > 0) lines.push(`Only partly shown: ${text(list(v.partial), 500)}`);
  if (v.unchecked.length > 0) lines.push(`Not checked: ${text(list(v.unchecked), 500)}`);
  lines.push(`Seniority: ${seniorityWords(result.seniority)}${result.seniority.basis ? ` (${text(result.seniority.basis, 300)})` : ''}`);

  const evidence = topEvidence(result);
  if (evidence.length > 0) {
    lines.push('');
    lines.push(md ? bold('Strongest evidence') : 'Strongest evidence:');
    for (const r of evidence) lines.push(`${bullet}${text(r.explanation, 300)}`);
  }
  const questions = questionsToAsk(result);
  if (questions.length > 0) {
    lines.push('');
    lines.push(md ? bold('Questions to ask') : 'Questions to ask:');
    questions.forEach((q, i) => lines.push(`${i + 1}. ${text(q, 400)}`));
  }
  return `${lines.join('\n')}\n`;
}
