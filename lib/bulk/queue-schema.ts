/**
 * The bulk evaluation queue as kept in storage.local: the logins, each one's
 * status, the role and tags the results are saved with, and the lease of the
 * runner working on it. The service worker keeps none of this in memory.
 */
import { z } from 'zod';
import { Tags } from '../candidates/schema';
import { MAX_BULK_LOGINS } from './parse-login-list';

export const BULK_QUEUE_VERSION = 1;

/**
 * queued: not started; running: being evaluated; waiting: next in line, held
 * until the rate limit resets; done: evaluated and saved; failed: could not be
 * evaluated (the error says why); cancelled: the recruiter stopped the run first.
 */
export const BulkItemStatus = z.enum(['queued', 'running', 'waiting', 'done', 'failed', 'cancelled']);
export type BulkItemStatus = z.infer<typeof BulkItemStatus>;

export const BulkItem = z.object({
  login: z.string().min(1).max(39),
  status: BulkItemStatus,
  /** evaluations started for this item (one interrupted by a worker restart counts) */
  attempts: z.number().int().nonnegative(),
  /** epoch ms when the current or last evaluation started */
  startedAt: z.number().optional(),
  /** epoch ms when it was done or failed */
  finishedAt: z.number().optional(),
  error: z.string().max(500).optional(),
  /** the saved candidate's id */
  candidateId: z.string().max(300).optional(),
  /** the overall score it was saved with */
  overall: z.number().int().min(0).max(100).optional(),
});
export type BulkItem = z.infer<typeof BulkItem>;

/** Who is working the queue: a runner only starts when no other has beaten its heart lately. */
export const BulkLease = z.object({
  id: z.string().min(1).max(100),
  heartbeatAt: z.number(),
});
export type BulkLease = z.infer<typeof BulkLease>;

export const BulkQueue = z.object({
  version: z.literal(BULK_QUEUE_VERSION),
  /** identifies this run; a new run gets a new id */
  id: z.string().min(1).max(100),
  items: z.array(BulkItem).max(MAX_BULK_LOGINS),
  /** the role (matrix id) the results are scored against and saved for */
  matrixId: z.string().min(1).max(200),
  tags: Tags,
  /** epoch ms until which the rate limit holds the queue, or null */
  waitingUntil: z.number().nullable(),
  /**
   * why the queue waits (a spent rate limit, GitHub's secondary limit, GitHub
   * failing): what the panel says beside the time. Absent in queues stored
   * before it was kept, and while nothing holds the queue.
   */
  waitingReason: z.string().max(500).nullable().optional(),
  cancelled: z.boolean(),
  runner: BulkLease.nullable(),
  startedAt: z.number(),
  updatedAt: z.number(),
});
export type BulkQueue = z.infer<typeof BulkQueue>;
