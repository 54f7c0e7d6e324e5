/**
 * What an evaluation looked at, and the facts of a LinkedIn reading the score
 * counts from. Shared by evidence building, scoring and the evaluation value,
 * so each of them can say "not checked" instead of "missing".
 */
import { z } from 'zod';
import { GithubPlan } from './enums';
import { LinkedinCertification, LinkedinEducation, LinkedinExperience } from './profile';

export const Examined = z.object({
  /** what was read of GitHub: nothing, the account and repository list (quick), or files and manifests too (deep) */
  github: z.enum(['none', ...GithubPlan.options]),
  /** repositories in the list that was read */
  repos: z.number().int().nonnegative(),
  /** repositories whose files and manifests were read */
  deepRepos: z.number().int().nonnegative(),
  /** the rate limit or a failure stopped the GitHub read part way (or before it started) */
  githubStopped: z.boolean(),
  /** a LinkedIn page of the person was read and understood */
  linkedin: z.boolean(),
  /** LinkedIn's experience section was read, so years can be counted */
  linkedinExperience: z.boolean(),
});
export type Examined = z.infer<typeof Examined>;

/** A LinkedIn role with the skills its title and description name (found once, when the evidence is built). */
export const RoleFact = LinkedinExperience.extend({
  skills: z.array(z.string().max(100)).max(200),
});
export type RoleFact = z.infer<typeof RoleFact>;

/** What the score needs of a LinkedIn reading, with no page text left to interpret. */
export const LinkedinFacts = z.object({
  slug: z.string().min(1).max(200),
  location: z.string().max(500).nullable(),
  experience: z.array(RoleFact).max(500),
  education: z.array(LinkedinEducation).max(100),
  certifications: z.array(LinkedinCertification).max(500),
  /** false when the page showed only some roles */
  experienceComplete: z.boolean(),
});
export type LinkedinFacts = z.infer<typeof LinkedinFacts>;
