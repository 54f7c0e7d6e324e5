/**
 * The explainable score: (evidence, matrix, experience) → per-row status and
 * points, an overall 0–100, the must-have gaps, confidence, seniority and
 * interview questions. Pure and deterministic; docs/scoring.md explains it in
 * plain words.
 */
import type { Matrix, Requirement } from '../matrix/schema';
import type { EvidenceSource } from '../schemas/evidence';
import type { LinkedinFacts } from '../schemas/examined';
import { skillsForCertification } from '../skills/certifications';
import { impliedSkills } from '../skills/lookup';
import { readConfidence } from './confidence';
import { skillLine } from './explain';
import { matrixPlan, type MatrixPlan, type RowPlan } from './matrix-plan';
import { effectiveSkills, type EffectiveSkills } from './effective-evidence';
import { countedRoles, mergedYears } from '../evidence/experience';
import { interviewQuestions } from './interview';
import type { CheckHint, GithubHistory, InsufficientReason, RequirementResult, RequirementStatus, ScoreInput, ScoreResult, Seniority, VerdictLabel } from './schema';
import type { Examined } from '../schemas/examined';
import { estimateSeniority, roleSource } from './seniority';
import { overlapHours } from './timezone';
import { utcOffsetFromLocation } from './location-offset';
import { linkedinProfileUrl } from '../page/profile-urls';
import { round1, round2 } from '../numbers';

/** A partly shown row earns up to this share of its points, in proportion to how much was shown. */
export const PARTIAL_SHARE = 0.75;

/**
 * The ceiling missing must-haves put on the overall score, a rule a recruiter
 * can repeat: one examined must-have missing keeps the score at most 69 (and
 * the label at best "possible"), two or more at most 44 (and "weak").
 * Rows that were not checked are never gaps and never cap anything.
 */
export function mustGapCap(gaps: number): number | null {
  if (gaps <= 0) return null;
  return gaps === 1 ? ONE_GAP_CAP : TWO_GAPS_CAP;
}
export const ONE_GAP_CAP = 69;
export const TWO_GAPS_CAP = 44;
/** Labels by score: strong from 70, possible from 45, weak below. */
export const STRONG_FROM = 70;
export const POSSIBLE_FROM = 45;
/**
 * Below this share of the must-have weight looked at (checked, or showing a
 * sign of the skill that was not checked in depth) there is not enough to
 * judge. Rows this read could never check (years of experience, education and
 * certifications when no LinkedIn page was read) are left out of the share.
 */
export const MIN_CHECKED = 0.6;

/** What the evaluation looked at when the caller does not say: everything. */
const EVERYTHING: Examined = { github: 'deep', repos: 10, deepRepos: 10, githubStopped: false, linkedin: true, linkedinExperience: true };
const EVERYTHING_BUT_LINKEDIN: Examined = { ...EVERYTHING, linkedin: false, linkedinExperience: false };

/** No sources: one empty list for every row without any, never written to. */
const NO_SOURCES: EvidenceSource[] = Object.freeze([]) as unknown as EvidenceSource[];

// The share of its points each row earned (0..1), by row index, reused from call to call like the scratch rows below.
const creditScratch: number[] = [];

/**
 * A row's result as the recruiter reads it, made once per row: every judge
 * builds it here, so all rows share one shape. Its points are shared out once
 * every row is judged (contribution and maxContribution, 0 until then); the
 * share it earned waits in creditScratch.
 */
function made(
  row: RowPlan,
  status: RequirementStatus,
  check: CheckHint | null,
  credit: number,
  strength: number,
  skill: string | null,
  via: string | null,
  sources: readonly EvidenceSource[],
  explanation: string,
): RequirementResult {
  const req = row.req;
  creditScratch[row.index] = credit;
  return {
    id: req.id,
    label: req.label,
    priority: req.priority,
    kind: req.kind,
    status,
    check: status === 'unchecked' ? (check ?? 'ask') : null,
    skill,
    via,
    strength: round2(Math.min(1, Math.max(0, strength))),
    sources: sources as EvidenceSource[],
    explanation,
    contribution: 0,
    maxContribution: 0,
  };
}

/** A row that was not checked, with nothing of its skills seen. */
function unchecked(row: RowPlan, check: CheckHint, explanation: string): RequirementResult {
  return made(row, 'unchecked', check, 0, 0, null, null, NO_SOURCES, explanation);
}

