/**
 * The tab state: what the background knows about one tab, kept in
 * storage.session under `session:tab:<tabId>` (the result channel beside the
 * messages in lib/messages.ts). The panel reads and watches it through
 * lib/evaluation/tab-state-store.ts; only the background writes it.
 */
import { PlanChoice } from '../schemas/enums';
import { z } from 'zod';
import { LinkedinPageNote, PageProfile } from '../schemas/profile';
import { GithubEvidence, PartialNotice, RateLimit } from '../schemas/tab-state';
import { Evaluation } from './schema';
import { LinkClaim } from './identity-claim';

export const TabStatus = z.enum(['idle', 'loading', 'ready', 'error']);
export type TabStatus = z.infer<typeof TabStatus>;

/** What the background knows about one tab; kept in storage.session, never in memory. */
export const TabState = z.object({
  version: z.literal(1),
  tabId: z.number().int(),
  url: z.string(),
  status: TabStatus,
  profile: PageProfile.nullable(),
  evidence: GithubEvidence.nullable(),
  /** the person's other profile, when this browser session has read it (a GitHub page's LinkedIn, or the other way round) */
  partner: PageProfile.nullable().optional(),
  /** on a page under a profile address that shows no person (not found, a sign-in wall): what it is and what to do */
  note: LinkedinPageNote.nullable().optional(),
  /** what the page claims of the person's other profile, and whether the claim is confirmed (lib/evaluation/identity-claim.ts) */
  claim: LinkClaim.nullable().optional(),
  /** the evaluation of everything read, built by the background (evaluatePerson); absent until there is a profile */
  evaluation: Evaluation.nullable().optional(),
  /** when evidence is incomplete (rate limit), why and until when */
  partial: PartialNotice.nullable(),
  error: z.string().nullable(),
  rateLimit: RateLimit.nullable(),
  /** the plan asked for: auto (deep with a token), or the recruiter's "dig deeper" */
  plan: PlanChoice.optional(),
  /** identifies the evaluation that owns this state; a stale one may not overwrite it */
  runId: z.string(),
  updatedAt: z.number(),
});
export type TabState = z.infer<typeof TabState>;
