/** Interview questions aimed at a candidate's must-have gaps and weak spots, from the bank in questions.ts. */
import type { Requirement } from '../matrix/schema';
import { impliedSkills, skillById } from '../skills/lookup';
import type { SkillCategory } from '../skills/schema';
import { BEHAVIOURAL_QUESTIONS, QUESTION_BANK, type QuestionCategory } from './questions';
import type { GapQuestions, Question, RequirementResult } from './schema';

const BY_SKILL_CATEGORY: Readonly<Record<SkillCategory, QuestionCategory>> = {
  language: 'language',
  framework: 'framework',
  database: 'databases',
  api: 'apis',
  cloud: 'cloud-devops',
  container: 'cloud-devops',
  'ci-cd': 'cloud-devops',
  'infrastructure-as-code': 'cloud-devops',
  serverless: 'cloud-devops',
  observability: 'cloud-devops',
  platform: 'cloud-devops',
  messaging: 'messaging',
  caching: 'caching',
  testing: 'testing',
  security: 'security',
  architecture: 'architecture',
  'version-control': 'version-control',
  frontend: 'general',
  mobile: 'general',
  data: 'general',
  'ai-ml': 'general',
  practice: 'general',
};

export function questionCategory(req: Requirement, decidingSkill: string | null): QuestionCategory {
  switch (req.kind) {
    case 'experience':
      return 'experience';
    case 'timezone':
      return 'logistics';
    case 'degree':
    case 'certification':
      return 'credentials';
    case 'skill':
    case 'years': {
      const skill = skillById(decidingSkill ?? req.anyOf[0] ?? '');
      return skill ? BY_SKILL_CATEGORY[skill.category] : 'general';
    }
  }
}

const languagesMemo = new Map<string, readonly string[]>();

/** The languages a skill stands for: itself when it is one, else the languages it implies (gin → go); once per id. */
function languagesOf(id: string | null): readonly string[] {
  if (!id) return [];
  let out = languagesMemo.get(id);
  if (!out) {
    out = skillById(id)?.category === 'language' ? [id] : impliedSkills(id).filter((implied) => skillById(implied)?.category === 'language');
    languagesMemo.set(id, out);
  }
  return out;
}

/** Records `strength` for each of `ids` where it is the strongest seen (a person shows a few languages: lists, not maps). */
function keepStrongest(seen: string[], strengths: number[], ids: readonly string[], strength: number): void {
  for (let i = 0; i < ids.length; i++) {
    const at = seen.indexOf(ids[i]!);
    if (at < 0) {
      seen.push(ids[i]!);
      strengths.push(strength);
    } else if (strengths[at]! < strength) strengths[at] = strength;
  }
}

/**
 * The person's own languages, strongest first, as the rows show them: the
 * deciding skill of every met or partly met row that is a language or implies
 * one (a "primary language" row decided by Go; a row met through Django counts Python).
 */
export function languagesShown(results: readonly Pick<RequirementResult, 'status' | 'skill' | 'via' | 'strength'>[]): string[] {
  const ids: string[] = [];
  const strengths: number[] = [];
  for (let r = 0; r < results.length; r++) {
    const result = results[r]!;
    if ((result.status !== 'met' && result.status !== 'partial') || result.skill === null) continue;
    keepStrongest(ids, strengths, languagesOf(result.skill), result.strength);
    keepStrongest(ids, strengths, languagesOf(result.via), result.strength);
  }
  // strongest first; equals keep the order first seen
  for (let i = 1; i < ids.length; i++) {
    const id = ids[i]!;
    const strength = strengths[i]!;
    let j = i;
    for (; j > 0 && strengths[j - 1]! < strength; j--) {
      ids[j] = ids[j - 1]!;
      strengths[j] = strengths[j - 1]!;
    }
    ids[j] = id;
    strengths[j] = strength;
  }
  return ids;
}

/**
 * The skills a row's questions name: for a framework row, the row's
 * frameworks in the person's own languages first (Gin or Echo for a Go
 * developer, not Django); the row's own order when none of its frameworks is
 * in their languages or their languages are not known.
 */
/** Whether a row names a framework (its questions then prefer the person's languages). */
export function namesFrameworks(req: Requirement): boolean {
  return 'anyOf' in req && req.anyOf.some((id) => skillById(id)?.category === 'framework');
}

function preferredSkills(req: Requirement, languages: readonly string[]): readonly string[] {
  if (!('anyOf' in req) || languages.length === 0) return 'anyOf' in req ? req.anyOf : [];
  const frameworks = req.anyOf.filter((id) => skillById(id)?.category === 'framework');
  if (frameworks.length === 0) return req.anyOf;
  const rank = (id: string) => {
    const own = languagesOf(id).map((l) => languages.indexOf(l)).filter((i) => i >= 0);
    return own.length > 0 ? Math.min(...own) : -1;
  };
  const theirs = frameworks.filter((id) => rank(id) >= 0).sort((a, b) => rank(a) - rank(b));
  return theirs.length > 0 ? theirs : req.anyOf;
}