/** A row with nothing found: missing. */
function missingRow(row: RowPlan, explanation: string): RequirementResult {
  return made(row, 'missing', null, 0, 0, null, null, NO_SOURCES, explanation);
}

/** The sources a row shows: the first 20. */
function cappedSources(sources: readonly EvidenceSource[]): readonly EvidenceSource[] {
  return sources.length > 20 ? sources.slice(0, 20) : sources;
}

interface Context {
  plan: MatrixPlan;
  skills: EffectiveSkills;
  /** for skill rows without a "not the same as": the slot of the strongest of the row's skills (the first listed on a tie), or -1 */
  best: Int32Array;
  /** the deciding skill of each row judged so far, by row index */
  decided: (string | null)[];
  linkedin: LinkedinFacts | null;
  github: GithubHistory | null;
  seniority: Seniority;
  matrix: Matrix;
  now: Date;
  examined: Examined;
  /** whether what was examined shows every skill's absence (a deep read of some repositories) */
  examinedAll: boolean;
  /** whether it shows none (no repository was read) */
  examinedNone: boolean;
}

/**
 * Whether what was examined could have shown the absence of a row's skills.
 * Any public repository shows its languages and that the person uses Git;
 * frameworks, databases, Docker, CI and the rest show in files and manifests,
 * which only the deep read opens. A LinkedIn page shows what the person chose
 * to write: what it names counts as evidence, but what it leaves out is not a gap.
 */
function rowExamined(row: RowPlan, ctx: Context): boolean {
  if (!row.hasSkills) return false;
  if (ctx.examinedAll) return true;
  return !ctx.examinedNone && row.listShows;
}

/** What would check a skill row that was not examined. */
function skillCheck(examined: Examined): CheckHint {
  if (examined.githubStopped) return 'wait-rate-limit';
  if (examined.github === 'none') return 'open-github';
  return 'dig-deeper';
}

const CHECK_WORDS: Readonly<Record<CheckHint, string>> = {
  'dig-deeper': 'Dig deeper to look at their repositories’ files.',
  'open-linkedin': 'Open their LinkedIn profile.',
  'open-github': 'No repositories were read: open their GitHub profile, or ask.',
  'wait-rate-limit': 'The GitHub rate limit stopped the read; it completes by itself after the reset.',
  ask: 'Ask them.',
};

/** The plain words that say what would check a row. */
export function checkWords(check: CheckHint): string {
  return CHECK_WORDS[check];
}

const NOT_CHECKED_WORDS = Object.fromEntries(Object.entries(CHECK_WORDS).map(([check, words]) => [check, `Not checked: ${words}`])) as Readonly<Record<CheckHint, string>>;

function ratioStatus(shown: number, asked: number): RequirementStatus {
  if (shown <= 0) return 'missing';
  if (asked <= 0 || shown >= asked) return 'met';
  return 'partial';
}

/** The share of a row's points that `shown` of `asked` earns. */
function ratioCredit(shown: number, asked: number): number {
  if (shown <= 0) return 0;
  if (asked <= 0 || shown >= asked) return 1;
  return PARTIAL_SHARE * (shown / asked);
}

function judgeSkill(req: Extract<Requirement, { kind: 'skill' }>, row: RowPlan, ctx: Context): RequirementResult {
  const skills = ctx.skills;
  let best = ctx.best[row.index]!;
  if (row.notSameAs >= 0) {
    const excluded = ctx.decided[row.notSameAs] ?? null;
    const anyOf = req.anyOf;
    for (let k = 0; k < anyOf.length; k++) {
      if (anyOf[k] === excluded) continue;
      const slot = row.anyOfSlots[k]!;
      if (skills.has(slot) && (best < 0 || skills.strength[slot]! > skills.strength[best]!)) best = slot;
    }
  }
  const examined = rowExamined(row, ctx);
  if (best < 0) {
    if (!examined) {
      const check = skillCheck(ctx.examined);
      return unchecked(row, check, NOT_CHECKED_WORDS[check]);
    }
    return missingRow(row, row.noEvidence);
  }
  const slots = ctx.plan.slots;
  const strength = skills.strength[best]!;
  const viaSlot = skills.viaSlot[best]!;
  const via = viaSlot >= 0 ? slots[viaSlot]! : null;
  const skill = slots[best]!;
  const sources = cappedSources(skills.sources[best]!);
  const status = ratioStatus(strength, req.minStrength);
  if (status === 'partial' && !examined) {
    // a glimpse (a topic, a bio) of a skill whose files were not read: the deeper look decides
    const check = skillCheck(ctx.examined);
    return made(row, 'unchecked', check, 0, strength, skill.skill, via && via.skill, sources, `Some sign of ${skill.name}, not checked in depth: ${checkWords(check)}`);
  }
  const line = skillLine(skill.name, strength, skills.sources[best]!, ctx.now, via && via.name, skill.skill);
  return made(row, status, null, ratioCredit(strength, req.minStrength), strength, skill.skill, via && via.skill, sources, status === 'met' ? line : line + row.asks);
}

