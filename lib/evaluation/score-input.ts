import type { ScoreInput } from '../scoring/schema';
import type { SkillEvidence } from '../schemas/evidence';
import type { GithubProfile, LinkedinProfile } from '../schemas/profile';
import type { GithubEvidence } from '../schemas/tab-state';
import { linkedinEvidence } from '../scoring/linkedin-evidence';
import { mergeEvidence } from '../scoring/merge-evidence';
import { findSkillsInText } from '../skills/text-match';
import { githubProfileUrl } from '../page/profile-urls';

/** What is known about one person: the page readings of either site and GitHub's API evidence. */
export interface PersonReadings {
  github: GithubProfile | null;
  linkedin: LinkedinProfile | null;
  githubEvidence: GithubEvidence | null;
}

/** Skills named in the GitHub bio (page text): weak evidence, but a recruiter reads it too. */
function githubBioEvidence(profile: GithubProfile): SkillEvidence[] {
  if (!profile.bio) return [];
  const url = githubProfileUrl(profile.login);
  return findSkillsInText(profile.bio).map((skill) => ({
    skill,
    strength: 0.15,
    lastSeen: null,
    sources: [{ kind: 'bio', origin: 'github', repo: null, path: null, detail: `named in the GitHub bio`, url, weight: 0.15, date: null }],
  }));
}

/** The scoring input for one person: every source's evidence merged, each item keeping its origin. */
export function scoreInputFor(readings: PersonReadings, now: Date): ScoreInput {
  const lists: SkillEvidence[][] = [];
  if (readings.githubEvidence) lists.push(readings.githubEvidence.skills);
  if (readings.github) lists.push(githubBioEvidence(readings.github));
  if (readings.linkedin && !readings.linkedin.unrecognised) lists.push(linkedinEvidence(readings.linkedin, now));
  const account = readings.githubEvidence?.account ?? null;
  return {
    evidence: mergeEvidence(...lists),
    linkedin: readings.linkedin && !readings.linkedin.unrecognised ? readings.linkedin : null,
    github:
      account || readings.github
        ? {
            createdAt: account?.createdAt ?? null,
            utcOffsetHours: readings.github?.utcOffsetHours ?? null,
            ...(readings.githubEvidence?.activity ? { activeYears: readings.githubEvidence.activity.activeYears } : {}),
          }
        : null,
  };
}
