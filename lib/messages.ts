import { z } from 'zod';
import { PageProfile } from './schemas/profile';

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

export const Message = z.discriminatedUnion('type', [ProfileSeen, EvaluateTab, CheckToken]);
export type Message = z.infer<typeof Message>;
export type ProfileSeenMessage = z.infer<typeof ProfileSeen>;

/** Messages larger than this are refused before parsing. */
export const MAX_MESSAGE_BYTES = 2_000_000;

export const MessageReply = z.union([
  z.object({ ok: z.literal(true), data: z.unknown().optional() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type MessageReply = z.infer<typeof MessageReply>;
