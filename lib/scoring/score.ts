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
import { impliedSkills, skillById } from '../skills/lookup';
import { evidenceConfidence } from './confidence';
import { effectiveSkills, type EffectiveSkill } from './effective-evidence';
import { countedRoles, mergedYears } from './experience';
import { interviewQuestions } from './interview';
import type { GithubHistory, RequirementResult, RequirementStatus, ScoreInput, ScoreResult, Seniority } from './schema';
import { estimateSeniority, roleSource } from './seniority';
import { overlapHours } from './timezone';
import { utcOffsetFromLocation } from './location-offset';
import { linkedinProfileUrl } from '../page/profile-urls';
import { round1, round2 } from '../numbers';

/** A partly shown row earns up to this share of its points, in proportion to how much was shown. */
export const PARTIAL_SHARE = 0.75;
/** A row that cannot be judged (no time zone, no LinkedIn education) earns this share. */
export const UNKNOWN_SHARE = 0.5;

/**
 * The ceiling a number of missing must-haves puts on the overall score:
 * one gap caps it at 49, two at 39, three at 29, four or more at 19. The
 * uncapped score is scaled into that range (overall = uncapped × cap / 100).
 */
export function mustGapCap(gaps: number): number | null {
  if (gaps <= 0) return null;
  return Math.max(19, 59 - 10 * gaps);
}

interface Judged {
  status: RequirementStatus;
  /** share of the row's points earned, 0..1 */
  credit: number;
  strength: number;
  skill: string | null;
  via: string | null;
  sources: readonly EvidenceSource[];
  explanation: string;
}

interface Context {
  skills: Map<string, EffectiveSkill>;
  decided: Map<string, string | null>;
  linkedin: LinkedinFacts | null;
  github: GithubHistory | null;
  seniority: Seniority;
  matrix: Matrix;
  now: Date;
}

function ratioStatus(shown: number, asked: number): { status: RequirementStatus; credit: number } {
  if (shown <= 0) return { status: 'missing', credit: 0 };
  if (asked <= 0 || shown >= asked) return { status: 'met', credit: 1 };
  return { status: 'partial', credit: PARTIAL_SHARE * (shown / asked) };
}

function name(id: string): string {
  return skillById(id)?.name ?? id;
}

function pct(n: number): string {
  return `${Math.round(n * 100)}%`;
}

const noEvidenceMemo = new WeakMap<Requirement, string>();
function noEvidence(req: Extract<Requirement, { kind: 'skill' }>): string {
  let text = noEvidenceMemo.get(req);
  if (text === undefined) {
    text = `No evidence of ${req.anyOf.slice(0, 6).map(name).join(', ')}${req.anyOf.length > 6 ? '…' : ''}.`;
    noEvidenceMemo.set(req, text);
  }
  return text;
}

function judgeSkill(req: Extract<Requirement, { kind: 'skill' }>, ctx: Context): Judged {
  const excluded = req.notSameAs ? (ctx.decided.get(req.notSameAs) ?? null) : null;
  let best: EffectiveSkill | null = null;
  for (const id of req.anyOf) {
    if (id === excluded) continue;
    const e = ctx.skills.get(id);
    if (e && (!best || e.strength > best.strength)) best = e;
  }
  if (!best) return { status: 'missing', credit: 0, strength: 0, skill: null, via: null, sources: [], explanation: noEvidence(req) };
  const { status, credit } = ratioStatus(best.strength, req.minStrength);
  const via = best.via ? ` (through ${name(best.via)}, counted at a discount)` : '';
  const verdict = status === 'met' ? 'meets' : 'is below';
  return {
    status,
    credit,
    strength: best.strength,
    skill: best.skill,
    via: best.via,
    sources: best.sources.length > 20 ? best.sources.slice(0, 20) : best.sources,
    explanation: `${name(best.skill)}${via}: evidence strength ${pct(best.strength)} ${verdict} the ${pct(req.minStrength)} this row asks for.`,
  };
}

function judgeYears(req: Extract<Requirement, { kind: 'years' }>, ctx: Context): Judged {
  const targets = new Set(req.anyOf);
  // a role naming django counts as years of python
  const counts = (id: string): boolean => targets.has(id) || impliedSkills(id).some((t) => targets.has(t));
  const roles = ctx.linkedin ? countedRoles(ctx.linkedin.experience, ctx.now, (r) => r.skills.some(counts)) : [];
  const years = round1(mergedYears(roles));
  const url = ctx.linkedin ? linkedinProfileUrl(ctx.linkedin.slug) : null;
  const sources: EvidenceSource[] = url ? roles.map((r) => roleSource(r, url)) : [];
  const { status, credit } = ratioStatus(years, req.minYears);
  return {
    status,
    credit,
    strength: req.minYears > 0 ? Math.min(1, years / req.minYears) : years > 0 ? 1 : 0,
    skill: null,
    via: null,
    sources,
    explanation: ctx.linkedin
      ? `${years} years in LinkedIn roles naming ${req.anyOf.map(name).join(' or ')}; ${req.minYears} asked.`
      : `No LinkedIn history to count years in ${req.anyOf.map(name).join(' or ')}.`,
  };
}

