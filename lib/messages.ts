/**
 * The message protocol: every message the extension's parts send to the
 * background, each with the schema of its request and of its reply. Anything
 * else is refused by the background's router (entrypoints/background/router.ts),
 * and `send` (lib/messaging-client.ts) checks every reply against its schema.
 *
 * A reply is `{ ok: true }` (with `data` where the message answers something)
 * or a refusal `{ ok: false, error }`.
 *
 * Results that arrive later do not travel as replies: an evaluation is written
 * to the tab state (`session:tab:<tabId>`, lib/evaluation/tab-state.ts), and a
 * bulk run's progress to `local:bulkQueue` (lib/bulk/bulk-queue-store.ts); the
 * panel watches both.
 */
import { z } from 'zod';
import { LinkedinPageNote, PageProfile } from './schemas/profile';
import { PlanChoice } from './schemas/enums';
import { Tags } from './candidates/schema';
import { MAX_BULK_LOGINS, RejectedInput } from './bulk/parse-login-list';

/** Messages larger than this are refused before parsing. */
export const MAX_MESSAGE_BYTES = 2_000_000;

/** Any message refused or failed: why. */
export const Refusal = z.object({ ok: z.literal(false), error: z.string() });
export type Refusal = z.infer<typeof Refusal>;

/** Done, nothing to answer. */
const Done = z.object({ ok: z.literal(true) });

function answer<T extends z.ZodType>(data: T) {
  return z.object({ ok: z.literal(true), data });
}

/**
 * Why a token check could not say who the token is: GitHub refused the token,
 * GitHub could not be reached (or is failing), Hirelens holds off the API
 * (a rate limit, a pause after repeated failures), or something else.
 */
export const TokenProblem = z.enum(['bad-token', 'network', 'paused', 'other']);
export type TokenProblem = z.infer<typeof TokenProblem>;

/** What `token:check` answers: who the token belongs to and what is left of its limit, or why it could not tell. */
export const TokenCheck = z.object({
  login: z.string().nullable(),
  limit: z.number().nullable(),
  remaining: z.number().nullable(),
  error: z.string().nullable(),
  /** with an error: what kind of failure it was */
  problem: TokenProblem.nullable().optional(),
});
export type TokenCheck = z.infer<typeof TokenCheck>;

/** What `bulk:start` answers when the run is queued. */
export const BulkStarted = z.object({
  queueId: z.string(),
  queued: z.number().int().nonnegative(),
  rejected: z.array(RejectedInput),
  duplicates: z.array(z.string()),
});
export type BulkStarted = z.infer<typeof BulkStarted>;