function judgeYears(req: Extract<Requirement, { kind: 'years' }>, row: RowPlan, ctx: Context): RequirementResult {
  const targets = new Set(req.anyOf);
  // a role naming django counts as years of python
  const counts = (id: string): boolean => targets.has(id) || impliedSkills(id).some((t) => targets.has(t));
  if (!ctx.linkedin || !ctx.examined.linkedinExperience) {
    return unchecked(row, 'open-linkedin', `Not checked: years in ${row.namesOr} show in LinkedIn roles. ${checkWords('open-linkedin')}`);
  }
  const roles = countedRoles(ctx.linkedin.experience, ctx.now, (r) => r.skills.some(counts));
  const years = round1(mergedYears(roles));
  const url = ctx.linkedin ? linkedinProfileUrl(ctx.linkedin.slug) : null;
  const sources: EvidenceSource[] = url ? roles.map((r) => roleSource(r, url)) : [];
  const strength = req.minYears > 0 ? Math.min(1, years / req.minYears) : years > 0 ? 1 : 0;
  const explanation = `${years} years in LinkedIn roles naming ${row.namesOr}; ${req.minYears} asked.`;
  return made(row, ratioStatus(years, req.minYears), null, ratioCredit(years, req.minYears), strength, null, null, sources, explanation);
}

function judgeTimezone(req: Extract<Requirement, { kind: 'timezone' }>, row: RowPlan, ctx: Context): RequirementResult {
  const fromGithub = ctx.github?.utcOffsetHours ?? null;
  const fromLocation = fromGithub === null ? utcOffsetFromLocation(ctx.linkedin?.location) : null;
  const offset = fromGithub ?? fromLocation?.offset ?? null;
  if (offset === null) {
    return unchecked(row, ctx.linkedin ? 'ask' : 'open-linkedin', 'Not checked: the candidate’s time zone is not known; ask, or open their LinkedIn profile.');
  }
  const hours = overlapHours(offset, req.teamUtcOffsetHours, req.teamStartHour, req.teamEndHour);
  const sign = (n: number): string => `UTC${n >= 0 ? '+' : ''}${n}`;
  const sources: EvidenceSource[] =
    fromGithub !== null
      ? [{ kind: 'bio', origin: 'github', repo: null, path: null, detail: `Local time on GitHub: ${sign(offset)}`, url: null, weight: 1, date: null }]
      : [{ kind: 'bio', origin: 'linkedin', repo: null, path: null, detail: `About ${sign(offset)} (standard time), from the LinkedIn location "${ctx.linkedin?.location ?? ''}"`, url: null, weight: 0.7, date: null }];
  const strength = req.minOverlapHours > 0 ? Math.min(1, hours / req.minOverlapHours) : 1;
  const explanation = `${hours} hours of a 9–17 day overlap the team's ${req.teamStartHour}–${req.teamEndHour} in ${sign(req.teamUtcOffsetHours)}; ${req.minOverlapHours} asked.`;
  return made(row, ratioStatus(hours, req.minOverlapHours), null, ratioCredit(hours, req.minOverlapHours), strength, null, null, sources, explanation);
}