function judgeTimezone(req: Extract<Requirement, { kind: 'timezone' }>, ctx: Context): Judged {
  const fromGithub = ctx.github?.utcOffsetHours ?? null;
  const fromLocation = fromGithub === null ? utcOffsetFromLocation(ctx.linkedin?.location) : null;
  const offset = fromGithub ?? fromLocation?.offset ?? null;
  if (offset === null) {
    return { status: 'partial', credit: UNKNOWN_SHARE, strength: 0, skill: null, via: null, sources: [], explanation: 'The candidate’s time zone is not known; ask.' };
  }
  const hours = overlapHours(offset, req.teamUtcOffsetHours, req.teamStartHour, req.teamEndHour);
  const { status, credit } = ratioStatus(hours, req.minOverlapHours);
  const sign = (n: number): string => `UTC${n >= 0 ? '+' : ''}${n}`;
  return {
    status,
    credit,
    strength: req.minOverlapHours > 0 ? Math.min(1, hours / req.minOverlapHours) : 1,
    skill: null,
    via: null,
    sources:
      fromGithub !== null
        ? [{ kind: 'bio', origin: 'github', repo: null, path: null, detail: `Local time on GitHub: ${sign(offset)}`, url: null, weight: 1, date: null }]
        : [{ kind: 'bio', origin: 'linkedin', repo: null, path: null, detail: `About ${sign(offset)} (standard time), from the LinkedIn location "${ctx.linkedin?.location ?? ''}"`, url: null, weight: 0.7, date: null }],
    explanation: `${hours} hours of a 9–17 day overlap the team's ${req.teamStartHour}–${req.teamEndHour} in ${sign(req.teamUtcOffsetHours)}; ${req.minOverlapHours} asked.`,
  };
}

function judgeDegree(req: Extract<Requirement, { kind: 'degree' }>, ctx: Context): Judged {
  if (!ctx.linkedin) {
    return { status: 'partial', credit: UNKNOWN_SHARE, strength: 0, skill: null, via: null, sources: [], explanation: 'No LinkedIn education to check; ask.' };
  }
  const fields = req.fields.map((f) => f.toLowerCase());
  const match = ctx.linkedin.education.find((e) => {
    const text = `${e.degree ?? ''} ${e.school}`.toLowerCase();
    return fields.length === 0 ? e.degree !== null : fields.some((f) => text.includes(f));
  });
  if (!match) {
    return { status: 'missing', credit: 0, strength: 0, skill: null, via: null, sources: [], explanation: `No ${fields.length ? `degree in ${req.fields.join(' or ')}` : 'degree'} listed on LinkedIn.` };
  }
  return {
    status: 'met',
    credit: 1,
    strength: 1,
    skill: null,
    via: null,
    sources: [{ kind: 'bio', origin: 'linkedin', repo: null, path: null, detail: `Education: ${match.degree ?? ''} ${match.school}`.trim(), url: linkedinProfileUrl(ctx.linkedin.slug), weight: 1, date: match.end }],
    explanation: `Listed on LinkedIn: ${match.degree ?? 'a degree'} at ${match.school}.`,
  };
}

function judgeCertification(req: Extract<Requirement, { kind: 'certification' }>, ctx: Context): Judged {
  const skills = new Set(req.anyOf);
  const names = req.names.map((n) => n.toLowerCase());
  const cert = ctx.linkedin?.certifications.find(
    (c) => names.some((n) => c.name.toLowerCase().includes(n)) || skillsForCertification(c.name, c.issuer).some((id) => skills.has(id)),
  );
  if (cert && ctx.linkedin) {
    return {
      status: 'met',
      credit: 1,
      strength: 1,
      skill: skillsForCertification(cert.name, cert.issuer).find((id) => skills.has(id)) ?? null,
      via: null,
      sources: [{ kind: 'certification', origin: 'linkedin', repo: null, path: null, detail: `Certification: ${cert.name}${cert.issuer ? ` (${cert.issuer})` : ''}`, url: linkedinProfileUrl(ctx.linkedin.slug), weight: 1, date: null }],
      explanation: `Certified: ${cert.name}.`,
    };
  }
  for (const id of req.anyOf) {
    const source = ctx.skills.get(id)?.sources.find((s) => s.kind === 'certification');
    if (source) return { status: 'met', credit: 1, strength: 1, skill: id, via: null, sources: [source], explanation: source.detail };
  }
  return { status: 'missing', credit: 0, strength: 0, skill: null, via: null, sources: [], explanation: 'No matching certification found.' };
}

