/** The seniority band and its basis, from LinkedIn experience, else a rough GitHub estimate. */
import type { EvidenceSource } from '../schemas/evidence';
import type { LinkedinFacts } from '../schemas/examined';
import { engineeringRoles, mergedYears, type CountedRole } from '../evidence/experience';
import type { GithubHistory, Seniority } from './schema';
import { linkedinProfileUrl } from '../page/profile-urls';
import { bandForYears } from '../matrix/schema';
import { round1 } from '../numbers';
import type { SelfDescribedSeniority, SelfDescriptionSource } from './self-described';


function fmtYears(years: number): string {
  const r = round1(years);
  return `${r} year${r === 1 ? '' : 's'}`;
}

/** A counted LinkedIn role as evidence a recruiter can open. */
export function roleSource(c: CountedRole, url: string): EvidenceSource {
  const r = c.role;
  const at = r.company ? ` at ${r.company}` : '';
  const half = c.rate < 1 ? ', counted at half rate as an internship' : '';
  return {
    kind: 'linkedin-role',
    origin: 'linkedin',
    repo: null,
    path: null,
    detail: `${r.title}${at}, ${r.start ?? '?'} – ${r.end ?? 'now'}${half}`.slice(0, 1000),
    url,
    weight: c.rate,
    date: r.end,
  };
}

function fromLinkedin(profile: LinkedinFacts, now: Date): Seniority | null {
  const roles = engineeringRoles(profile.experience, now);
  if (roles.length === 0) return null;
  const years = round1(mergedYears(roles));
  const internships = roles.filter((r) => r.rate < 1).length;
  const complete = profile.experienceComplete;
  const parts = [
    `${fmtYears(years)} across ${roles.length} engineering role${roles.length === 1 ? '' : 's'} on LinkedIn`,
    'overlapping roles counted once',
  ];
  if (internships > 0) parts.push(`${internships} internship${internships === 1 ? '' : 's'} at half rate`);
  if (!complete) parts.push('the page showed only some roles, so this may be low');
  const url = linkedinProfileUrl(profile.slug);
  return {
    band: bandForYears(years),
    years,
    basis: `${parts.join('; ')}.`,
    confidence: complete ? 'high' : 'medium',
    from: 'linkedin',
    sources: roles.map((r) => roleSource(r, url)),
  };
}

/** What a person says of their own level, in a headline or bio (lib/scoring/self-described.ts reads it). */
export type StatedSeniority = SelfDescribedSeniority;

const SOURCE_WORDS: Readonly<Record<SelfDescriptionSource, string>> = {
  'linkedin-headline': 'their LinkedIn headline',
  'linkedin-about': 'their LinkedIn About',
  'github-bio': 'their GitHub bio',
};

function fromStated(stated: StatedSeniority, github: GithubHistory | null | undefined): Seniority {
  const where = SOURCE_WORDS[stated.source];
  const years = stated.years !== null ? round1(stated.years) : null;
  return {
    band: stated.band,
    years,
    basis: `As they describe themselves in ${where}: “${stated.phrase}”${years !== null ? ` (${fmtYears(years)})` : ''}. Not checked against a work history.`,
    confidence: 'low',
    from: 'self',
    note: github ? githubNote(github) : null,
    sources: [],
  };
}

/** When the account was opened, in milliseconds since 1970, or NaN when not known. */
function createdAt(github: GithubHistory): number {
  return github.createdAt ? Date.parse(github.createdAt) : NaN;
}

/** The account's age in years, when known. */
function accountAge(created: number, now: Date): number | null {
  return Number.isFinite(created) ? Math.max(0, (now.getTime() - created) / (365.25 * 86_400_000)) : null;
}

/** "GitHub activity since 2019": small print, never a band. */
function githubNote(github: GithubHistory, created: number = createdAt(github)): string | null {
  const year = github.createdAt ? new Date(created).getUTCFullYear() : null;
  const since = github.firstActiveYear ?? year;
  return since ? `GitHub activity since ${since}` : null;
}

/**
 * GitHub history gives no band: an account's age or its active years say when
 * someone started publishing code, not how long they have worked.
 */
function fromGithub(github: GithubHistory, now: Date): Seniority | null {
  const created = createdAt(github);
  const age = accountAge(created, now);
  const note = githubNote(github, created);
  if (age === null && github.activeYears === undefined && note === null) return null;
  // active years can never exceed the calendar years the account has existed
  const span = age === null ? null : Math.max(1, Math.ceil(age));
  const active = github.activeYears === undefined ? null : span === null ? github.activeYears : Math.min(github.activeYears, span);
  const detail =
    active !== null && span !== null
      ? ` Active in ${active} of the ${span} calendar year${span === 1 ? '' : 's'} the account has existed.`
      : active !== null
        ? ` Active in ${active} calendar year${active === 1 ? '' : 's'}.`
        : '';
  return {
    band: 'unknown',
    years: null,
    basis: `GitHub alone does not show years of experience.${detail} Check the CV or LinkedIn.`,
    confidence: 'low',
    from: 'github',
    note,
    sources: [],
  };
}

/**
 * Seniority, in order: LinkedIn roles; else what the person says of themselves
 * (a headline or bio: "junior", "senior", "10+ years"); else unknown, with
 * GitHub activity as small print.
 */
export function estimateSeniority(
  linkedin: LinkedinFacts | null | undefined,
  github: GithubHistory | null | undefined,
  now: Date,
  stated: StatedSeniority | null = null,
): Seniority {
  const li = linkedin ? fromLinkedin(linkedin, now) : null;
  if (li) return li;
  if (stated) return fromStated(stated, github);
  const gh = github ? fromGithub(github, now) : null;
  if (gh) {
    if (linkedin && linkedin.experience.length > 0) {
      return { ...gh, basis: `No engineering role among the ${linkedin.experience.length} roles on LinkedIn. ${gh.basis}` };
    }
    return gh;
  }
  if (linkedin && linkedin.experience.length > 0) {
    return {
      band: 'junior',
      years: 0,
      basis: `None of the ${linkedin.experience.length} roles on LinkedIn is an engineering role.`,
      confidence: 'medium',
      from: 'linkedin',
      sources: [],
    };
  }
  return { band: 'unknown', years: null, basis: 'No LinkedIn experience or GitHub history to go on.', confidence: 'low', from: 'none', sources: [] };
}
