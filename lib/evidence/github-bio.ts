/** Skills named in the GitHub bio (page text): weak evidence, but a recruiter reads it too. */
import type { SkillEvidence } from '../schemas/evidence';
import type { GithubProfile } from '../schemas/profile';
import { findSkillsInText } from '../skills/text-match';
import { githubProfileUrl } from '../page/profile-urls';

/** How much one skill named in the bio says on its own. */
export const BIO_WEIGHT = 0.15;

export function githubBioEvidence(profile: GithubProfile): SkillEvidence[] {
  if (!profile.bio) return [];
  const url = githubProfileUrl(profile.login);
  return findSkillsInText(profile.bio).map((skill) => ({
    skill,
    strength: BIO_WEIGHT,
    lastSeen: null,
    sources: [{ kind: 'bio', origin: 'github', repo: null, path: null, detail: `named in the GitHub bio`, url, weight: BIO_WEIGHT, date: null }],
  }));
}