function judgeDegree(req: Extract<Requirement, { kind: 'degree' }>, row: RowPlan, ctx: Context): RequirementResult {
  if (!ctx.linkedin) {
    return unchecked(row, 'open-linkedin', 'Not checked: education shows on LinkedIn. Open their LinkedIn profile, or ask.');
  }
  const fields = req.fields.map((f) => f.toLowerCase());
  const match = ctx.linkedin.education.find((e) => {
    const text = `${e.degree ?? ''} ${e.school}`.toLowerCase();
    return fields.length === 0 ? e.degree !== null : fields.some((f) => text.includes(f));
  });
  if (!match) {
    return missingRow(row, `No ${fields.length ? `degree in ${req.fields.join(' or ')}` : 'degree'} listed on LinkedIn.`);
  }
  const source: EvidenceSource = { kind: 'bio', origin: 'linkedin', repo: null, path: null, detail: `Education: ${match.degree ?? ''} ${match.school}`.trim(), url: linkedinProfileUrl(ctx.linkedin.slug), weight: 1, date: match.end };
  return made(row, 'met', null, 1, 1, null, null, [source], `Listed on LinkedIn: ${match.degree ?? 'a degree'} at ${match.school}.`);
}

function judgeCertification(req: Extract<Requirement, { kind: 'certification' }>, row: RowPlan, ctx: Context): RequirementResult {
  const skills = new Set(req.anyOf);
  const names = req.names.map((n) => n.toLowerCase());
  const cert = ctx.linkedin?.certifications.find(
    (c) => names.some((n) => c.name.toLowerCase().includes(n)) || skillsForCertification(c.name, c.issuer).some((id) => skills.has(id)),
  );
  if (cert && ctx.linkedin) {
    const skill = skillsForCertification(cert.name, cert.issuer).find((id) => skills.has(id)) ?? null;
    const source: EvidenceSource = { kind: 'certification', origin: 'linkedin', repo: null, path: null, detail: `Certification: ${cert.name}${cert.issuer ? ` (${cert.issuer})` : ''}`, url: linkedinProfileUrl(ctx.linkedin.slug), weight: 1, date: null };
    return made(row, 'met', null, 1, 1, skill, null, [source], `Certified: ${cert.name}.`);
  }
  for (let k = 0; k < req.anyOf.length; k++) {
    const slot = row.anyOfSlots[k]!;
    const source = ctx.skills.has(slot) ? ctx.skills.sources[slot]!.find((s) => s.kind === 'certification') : undefined;
    if (source) return made(row, 'met', null, 1, 1, req.anyOf[k]!, null, [source], source.detail);
  }
  if (!ctx.linkedin) return unchecked(row, 'open-linkedin', 'Not checked: certifications show on LinkedIn. Open their LinkedIn profile, or ask.');
  return missingRow(row, 'No matching certification found.');
}

function judgeExperience(row: RowPlan, ctx: Context): RequirementResult {
  const { minYears } = ctx.matrix.experienceBand;
  const s = ctx.seniority;
  if (s.years === null) {
    return unchecked(row, 'open-linkedin', `Not checked: ${s.basis} Years of experience show in LinkedIn roles, or in what the person states. ${minYears}+ years asked.`);
  }
  const strength = minYears > 0 ? Math.min(1, s.years / minYears) : 1;
  const explanation = `${s.basis} ${minYears}+ years asked.`;
  if (s.years >= minYears) return made(row, 'met', null, 1, strength, null, null, s.sources, explanation);
  // a stated figure, or more than half the years asked: partly shown; else missing
  const partial = s.confidence === 'low' || s.from === 'self' || s.years >= minYears / 2;
  return made(row, partial ? 'partial' : 'missing', null, partial ? PARTIAL_SHARE * (s.years / minYears) : 0, strength, null, null, s.sources, explanation);
}

function judge(row: RowPlan, ctx: Context): RequirementResult {
  const req = row.req;
  switch (req.kind) {
    case 'skill':
      return judgeSkill(req, row, ctx);
    case 'years':
      return judgeYears(req, row, ctx);
    case 'timezone':
      return judgeTimezone(req, row, ctx);
    case 'degree':
      return judgeDegree(req, row, ctx);
    case 'certification':
      return judgeCertification(req, row, ctx);
    case 'experience':
      return judgeExperience(row, ctx);
  }
}


/** Rounds to an integer, ignoring floating-point noise so that scaled weights round alike. */
function stableRound(n: number): number {
  return Math.round(Math.round(n * 1e6) / 1e6);
}

function labelFor(score: number): Exclude<VerdictLabel, 'insufficient'> {
  return score >= STRONG_FROM ? 'strong' : score >= POSSIBLE_FROM ? 'possible' : 'weak';
}

