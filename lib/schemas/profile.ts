import { z } from 'zod';

/** An absolute http(s) URL; anything else (javascript:, data:) is rejected. */
export const HttpUrl = z
  .string()
  .max(2048)
  .refine((value) => {
    try {
      const u = new URL(value);
      return u.protocol === 'https:' || u.protocol === 'http:';
    } catch {
      return false;
    }
  }, 'must be an absolute http(s) URL');

const Text = (max: number) => z.string().max(max);

export const PinnedRepo = z.object({
  owner: Text(100),
  name: Text(200),
  description: Text(2000).nullable(),
  language: Text(100).nullable(),
  stars: z.number().int().nonnegative().nullable(),
  forks: z.number().int().nonnegative().nullable(),
});
export type PinnedRepo = z.infer<typeof PinnedRepo>;

/** What a GitHub profile page shows (CONTRACT.md). Fields the page does not show are null. */
export const GithubProfile = z.object({
  source: z.literal('github'),
  login: z.string().min(1).max(100),
  name: Text(500).nullable(),
  bio: Text(200_000).nullable(),
  avatarUrl: HttpUrl.nullable().optional(),
  company: Text(500).nullable(),
  location: Text(500).nullable(),
  website: HttpUrl.nullable(),
  socialLinks: z.array(HttpUrl).max(50),
  followers: z.number().int().nonnegative().nullable(),
  following: z.number().int().nonnegative().nullable(),
  pinned: z.array(PinnedRepo).max(20),
  contributionsLastYear: z.number().int().nonnegative().nullable(),
  utcOffsetHours: z.number().min(-12).max(14).nullable(),
});
export type GithubProfile = z.infer<typeof GithubProfile>;

/** `YYYY-MM` or `YYYY`. */
export const PartialDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/);

export const LinkedinExperience = z.object({
  title: Text(500),
  company: Text(500).nullable(),
  start: PartialDate.nullable(),
  end: PartialDate.nullable(),
  description: Text(100_000).nullable(),
  location: Text(500).nullable().optional(),
  employmentType: Text(100).nullable().optional(),
});
export type LinkedinExperience = z.infer<typeof LinkedinExperience>;

export const LinkedinEducation = z.object({
  school: Text(500),
  degree: Text(500).nullable(),
  start: PartialDate.nullable(),
  end: PartialDate.nullable(),
});
export type LinkedinEducation = z.infer<typeof LinkedinEducation>;

export const LinkedinCertification = z.object({
  name: Text(500),
  issuer: Text(500).nullable(),
});
export type LinkedinCertification = z.infer<typeof LinkedinCertification>;

/** Which reading strategy produced a section (shown in the panel's details area). */
export const LinkedinStrategy = z.enum(['json-ld', 'anchored', 'headings', 'sdui', 'public', 'none']);
export type LinkedinStrategy = z.infer<typeof LinkedinStrategy>;

/** Sections of the 2026 server-driven profile that load only as the page is scrolled. */
export const LinkedinPendingSection = z.enum(['experience', 'education', 'skills']);
export type LinkedinPendingSection = z.infer<typeof LinkedinPendingSection>;

/**
 * What the top card says besides name, headline and location: hints only, never
 * roles (the current company carries no title and no dates) and never scored as such.
 */
export const LinkedinTopCardHints = z.object({
  /** The current company the top card names (its link, or the "company · school" line). */
  currentCompany: Text(500).nullable(),
  /** The school the top card names. */
  school: Text(500).nullable(),
  /** The connection degree the page shows (the visible copy), normalised. */
  connectionDegree: z.enum(['1st', '2nd', '3rd+']).nullable(),
  /** The connections count as shown ("500+", "312"); null when the page shows none. */
  connections: Text(50).nullable(),
});
export type LinkedinTopCardHints = z.infer<typeof LinkedinTopCardHints>;

/** What a LinkedIn profile page shows (CONTRACT.md). */
export const LinkedinProfile = z.object({
  source: z.literal('linkedin'),
  slug: z.string().min(1).max(200),
  name: Text(500).nullable(),
  headline: Text(5000).nullable(),
  location: Text(500).nullable(),
  about: Text(200_000).nullable(),
  avatarUrl: HttpUrl.nullable().optional(),
  experience: z.array(LinkedinExperience).max(500),
  education: z.array(LinkedinEducation).max(100),
  skills: z.array(Text(300)).max(1000),
  certifications: z.array(LinkedinCertification).max(500),
  githubUrl: HttpUrl.nullable(),
  /** false when the page says it shows only some roles ("Show all 12 experiences"). */
  experienceComplete: z.boolean().optional(),
  /** Which sub-page this reading came from: the main profile or a details page. */
  page: z.enum(['main', 'experience', 'skills', 'certifications', 'education']).optional(),
  /** Which strategy read each section; empty when nothing was recognised. */
  strategies: z.record(z.string(), LinkedinStrategy).optional(),
  /** true when the URL is a profile but the layout was not understood. */
  unrecognised: z.boolean().optional(),
  /**
   * Sections the page has not loaded yet (the 2026 layout renders them as the
   * recruiter scrolls): not checked, never read as absent. Absent when none.
   */
  pendingSections: z.array(LinkedinPendingSection).max(3).optional(),
  /** The top card's current company, school, degree and connections: hints, not roles. */
  topCardHints: LinkedinTopCardHints.optional(),
});
export type LinkedinProfile = z.infer<typeof LinkedinProfile>;

/** What a page under a profile address is when it is not a person's profile. */
export const LinkedinPageKind = z.enum(['not-found', 'sign-in-wall', 'unavailable', 'private', 'challenge', 'error']);
export type LinkedinPageKind = z.infer<typeof LinkedinPageKind>;

/** A page under `/in/<slug>/` that shows no person: what it is and what the recruiter can do. */
export const LinkedinPageNote = z.object({
  kind: LinkedinPageKind,
  /** A plain sentence for the recruiter: what the page is and what to do. */
  note: Text(1000),
});
export type LinkedinPageNote = z.infer<typeof LinkedinPageNote>;

/** A page under a profile address of either site that shows no person (GitHub's 404 too): the same shape. */
export const PageNote = LinkedinPageNote;
export type PageNote = LinkedinPageNote;

export const PageProfile = z.discriminatedUnion('source', [GithubProfile, LinkedinProfile]);
export type PageProfile = z.infer<typeof PageProfile>;

/** The profile's handle: the GitHub login or the LinkedIn slug. */
export function profileHandle(profile: PageProfile): string {
  return profile.source === 'github' ? profile.login : profile.slug;
}
