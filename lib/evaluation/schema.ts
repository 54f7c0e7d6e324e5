/**
 * The Evaluation: everything Hirelens concluded about one person from what it
 * read, before a role is chosen. Built once by `evaluatePerson`, stored with
 * the tab state, rendered by the panel, scored against any role by
 * `scoreCandidate`, and rebuilt the same way by bulk runs and saved records.
 */
import { z } from 'zod';
import { SkillEvidence } from '../schemas/evidence';
import { Examined, LinkedinFacts } from '../schemas/examined';
import { GithubHistory, Seniority } from '../scoring/schema';

export const Evaluation = z.object({
  version: z.literal(1),
  /** every source's skill evidence, merged; each item keeps its origin */
  evidence: z.array(SkillEvidence),
  /** what was looked at: a row whose evidence was not examined is "not checked", never "missing" */
  examined: Examined,
  linkedin: LinkedinFacts.nullable(),
  github: GithubHistory.nullable(),
  seniority: Seniority,
  /** ISO time the evaluation was built */
  at: z.string(),
});
export type Evaluation = z.infer<typeof Evaluation>;
