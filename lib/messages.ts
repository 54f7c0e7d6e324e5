import { z } from 'zod';
import { PageProfile } from './schemas/profile';
import { Tags } from './candidates/schema';
import { MAX_BULK_LOGINS } from './bulk/parse-login-list';

/**
 * The message protocol. Every message is one of these shapes; anything else
 * is refused by the background's router.
 */

/** A content script reports what its tab shows (profile null: not a profile). */
export const ProfileSeen = z.object({
  type: z.literal('profile:seen'),
  url: z.string().max(4096),
  profile: PageProfile.nullable(),
});

/** The panel asks for (re)evaluation of a tab, e.g. after the worker restarted. */
export const EvaluateTab = z.object({
  type: z.literal('tab:evaluate'),
  tabId: z.number().int().nonnegative(),
  force: z.boolean().optional(),
  /** 'deep': the recruiter asked to dig deeper without a token */
  plan: z.enum(['quick', 'deep', 'auto']).optional(),
});

/** The options page asks the background to check a token against the API. */
export const CheckToken = z.object({
  type: z.literal('token:check'),
});

/**
 * The panel starts a bulk evaluation: GitHub logins or profile URLs (parsed
 * again in the background), the role to score against (default: the active
 * one) and tags for every saved candidate.
 */
export const BulkStart = z.object({
  type: z.literal('bulk:start'),
  logins: z.array(z.string().min(1).max(300)).min(1).max(MAX_BULK_LOGINS),
  matrixId: z.string().min(1).max(200).optional(),
  tags: Tags.optional(),
});

/** The panel stops the bulk run; what is done stays saved. */
export const BulkCancel = z.object({
  type: z.literal('bulk:cancel'),
});

/** The panel (on open) asks the background to carry on with an unfinished bulk run. */
export const BulkResume = z.object({
  type: z.literal('bulk:resume'),
});

export const Message = z.discriminatedUnion('type', [ProfileSeen, EvaluateTab, CheckToken, BulkStart, BulkCancel, BulkResume]);
export type Message = z.infer<typeof Message>;

/** Messages larger than this are refused before parsing. */
export const MAX_MESSAGE_BYTES = 2_000_000;

export const MessageReply = z.union([
  z.object({ ok: z.literal(true), data: z.unknown().optional() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type MessageReply = z.infer<typeof MessageReply>;