const LABEL_ORDER: readonly VerdictLabel[] = ['weak', 'possible', 'strong'];
function atMost(label: Exclude<VerdictLabel, 'insufficient'>, ceiling: Exclude<VerdictLabel, 'insufficient'>): Exclude<VerdictLabel, 'insufficient'> {
  return LABEL_ORDER.indexOf(label) <= LABEL_ORDER.indexOf(ceiling) ? label : ceiling;
}

function listWords(labels: readonly string[]): string {
  if (labels.length <= 1) return labels[0] ?? '';
  let words = labels[0]!;
  for (let i = 1; i < labels.length - 1; i++) words += `, ${labels[i]!}`;
  return `${words} and ${labels[labels.length - 1]!}`;
}

/** "6 of 7 must-haves met; CI/CD not checked; Docker missing" */
function verdictSummary(mustTotal: number, met: number, missing: readonly string[], partial: readonly string[], notChecked: readonly string[]): string {
  let summary = `${met} of ${mustTotal} must-have${mustTotal === 1 ? '' : 's'} met`;
  if (missing.length) summary += `; ${listWords(missing)} missing`;
  if (partial.length) summary += `; ${listWords(partial)} only partly shown`;
  if (notChecked.length) summary += `; ${listWords(notChecked)} not checked`;
  return summary;
}

/** Why there is not enough to judge, most telling first; empty when there is enough. */
function insufficientReasons(input: ScoreInput, examined: Examined, checked: number): InsufficientReason[] {
  const reasons: InsufficientReason[] = [];
  const nothingRead = examined.github === 'none' && !examined.linkedin;
  if (nothingRead) reasons.push(examined.githubStopped ? 'rate-limited' : 'nothing-read');
  let skills = 0;
  const evidence = input.evidence;
  for (let i = 0; i < evidence.length; i++) if (evidence[i]!.strength > 0) skills += 1;
  const littlePublic = !examined.linkedinExperience && (skills < 2 || (examined.github !== 'none' && examined.repos <= 1));
  if (!nothingRead && littlePublic) reasons.push('little-public');
  if (checked < MIN_CHECKED) reasons.push('coverage');
  return reasons;
}

// The deciding skill of each row, reused from call to call like the scratch rows below.
const decidedScratch: (string | null)[] = [];

/** The decided-skills row list for the next person: `n` rows, none decided yet. */
function decidedRows(n: number): (string | null)[] {
  const decided = decidedScratch;
  decided.length = n;
  for (let i = 0; i < n; i++) decided[i] = null;
  return decided;
}

// Scratch rows for bestByRow, reused from call to call: scoring is never re-entered while they are in use.
let bestScratch = new Int32Array(32);
let rankScratch = new Int32Array(32);

/**
 * The slot of the strongest skill of each skill row without a "not the same
 * as" (the first the row lists, on a tie), or -1. The array is reused by the next call.
 */
function bestByRow(plan: MatrixPlan, skills: EffectiveSkills): Int32Array {
  if (bestScratch.length < plan.rows.length) {
    bestScratch = new Int32Array(plan.rows.length);
    rankScratch = new Int32Array(plan.rows.length);
  }
  const best = bestScratch;
  const rank = rankScratch;
  best.fill(-1);
  const { filled, strength } = skills;
  for (let f = 0; f < filled.length; f++) {
    const slot = filled[f]!;
    if (!skills.has(slot)) continue;
    const s = strength[slot]!;
    const pairs = plan.slots[slot]!.rows;
    for (let p = 0; p < pairs.length; p += 2) {
      const row = pairs[p]!;
      const b = best[row]!;
      if (b < 0 || s > strength[b]! || (s === strength[b]! && pairs[p + 1]! < rank[row]!)) {
        best[row] = slot;
        rank[row] = pairs[p + 1]!;
      }
    }
  }
  return best;
}