function skillWords(req: Requirement, decidingSkill: string | null, skills: readonly string[]): string {
  if (decidingSkill) return skillById(decidingSkill)?.name ?? decidingSkill;
  if (skills.length > 0) {
    const names = skills.slice(0, 3).map((id) => skillById(id)?.name ?? id);
    return skills.length > 3 ? `${names.join(', ')} or similar` : names.join(' or ');
  }
  return req.label;
}

const NO_LANGUAGES: readonly string[] = Object.freeze([]);

const allMemo = new WeakMap<Requirement, Map<string, Question[]>>();

/**
 * Every question the bank has for one row, best first: skill-tagged questions
 * for the row's skills (those in the person's languages first), then the rest.
 */
function allQuestionsFor(req: Requirement, decidingSkill: string | null, languages: readonly string[] = NO_LANGUAGES, languagesKey = languages.join(',')): Question[] {
  let byReq = allMemo.get(req);
  if (!byReq) {
    byReq = new Map();
    allMemo.set(req, byReq);
  }
  const key = languagesKey ? `${decidingSkill ?? ''}|${languagesKey}` : (decidingSkill ?? '');
  let out = byReq.get(key);
  if (!out) {
    const bank = QUESTION_BANK[questionCategory(req, decidingSkill)];
    const preferred = preferredSkills(req, languages);
    const skills = new Set<string>(preferred);
    const tagged = bank.filter((q) => q.skills?.some((s) => skills.has(s)));
    const plain = bank.filter((q) => !q.skills);
    const words = skillWords(req, decidingSkill, preferred);
    out = [...tagged, ...plain].map((q) => ({ id: q.id, text: q.text.replaceAll('{skill}', words) }));
    byReq.set(key, out);
  }
  return out;
}

/** Up to three questions for one row: skill-tagged questions for the row's skills first. */
export function questionsFor(req: Requirement, result: Pick<RequirementResult, 'skill'>, languages: readonly string[] = []): Question[] {
  return allQuestionsFor(req, result.skill, languages)
    .slice(0, 3)
    .map((q) => ({ ...q }));
}

/** Whether an earlier gap already asks this question (a few gaps of three questions each). */
function askedFor(gaps: readonly GapQuestions[], text: string): boolean {
  for (let g = 0; g < gaps.length; g++) {
    const asked = gaps[g]!.questions;
    for (let q = 0; q < asked.length; q++) if (asked[q]!.text === text) return true;
  }
  return false;
}

/**
 * Questions for every must-have that is missing, partly shown or not checked
 * (never for a met row), plus the behavioural set. A question is asked once:
 * a later gap that would repeat one gets the bank's next question instead.
 */
export function interviewQuestions(
  requirements: readonly Requirement[],
  results: readonly RequirementResult[],
  /** for each row, whether it names a framework, when the caller worked it out already */
  frameworkRows?: readonly boolean[],
): { gaps: GapQuestions[]; behavioural: Question[] } {
  const gaps: GapQuestions[] = [];
  // the person's languages matter only to a framework row's questions: read once, when the first one needs them
  let languages: readonly string[] | null = null;
  let languagesKey = '';
  for (let i = 0; i < requirements.length; i++) {
    const req = requirements[i]!;
    const result = results[i]!;
    if (req.priority !== 'must' || result.status === 'met') continue;
    const frameworks = frameworkRows ? frameworkRows[i]! : namesFrameworks(req);
    if (frameworks && languages === null) {
      languages = languagesShown(results);
      languagesKey = languages.join(',');
    }
    const all = frameworks ? allQuestionsFor(req, result.skill, languages ?? NO_LANGUAGES, languagesKey) : allQuestionsFor(req, result.skill, NO_LANGUAGES, '');
    // the first three not asked for an earlier gap
    let first: Question | null = null;
    let second: Question | null = null;
    let third: Question | null = null;
    for (let k = 0; k < all.length; k++) {
      const q = all[k]!;
      if (askedFor(gaps, q.text)) continue;
      if (!first) first = q;
      else if (!second) second = q;
      else {
        third = q;
        break;
      }
    }
    if (!first) continue;
    const questions = third ? [first, second!, third] : second ? [first, second] : [first];
    gaps.push({ requirementId: req.id, label: req.label, status: result.status, weak: false, questions });
  }
  return { gaps, behavioural: BEHAVIOURAL.slice() };
}

/** The behavioural set, the same for everyone: built once. */
const BEHAVIOURAL: readonly Question[] = BEHAVIOURAL_QUESTIONS.map((q) => ({ id: q.id, text: q.text }));
