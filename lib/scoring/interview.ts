/** Interview questions aimed at a candidate's must-have gaps and weak spots, from the bank in questions.ts. */
import type { Requirement } from '../matrix/schema';
import { skillById } from '../skills/lookup';
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

function skillWords(req: Requirement, decidingSkill: string | null): string {
  if (decidingSkill) return skillById(decidingSkill)?.name ?? decidingSkill;
  if ('anyOf' in req && req.anyOf.length > 0) {
    const names = req.anyOf.slice(0, 3).map((id) => skillById(id)?.name ?? id);
    return req.anyOf.length > 3 ? `${names.join(', ')} or similar` : names.join(' or ');
  }
  return req.label;
}

const allMemo = new WeakMap<Requirement, Map<string, Question[]>>();

/** Every question the bank has for one row, best first: skill-tagged questions for the row's skills, then the rest. */
function allQuestionsFor(req: Requirement, decidingSkill: string | null): Question[] {
  let byReq = allMemo.get(req);
  if (!byReq) {
    byReq = new Map();
    allMemo.set(req, byReq);
  }
  const key = decidingSkill ?? '';
  let out = byReq.get(key);
  if (!out) {
    const bank = QUESTION_BANK[questionCategory(req, decidingSkill)];
    const skills = new Set<string>('anyOf' in req ? req.anyOf : []);
    const tagged = bank.filter((q) => q.skills?.some((s) => skills.has(s)));
    const plain = bank.filter((q) => !q.skills);
    const words = skillWords(req, decidingSkill);
    out = [...tagged, ...plain].map((q) => ({ id: q.id, text: q.text.replaceAll('{skill}', words) }));
    byReq.set(key, out);
  }
  return out;
}

/** Up to three questions for one row: skill-tagged questions for the row's skills first. */
export function questionsFor(req: Requirement, result: Pick<RequirementResult, 'skill'>): Question[] {
  return allQuestionsFor(req, result.skill)
    .slice(0, 3)
    .map((q) => ({ ...q }));
}

/**
 * Questions for every must-have that is missing, partly shown or not checked
 * (never for a met row), plus the behavioural set. A question is asked once:
 * a later gap that would repeat one gets the bank's next question instead.
 */
export function interviewQuestions(
  rows: readonly { req: Requirement; result: RequirementResult }[],
): { gaps: GapQuestions[]; behavioural: Question[] } {
  const gaps: GapQuestions[] = [];
  const asked = new Set<string>();
  for (const { req, result } of rows) {
    if (req.priority !== 'must' || result.status === 'met') continue;
    const fresh = allQuestionsFor(req, result.skill).filter((q) => !asked.has(q.text));
    if (fresh.length === 0) continue;
    const questions = fresh.slice(0, 3);
    for (const q of questions) asked.add(q.text);
    gaps.push({ requirementId: req.id, label: req.label, status: result.status, weak: false, questions });
  }
  return { gaps, behavioural: BEHAVIOURAL_QUESTIONS.map((q) => ({ id: q.id, text: q.text })) };
}