export function scoreCandidate(input: ScoreInput, matrix: Matrix, now: Date = new Date()): ScoreResult {
  const linkedin = input.linkedin ?? null;
  const github = input.github ?? null;
  const examined = input.examined ?? (linkedin ? EVERYTHING : EVERYTHING_BUT_LINKEDIN);
  const seniority = input.seniority ?? estimateSeniority(linkedin, github, now);
  const plan = matrixPlan(matrix);
  const requirements = matrix.requirements;
  const skills = effectiveSkills(input.evidence, plan);
  const ctx: Context = {
    plan,
    skills,
    best: bestByRow(plan, skills),
    decided: decidedRows(requirements.length),
    linkedin,
    github,
    seniority,
    matrix,
    now,
    examined,
    examinedAll: examined.github === 'deep' && examined.deepRepos > 0,
    examinedNone: examined.github === 'none' || examined.repos === 0,
  };

  // rows another row refers to (a second language) are judged first
  const results = new Array<RequirementResult>(requirements.length);
  for (let n = 0; n < plan.order.length; n++) {
    const i = plan.order[n]!;
    const j = judge(plan.rows[i]!, ctx);
    results[i] = j;
    ctx.decided[i] = j.skill;
  }

  let checkedWeight = 0;
  let mustWeight = 0;
  let mustChecked = 0;
  for (let i = 0; i < requirements.length; i++) {
    const req = requirements[i]!;
    const j = results[i]!;
    if (j.status !== 'unchecked') checkedWeight += req.weight;
    if (req.priority !== 'must') continue;
    // a row only a LinkedIn page could check, when none was read, is out of this read's reach
    if (j.status === 'unchecked' && j.check === 'open-linkedin' && req.kind !== 'skill') continue;
    mustWeight += req.weight;
    if (j.status !== 'unchecked') mustChecked += req.weight;
    // a sign of the skill (a topic, a description, a bio) was looked at, though not in depth: enough to judge on, provisionally
    else if (j.skill !== null) mustChecked += req.weight;
  }

  let points = 0;
  const mustGaps: string[] = [];
  const missing: string[] = [];
  const partial: string[] = [];
  const notChecked: string[] = [];
  let mustTotal = 0;
  let mustMet = 0;
  // rows a quick read could not see: they are more often missing than met
  let shallow = false;
  for (let i = 0; i < requirements.length; i++) {
    const req = requirements[i]!;
    const j = results[i]!;
    // points are shares of what was checked; a row not checked adds nothing and takes nothing away
    const ofChecked = checkedWeight > 0 && j.status !== 'unchecked' ? (100 * req.weight) / checkedWeight : 0;
    const credit = creditScratch[i]!;
    points += ofChecked * credit;
    j.contribution = round2(Math.min(100, ofChecked * credit));
    j.maxContribution = round2(Math.min(100, ofChecked));
    if (j.check === 'dig-deeper' || j.check === 'wait-rate-limit') shallow = true;
    if (req.priority === 'must') {
      mustTotal += 1;
      if (j.status === 'met') mustMet += 1;
      else if (j.status === 'missing') {
        mustGaps.push(req.id);
        missing.push(req.label);
      } else if (j.status === 'partial') partial.push(req.label);
      else notChecked.push(req.label);
    }
  }
  const exact = Math.min(100, Math.max(0, Math.round(points * 1e6) / 1e6));
  const uncapped = stableRound(exact);
  const cap = mustGapCap(mustGaps.length);
  const overall = cap === null ? uncapped : Math.min(uncapped, cap);

  const checked = mustWeight > 0 ? Math.min(1, mustChecked / mustWeight) : 1;
  const provisional = notChecked.length > 0;
  const reasons = insufficientReasons(input, examined, checked);
  let label: VerdictLabel;
  if (reasons.length > 0) label = 'insufficient';
  else {
    let l = labelFor(overall);
    if (mustGaps.length >= 2) l = 'weak';
    else if (mustGaps.length === 1) l = atMost(l, 'possible');
    // "strong" needs every must-have checked and nothing left for a deeper read: rows a quick read
    // could not see are more often missing than met, so a quick read says at most "possible"
    if (provisional || shallow) l = atMost(l, 'possible');
    label = l;
  }
  return {
    matrixId: matrix.id,
    overall,
    uncapped,
    cap,
    verdict: {
      label,
      provisional,
      checked: round2(checked),
      mustTotal,
      mustMet,
      missing,
      partial,
      unchecked: notChecked,
      summary: verdictSummary(mustTotal, mustMet, missing, partial, notChecked),
      reasons,
    },
    requirements: results,
    mustGaps,
    confidence: readConfidence(input.evidence, linkedin, examined, provisional),
    seniority,
    questions: interviewQuestions(requirements, results, plan.frameworkRows),
  };
}
