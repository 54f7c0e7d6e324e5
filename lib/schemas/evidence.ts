import { z } from 'zod';

/** Where a piece of evidence came from; every source is something a recruiter can open. */
export const EvidenceSourceKind = z.enum([
  'repo-language', // a repository's languages (primary or by bytes)
  'manifest', // a dependency in a manifest file
  'file', // a marker file or folder (Dockerfile, .github/workflows, *.tf)
  'topic', // a repository topic
  'description', // a repository description or README
  'bio', // the GitHub bio / LinkedIn headline or about text
  'pinned', // a pinned repository
  'contribution', // work in someone else's repository (merged pull requests)
  'linkedin-skill', // listed under Skills on LinkedIn
  'linkedin-role', // named in a role's title or description on LinkedIn
  'certification', // a certification
]);
export type EvidenceSourceKind = z.infer<typeof EvidenceSourceKind>;

export const EvidenceSource = z.object({
  kind: EvidenceSourceKind,
  origin: z.enum(['github', 'linkedin']),
  /** owner/name of the repository, when there is one. */
  repo: z.string().max(300).nullable(),
  /** path of the file inside the repository, when there is one. */
  path: z.string().max(1000).nullable(),
  /** short human text: "express ^4.18 in package.json", "Python, 62% of bytes". */
  detail: z.string().max(1000),
  /** the link a recruiter can open, when there is one. */
  url: z.string().max(2048).nullable(),
  /** a weight in 0..1 of how much this one source says about the skill. */
  weight: z.number().min(0).max(1),
  /** when the source was last active (ISO date), if known. */
  date: z.string().max(40).nullable(),
});
export type EvidenceSource = z.infer<typeof EvidenceSource>;

export const SkillEvidence = z.object({
  skill: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  strength: z.number().min(0).max(1),
  sources: z.array(EvidenceSource).max(200),
  /** the most recent date among the sources (ISO), or null. */
  lastSeen: z.string().max(40).nullable(),
});
export type SkillEvidence = z.infer<typeof SkillEvidence>;

/** Languages by share, for the panel's chart. */
export const LanguageShare = z.object({
  language: z.string().max(100),
  /** 0..1 of the weighted total */
  share: z.number().min(0).max(1),
  repos: z.number().int().nonnegative(),
});
export type LanguageShare = z.infer<typeof LanguageShare>;
