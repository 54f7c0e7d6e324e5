/**
 * A link between a person's LinkedIn and GitHub is a claim, not proof. A
 * LinkedIn page that names `github.com/torvalds` does not make Linus's
 * repositories that person's evidence. A claim is confirmed when the other
 * profile links back (the GitHub profile's social links, website or blog name
 * the LinkedIn page; the LinkedIn page names the GitHub account), or when the
 * recruiter confirms it in the panel. Pure.
 */
import { z } from 'zod';
import type { GithubAccount } from '../schemas/tab-state';
import type { GithubProfile, LinkedinProfile, PageProfile } from '../schemas/profile';
import { githubLoginOf, linkedinSlugFromUrl, linkedinSlugsOf } from '../page/profile-links';
import { pairKey } from '../candidates/identity';

export const LinkClaim = z.object({
  /** the profile on the tab, which makes the claim */
  from: z.enum(['github', 'linkedin']),
  login: z.string().min(1).max(100),
  slug: z.string().min(1).max(200),
  /** how it was confirmed: both profiles link to each other, or the recruiter said so; null while it is only a claim */
  confirmedBy: z.enum(['back-link', 'recruiter']).nullable(),
  /** the recruiter said it is not them */
  rejected: z.boolean().optional(),
});
export type LinkClaim = z.infer<typeof LinkClaim>;

/** The pair a recruiter confirms or rejects, as stored (kept with the candidates' identity keys). */
export { pairKey };

export interface Confirmations {
  confirmed: ReadonlySet<string>;
  rejected: ReadonlySet<string>;
}

export const NO_CONFIRMATIONS: Confirmations = { confirmed: new Set(), rejected: new Set() };

function githubLinksTo(github: GithubProfile | null, account: GithubAccount | null, slug: string): boolean {
  const wanted = slug.toLowerCase();
  if (github && linkedinSlugsOf(github).some((s) => s.toLowerCase() === wanted)) return true;
  const blog = account?.profile?.blog ?? null;
  return blog !== null && linkedinSlugFromUrl(blog)?.toLowerCase() === wanted;
}

function linkedinLinksTo(linkedin: LinkedinProfile | null, login: string): boolean {
  return linkedin !== null && githubLoginOf(linkedin)?.toLowerCase() === login.toLowerCase();
}

/**
 * The claim the tab's profile makes about the person's other profile, and
 * whether it is confirmed; null when it claims nothing. `partner` is the other
 * profile as read this session, `account` what GitHub's API said of the login.
 */
export function claimOf(
  profile: PageProfile | null,
  partner: PageProfile | null,
  account: GithubAccount | null,
  confirmations: Confirmations = NO_CONFIRMATIONS,
): LinkClaim | null {
  if (!profile) return null;
  const login = profile.source === 'linkedin' ? githubLoginOf(profile) : profile.login;
  const slug = profile.source === 'linkedin' ? profile.slug : (linkedinSlugsOf(profile)[0] ?? null);
  if (!login || !slug) return null;
  const key = pairKey(login, slug);
  if (confirmations.rejected.has(key)) return { from: profile.source, login, slug, confirmedBy: null, rejected: true };
  const github = profile.source === 'github' ? profile : partner?.source === 'github' ? partner : null;
  const linkedin = profile.source === 'linkedin' ? profile : partner?.source === 'linkedin' ? partner : null;
  const backLinked = githubLinksTo(github, account, slug) && linkedinLinksTo(linkedin, login);
  const confirmedBy = backLinked ? 'back-link' : confirmations.confirmed.has(key) ? 'recruiter' : null;
  return { from: profile.source, login, slug, confirmedBy };
}
