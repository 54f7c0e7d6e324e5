import { z } from 'zod';

export const SkillCategory = z.enum([
  'language', 'framework', 'database', 'api', 'cloud', 'container', 'ci-cd',
  'infrastructure-as-code', 'messaging', 'caching', 'testing', 'security',
  'architecture', 'version-control', 'frontend', 'mobile', 'data', 'ai-ml',
  'observability', 'serverless', 'practice', 'platform',
]);
export type SkillCategory = z.infer<typeof SkillCategory>;

/** Package ecosystems whose manifests Hirelens reads. */
export const Ecosystem = z.enum(['npm', 'pypi', 'go', 'maven', 'rubygems', 'composer', 'nuget', 'cargo']);
export type Ecosystem = z.infer<typeof Ecosystem>;

/**
 * How a skill is recognised in GitHub data. Rules are data, not code: the
 * evidence builder (lib/evidence) applies them generically.
 */
export const SkillDetection = z.object({
  /** package names per ecosystem; a name ending in `*` is a prefix (`@nestjs/*`, `org.springframework.boot:*`) */
  packages: z.partialRecord(Ecosystem, z.array(z.string())).default({}),
  /**
   * repository paths, matched case-insensitively at any depth: a file name (`Dockerfile`),
   * a path (`config/routes.rb`), a folder ending `/` (`.github/workflows/`), a name suffix
   * starting `*` (`*.tf`, `*_test.go`) or a name prefix ending `*` (`Dockerfile.*`)
   */
  files: z.array(z.string()).default([]),
  /** GitHub linguist language names (`Python`, `C#`, `HCL`) */
  githubLanguages: z.array(z.string()).default([]),
  /** GitHub topics, lower-case (`kubernetes`, `k8s`) */
  topics: z.array(z.string()).default([]),
});
export type SkillDetection = z.infer<typeof SkillDetection>;

export const Skill = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  name: z.string().min(1),
  category: SkillCategory,
  /** other names people write, matched case-insensitively in LinkedIn skills, text, topics */
  aliases: z.array(z.string()).default([]),
  /** skills this one implies (django → python) */
  implies: z.array(z.string()).default([]),
  detect: SkillDetection.default({ packages: {}, files: [], githubLanguages: [], topics: [] }),
});
export type Skill = z.infer<typeof Skill>;
