/** The seniority band and its basis, from LinkedIn experience, else a rough GitHub estimate. */
import type { EvidenceSource } from '../schemas/evidence';
import type { LinkedinFacts } from '../schemas/examined';
import { engineeringRoles, mergedYears, type CountedRole } from './experience';
import type { GithubHistory, Seniority } from './schema';
import { linkedinProfileUrl } from '../page/profile-urls';
import { bandForYears } from '../matrix/schema';
import { round1 } from '../numbers';


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

function fromGithub(github: GithubHistory, now: Date): Seniority | null {
  const created = github.createdAt ? Date.parse(github.createdAt) : NaN;
  const age = Number.isFinite(created) ? Math.max(0, (now.getTime() - created) / (365.25 * 86_400_000)) : null;
  if (age === null && github.activeYears === undefined) return null;
  let years: number;
  let basis: string;
  if (github.activeYears !== undefined) {
    years = age === null ? github.activeYears : Math.min(github.activeYears, Math.ceil(age));
    basis = `Estimated from GitHub alone: active in ${fmtYears(github.activeYears)}${age === null ? '' : ` of an account ${fmtYears(age)} old`}.`;
  } else {
    years = (age ?? 0) / 2;
    basis = `Estimated from GitHub alone: the account is ${fmtYears(age ?? 0)} old; half of that is assumed to be working experience.`;
  }
  years = round1(years);
  return {
    band: bandForYears(years),
    years,
    basis: `${basis} A rough estimate: check the CV.`,
    confidence: 'low',
    from: 'github',
    sources: [],
  };
}

/** Seniority from LinkedIn experience when there is some, else from GitHub history, else unknown. */
export function estimateSeniority(linkedin: LinkedinFacts | null | undefined, github: GithubHistory | null | undefined, now: Date): Seniority {
  const li = linkedin ? fromLinkedin(linkedin, now) : null;
  if (li) return li;
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
