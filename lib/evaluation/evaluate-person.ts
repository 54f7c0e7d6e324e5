/**
 * One evaluation, everywhere: (readings, what was examined) → Evaluation.
 * The background calls it for a tab, the bulk runner for each login, and a
 * saved record is re-evaluated through it; the panel only renders the value.
 */
import type { SkillEvidence } from '../schemas/evidence';
import type { Examined } from '../schemas/examined';
import type { GithubProfile, LinkedinProfile } from '../schemas/profile';
import type { GithubEvidence } from '../schemas/tab-state';
import { githubBioEvidence } from '../evidence/github-bio';
import { githubProfileFromAccount } from '../bulk/github-profile';
import { linkedinEvidence, linkedinFacts } from '../evidence/linkedin';
import { mergeEvidence } from '../evidence/merge';
import { estimateSeniority } from '../scoring/seniority';
import { selfDescribedSeniority, type SelfDescription } from '../scoring/self-described';
import type { GithubHistory } from '../scoring/schema';
import type { Evaluation } from './schema';

/** What is known about one person: the page readings of either site and GitHub's API evidence. */
export interface PersonReadings {
  github: GithubProfile | null;
  linkedin: LinkedinProfile | null;
  githubEvidence: GithubEvidence | null;
  /** the GitHub read was stopped (rate limit, failure) before it gave any evidence */
  githubStopped?: boolean;
}

/** A LinkedIn reading the score may use: one whose layout was understood. */
export function usableLinkedin(profile: LinkedinProfile | null): LinkedinProfile | null {
  return profile && !profile.unrecognised ? profile : null;
}

/** What the readings show was looked at. */
export function examinedFrom(readings: PersonReadings): Examined {
  const data = readings.githubEvidence;
  const linkedin = usableLinkedin(readings.linkedin);
  return {
    github: data ? (data.plan ?? 'deep') : 'none',
    repos: data?.reposConsidered ?? 0,
    deepRepos: data?.plan === 'quick' ? 0 : (data?.deepRepos ?? 0),
    githubStopped: Boolean(data?.partial) || readings.githubStopped === true,
    linkedin: linkedin !== null,
    // roles that have not loaded yet (LinkedIn fills them in as the page scrolls) are not read
    linkedinExperience:
      linkedin !== null &&
      !(linkedin.pendingSections ?? []).includes('experience') &&
      (linkedin.experience.length > 0 || linkedin.strategies?.experience !== undefined),
  };
}

function githubHistory(readings: PersonReadings): GithubHistory | null {
  const account = readings.githubEvidence?.account ?? null;
  if (!account && !readings.github) return null;
  const activity = readings.githubEvidence?.activity;
  const firstActiveYear = activity ? (activity.firstPushYear ?? activity.accountCreatedYear) : null;
  return {
    createdAt: account?.createdAt ?? null,
    utcOffsetHours: readings.github?.utcOffsetHours ?? null,
    ...(activity ? { activeYears: activity.activeYears } : {}),
    ...(firstActiveYear !== null ? { firstActiveYear } : {}),
  };
}

/** What the person writes about themselves: the LinkedIn headline and About, the GitHub bio. */
export function selfDescriptions(readings: Pick<PersonReadings, 'github'>, linkedin: LinkedinProfile | null): SelfDescription[] {
  const texts: SelfDescription[] = [];
  if (linkedin?.headline) texts.push({ source: 'linkedin-headline', text: linkedin.headline });
  if (readings.github?.bio) texts.push({ source: 'github-bio', text: readings.github.bio });
  if (linkedin?.about) texts.push({ source: 'linkedin-about', text: linkedin.about });
  return texts;
}

/** The evaluation of one person: every source's evidence merged, what was examined, seniority. Pure. */
export function evaluatePerson(readings: PersonReadings, now: Date, examined: Examined = examinedFrom(readings)): Evaluation {
  const lists: SkillEvidence[][] = [];
  if (readings.githubEvidence) lists.push(readings.githubEvidence.skills);
  if (readings.github) lists.push(githubBioEvidence(readings.github));
  const linkedin = usableLinkedin(readings.linkedin);
  if (linkedin) lists.push(linkedinEvidence(linkedin, now));
  const facts = linkedin ? linkedinFacts(linkedin) : null;
  const github = githubHistory(readings);
  return {
    version: 1,
    evidence: mergeEvidence(...lists),
    examined,
    linkedin: facts,
    github,
    seniority: estimateSeniority(facts, github, now, selfDescribedSeniority(selfDescriptions(readings, linkedin))),
    at: now.toISOString(),
  };
}

/**
 * The readings of a login evaluated with no tab open (a bulk run): what the
 * API said, joined with what was saved of the person before (their page
 * reading's page-only fields and their LinkedIn reading).
 */
export function readingsForLogin(evidence: GithubEvidence, saved: { github?: GithubProfile; linkedin?: LinkedinProfile } | null): PersonReadings {
  return {
    github: githubProfileFromAccount(evidence.account, saved?.github ?? null),
    linkedin: saved?.linkedin ?? null,
    githubEvidence: evidence,
  };
}