function judgeExperience(ctx: Context): Judged {
  const { minYears } = ctx.matrix.experienceBand;
  const s = ctx.seniority;
  if (s.years === null) {
    return { status: 'partial', credit: UNKNOWN_SHARE, strength: 0, skill: null, via: null, sources: [], explanation: `${s.basis} ${minYears}+ years asked.` };
  }
  const base = { skill: null, via: null, sources: s.sources, strength: minYears > 0 ? Math.min(1, s.years / minYears) : 1 };
  if (s.years >= minYears) return { ...base, status: 'met', credit: 1, explanation: `${s.basis} ${minYears}+ years asked.` };
  // a rough GitHub-only estimate, or more than half the years asked: partly shown; else missing
  const partial = s.confidence === 'low' || s.years >= minYears / 2;
  return {
    ...base,
    status: partial ? 'partial' : 'missing',
    credit: partial ? PARTIAL_SHARE * (s.years / minYears) : 0,
    explanation: `${s.basis} ${minYears}+ years asked.`,
  };
}

function judge(req: Requirement, ctx: Context): Judged {
  switch (req.kind) {
    case 'skill':
      return judgeSkill(req, ctx);
    case 'years':
      return judgeYears(req, ctx);
    case 'timezone':
      return judgeTimezone(req, ctx);
    case 'degree':
      return judgeDegree(req, ctx);
    case 'certification':
      return judgeCertification(req, ctx);
    case 'experience':
      return judgeExperience(ctx);
  }
}


/** Rounds to an integer, ignoring floating-point noise so that scaled weights round alike. */
function stableRound(n: number): number {
  return Math.round(Math.round(n * 1e6) / 1e6);
}

export function scoreCandidate(input: ScoreInput, matrix: Matrix, now: Date = new Date()): ScoreResult {
  const linkedin = input.linkedin ?? null;
  const github = input.github ?? null;
  const seniority = input.seniority ?? estimateSeniority(linkedin, github, now);
  const ctx: Context = { skills: effectiveSkills(input.evidence), decided: new Map(), linkedin, github, seniority, matrix, now };

  let totalWeight = 0;
  for (const r of matrix.requirements) totalWeight += r.weight;

  // rows another row refers to (a second language) are judged first
  const referenced = new Set<string>();
  for (const r of matrix.requirements) if (r.kind === 'skill' && r.notSameAs) referenced.add(r.notSameAs);
  const order = referenced.size === 0 ? matrix.requirements : [...matrix.requirements].sort((a, b) => Number(referenced.has(b.id)) - Number(referenced.has(a.id)));
  const judged = new Map<string, Judged>();
  for (const req of order) {
    const j = judge(req, ctx);
    judged.set(req.id, j);
    ctx.decided.set(req.id, j.skill);
  }

  let points = 0;
  const rows: { req: Requirement; result: RequirementResult }[] = [];
  const mustGaps: string[] = [];
  for (const req of matrix.requirements) {
    const j = judged.get(req.id) as Judged;
    const max = totalWeight > 0 ? (100 * req.weight) / totalWeight : 0;
    const earned = max * j.credit;
    points += earned;
    if (req.priority === 'must' && j.status === 'missing') mustGaps.push(req.id);
    rows.push({
      req,
      result: {
        id: req.id,
        label: req.label,
        priority: req.priority,
        kind: req.kind,
        status: j.status,
        skill: j.skill,
        via: j.via,
        strength: round2(Math.min(1, Math.max(0, j.strength))),
        sources: j.sources as EvidenceSource[],
        explanation: j.explanation,
        contribution: round2(Math.min(100, earned)),
        maxContribution: round2(Math.min(100, max)),
      },
    });
  }
  const exact = Math.min(100, Math.max(0, Math.round(points * 1e6) / 1e6));
  const uncapped = stableRound(exact);
  const cap = mustGapCap(mustGaps.length);
  return {
    matrixId: matrix.id,
    // with a must-have missing, the whole 0–100 range is squeezed into 0–cap, so order among such candidates survives
    overall: cap === null ? uncapped : stableRound((exact * cap) / 100),
    uncapped,
    cap,
    requirements: rows.map((r) => r.result),
    mustGaps,
    confidence: evidenceConfidence(input.evidence, linkedin),
    seniority,
    questions: interviewQuestions(rows),
  };
}