export const PROTOCOL = {
  /** A content script reports what its tab shows (profile null: not a profile). */
  'profile:seen': {
    request: z.object({
      url: z.string().max(4096),
      profile: PageProfile.nullable(),
      /** with no profile: a page under a profile address that shows no person (not found, a sign-in wall), and what to do */
      note: LinkedinPageNote.nullable().optional(),
    }),
    reply: z.union([Done, Refusal]),
  },
  /** The panel asks for (re)evaluation of a tab, e.g. after the worker restarted; the result arrives in the tab state. */
  'tab:evaluate': {
    request: z.object({
      tabId: z.number().int().nonnegative(),
      force: z.boolean().optional(),
      /** 'deep': the recruiter asked to dig deeper without a token */
      plan: PlanChoice.optional(),
    }),
    reply: z.union([Done, Refusal]),
  },
  /** The recruiter answers "Is this their GitHub?" for the person on a tab (the link the page claims). */
  'link:answer': {
    request: z.object({
      tabId: z.number().int().nonnegative(),
      /** true: the two profiles are one person; false: they are not */
      same: z.boolean(),
    }),
    reply: z.union([Done, Refusal]),
  },
  /**
   * The options page or the panel asks the background to check a token
   * against the github.com API: the one typed (`token`, not saved by the
   * check) or else the saved one.
   */
  'token:check': {
    request: z.object({ token: z.string().trim().min(1).max(1000).optional() }),
    reply: z.union([answer(TokenCheck), Refusal]),
  },
  /**
   * The panel starts a bulk evaluation: GitHub logins or profile URLs (parsed
   * again in the background), the role to score against (default: the active
   * one) and tags for every saved candidate. Progress arrives in local:bulkQueue.
   */
  'bulk:start': {
    request: z.object({
      logins: z.array(z.string().min(1).max(300)).min(1).max(MAX_BULK_LOGINS),
      matrixId: z.string().min(1).max(200).optional(),
      tags: Tags.optional(),
    }),
    reply: z.union([answer(BulkStarted), Refusal]),
  },
  /** The panel stops the bulk run; what is done stays saved. */
  'bulk:cancel': {
    request: z.object({}),
    reply: z.union([answer(z.object({ cancelled: z.boolean() })), Refusal]),
  },
  /** The panel (on open) asks the background to carry on with an unfinished bulk run. */
  'bulk:resume': {
    request: z.object({}),
    reply: z.union([Done, Refusal]),
  },
  /** The panel's "Retry failed": the bulk run's failed logins go back in line and the run carries on. */
  'bulk:retry-failed': {
    request: z.object({}),
    reply: z.union([answer(z.object({ requeued: z.number().int().nonnegative() })), Refusal]),
  },
  /**
   * The panel deletes one candidate and every trace of them: their record, the
   * cached API answers about them, this session's readings and tab states that
   * show them, and their bulk-queue items. `id` is the record id (or a
   * `gh:<login>` / `li:<slug>` key).
   */
  'candidate:erase': {
    request: z.object({ id: z.string().min(1).max(300) }),
    reply: z.union([answer(z.object({ deleted: z.boolean() })), Refusal]),
  },
  /** The panel's "Erase everything": every candidate, the API cache, the bulk queue, the retention notice and the session's readings. */
  'data:erase-all': {
    request: z.object({}),
    reply: z.union([Done, Refusal]),
  },
  /**
   * The recruiter keeps the candidates the retention notice lists (all of
   * them, or these ids): they count as touched now and leave the notice.
   */
  'retention:keep': {
    request: z.object({ ids: z.array(z.string().min(1).max(300)).max(100_000).optional() }),
    reply: z.union([answer(z.object({ kept: z.number().int().nonnegative() })), Refusal]),
  },
} as const;

type Protocol = typeof PROTOCOL;
export type MessageName = keyof Protocol;
/** What a message carries besides its name. */
export type RequestOf<N extends MessageName> = z.infer<Protocol[N]['request']>;
/** What the background answers to a message. */
export type ReplyOf<N extends MessageName> = z.infer<Protocol[N]['reply']>;

export const ProfileSeen = PROTOCOL['profile:seen'].request.extend({ type: z.literal('profile:seen') });
export const EvaluateTab = PROTOCOL['tab:evaluate'].request.extend({ type: z.literal('tab:evaluate') });
export const AnswerLink = PROTOCOL['link:answer'].request.extend({ type: z.literal('link:answer') });
export const CheckToken = PROTOCOL['token:check'].request.extend({ type: z.literal('token:check') });
export const BulkStart = PROTOCOL['bulk:start'].request.extend({ type: z.literal('bulk:start') });
export const BulkCancel = PROTOCOL['bulk:cancel'].request.extend({ type: z.literal('bulk:cancel') });
export const BulkResume = PROTOCOL['bulk:resume'].request.extend({ type: z.literal('bulk:resume') });
export const BulkRetryFailed = PROTOCOL['bulk:retry-failed'].request.extend({ type: z.literal('bulk:retry-failed') });
export const EraseCandidate = PROTOCOL['candidate:erase'].request.extend({ type: z.literal('candidate:erase') });
export const EraseAll = PROTOCOL['data:erase-all'].request.extend({ type: z.literal('data:erase-all') });
export const KeepRetained = PROTOCOL['retention:keep'].request.extend({ type: z.literal('retention:keep') });

/** Every message as it travels: its name in `type`, beside its request. */
export const Message = z.discriminatedUnion('type', [ProfileSeen, EvaluateTab, AnswerLink, CheckToken, BulkStart, BulkCancel, BulkResume, BulkRetryFailed, EraseCandidate, EraseAll, KeepRetained]);
export type Message = z.infer<typeof Message>;
/** One message as it travels. */
export type MessageOf<N extends MessageName> = Extract<Message, { type: N }>;

/** Each name of the protocol is parsed by Message, and no other. */
const _everyMessageParsed: [Message['type']] extends [MessageName] ? ([MessageName] extends [Message['type']] ? true : never) : never = true;

/** Any reply. */
export type MessageReply = ReplyOf<MessageName>;
