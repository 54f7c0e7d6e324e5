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

/** A met row counts as weakly evidenced below its threshold plus this margin. */
export const WEAK_MARGIN = 0.15;

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

const memo = new WeakMap<Requirement, Map<string, Question[]>>();

/** Up to three questions for one row: skill-tagged questions for the row's skills first. */
export function questionsFor(req: Requirement, result: Pick<RequirementResult, 'skill'>): Question[] {
  let byReq = memo.get(req);
  if (!byReq) {
    byReq = new Map();
    memo.set(req, byReq);
  }
  const key = result.skill ?? '';
  let out = byReq.get(key);
  if (!out) {
    out = buildQuestions(req, result.skill);
    byReq.set(key, out);
  }
  return out.map((q) => ({ ...q }));
}

function buildQuestions(req: Requirement, decidingSkill: string | null): Question[] {
  const result = { skill: decidingSkill };
  const bank = QUESTION_BANK[questionCategory(req, result.skill)];
  const skills = new Set<string>('anyOf' in req ? req.anyOf : []);
  const tagged = bank.filter((q) => q.skills?.some((s) => skills.has(s)));
  const plain = bank.filter((q) => !q.skills);
  const words = skillWords(req, result.skill);
  return [...tagged, ...plain].slice(0, 3).map((q) => ({ id: q.id, text: q.text.replaceAll('{skill}', words) }));
}

export function isWeak(req: Requirement, result: RequirementResult): boolean {
  return result.status === 'met' && req.kind === 'skill' && result.strength < req.minStrength + WEAK_MARGIN;
}

/** Questions for every must-have that is missing, partial, or met only on weak evidence; plus the behavioural set. */
export function interviewQuestions(
  rows: readonly { req: Requirement; result: RequirementResult }[],
): { gaps: GapQuestions[]; behavioural: Question[] } {
  const gaps: GapQuestions[] = [];
  for (const { req, result } of rows) {
    if (req.priority !== 'must') continue;
    const weak = isWeak(req, result);
    if (result.status === 'met' && !weak) continue;
    gaps.push({ requirementId: req.id, label: req.label, status: result.status, weak, questions: questionsFor(req, result) });
  }
  return { gaps, behavioural: BEHAVIOURAL_QUESTIONS.map((q) => ({ id: q.id, text: q.text })) };
}
