/**
 * Retention: recruiters working under the GDPR keep personal data no longer
 * than they need it. With the setting on (settings.retentionMonths, off by
 * default), a candidate untouched for that many months (not saved, edited,
 * imported or re-scored: `updatedAt`) is deleted completely, but never
 * unannounced: each one first gets RETENTION_NOTICE_DAYS of notice, shown in
 * the panel, during which opening and saving, editing, or "Keep" takes them
 * off the list. Pure; the notice is kept by retention-store.ts and the
 * background runs the steps (entrypoints/background/retention.ts).
 */
import { z } from 'zod';
import type { Candidate } from './schema';

export const RETENTION_NOTICE_DAYS = 7;
const DAY = 24 * 3_600_000;

export const RETENTION_NOTICE_VERSION = 1;

export const RetentionEntry = z.object({
  id: z.string().min(1).max(300),
  /** epoch ms from which the candidate may be deleted, if still untouched */
  deleteAfter: z.number(),
});
export type RetentionEntry = z.infer<typeof RetentionEntry>;

/** Who is due to be deleted, and from when. */
export const RetentionNotice = z.object({
  version: z.literal(RETENTION_NOTICE_VERSION),
  /** the setting the notice was given under (a changed setting starts the notice again) */
  months: z.number().int().positive(),
  entries: z.array(RetentionEntry).max(100_000),
  updatedAt: z.number(),
});
export type RetentionNotice = z.infer<typeof RetentionNotice>;

/** The moment `months` calendar months before `now`: records last changed before it are due. */
export function retentionCutoff(months: number, now: Date): Date {
  const d = new Date(now.getTime());
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}

/** The candidates untouched since before the cutoff. */
export function dueForRetention(candidates: readonly Candidate[], months: number, now: Date): Candidate[] {
  const cutoff = retentionCutoff(months, now).getTime();
  return candidates.filter((c) => Date.parse(c.updatedAt) < cutoff);
}

export interface RetentionStep {
  /** the notice to keep (null: none, clear it) */
  notice: RetentionNotice | null;
  /** ids whose notice has run out while they stayed untouched: delete them now */
  toDelete: string[];
}

/**
 * One pass: who is due now keeps the date they were given (or gets one,
 * RETENTION_NOTICE_DAYS from now); who was touched meanwhile leaves the
 * notice; whose date has come is deleted. With the setting off, no notice
 * and nothing deleted.
 */
export function retentionStep(input: { months: number | null; notice: RetentionNotice | null; candidates: readonly Candidate[]; now: Date }): RetentionStep {
  const { months, candidates, now } = input;
  if (months === null) return { notice: null, toDelete: [] };
  const previous = input.notice && input.notice.months === months ? input.notice : null;
  const given = new Map((previous?.entries ?? []).map((e) => [e.id, e.deleteAfter]));
  const at = now.getTime();
  const toDelete: string[] = [];
  const entries: RetentionEntry[] = [];
  for (const c of dueForRetention(candidates, months, now)) {
    const deleteAfter = given.get(c.id) ?? at + RETENTION_NOTICE_DAYS * DAY;
    if (deleteAfter <= at) toDelete.push(c.id);
    else entries.push({ id: c.id, deleteAfter });
  }
  return {
    notice: entries.length > 0 ? { version: RETENTION_NOTICE_VERSION, months, entries, updatedAt: at } : null,
    toDelete,
  };
}

/** What the panel shows: how many are due and from when the first of them may go. */
export function noticeSummary(notice: RetentionNotice | null): { count: number; firstDeleteAt: number; months: number } | null {
  if (!notice || notice.entries.length === 0) return null;
  return { count: notice.entries.length, firstDeleteAt: notice.entries.reduce((min, e) => Math.min(min, e.deleteAfter), Number.POSITIVE_INFINITY), months: notice.months };
}
