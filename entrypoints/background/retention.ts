/**
 * The retention setting at work (lib/candidates/retention.ts): off by
 * default. With it on, the worker looks every few hours, on start and when
 * the setting changes: candidates untouched for the set months are listed in
 * a notice the panel shows, and deleted completely (erasePerson) once their
 * RETENTION_NOTICE_DAYS of notice have passed with nobody touching them.
 */
import { browser, type Browser } from 'wxt/browser';
import { getCandidate, listCandidates, transformAllCandidates } from '@/lib/candidates/candidate-store';
import { retentionCutoff, retentionStep, type RetentionNotice } from '@/lib/candidates/retention';
import { readRetentionNotice, writeRetentionNotice } from '@/lib/candidates/retention-store';
import { erasePerson } from '@/lib/evaluation/erase-person';
import { readSettings, settingsItem } from '@/lib/settings/settings-store';
import { exclusive } from '@/lib/storage/exclusive';

export const RETENTION_ALARM = 'hirelens-retention';
/** How often the worker wakes to look. */
export const RETENTION_EVERY_MINUTES = 360;

export interface RetentionRun {
  /** ids deleted in this pass */
  deleted: string[];
  notice: RetentionNotice | null;
}

/** One pass of the retention setting; with the setting off, only clears a notice left from before. */
export function runRetention(now: Date = new Date()): Promise<RetentionRun> {
  return exclusive('retention', async () => {
    const { retentionMonths: months } = await readSettings();
    const notice = await readRetentionNotice();
    if (months === null) {
      if (notice !== null) await writeRetentionNotice(null);
      return { deleted: [], notice: null };
    }
    const { candidates } = await listCandidates();
    const step = retentionStep({ months, notice, candidates, now });
    const cutoff = retentionCutoff(months, now).getTime();
    const deleted: string[] = [];
    for (const id of step.toDelete) {
      // touched since the list was read (another panel saved them): they stay
      const current = await getCandidate(id);
      if (!current || Date.parse(current.updatedAt) >= cutoff) continue;
      await erasePerson(id);
      deleted.push(id);
    }
    await writeRetentionNotice(step.notice);
    return { deleted, notice: step.notice };
  });
}

/**
 * "Keep": the candidates the notice lists (or these ids) count as touched now
 * and leave the notice. Resolves to how many were kept.
 */
export function keepRetained(ids: readonly string[] | null, now: Date = new Date()): Promise<number> {
  return exclusive('retention', async () => {
    const notice = await readRetentionNotice();
    const targets = new Set(ids ?? notice?.entries.map((e) => e.id) ?? []);
    if (targets.size === 0) return 0;
    const at = now.toISOString();
    const kept = await transformAllCandidates('keep the candidates', (existing) => {
      const toWrite = existing.filter((c) => targets.has(c.id)).map((c) => ({ ...c, updatedAt: at }));
      return { toWrite, value: toWrite.length };
    });
    if (notice) {
      const entries = notice.entries.filter((e) => !targets.has(e.id));
      await writeRetentionNotice(entries.length > 0 ? { ...notice, entries, updatedAt: now.getTime() } : null);
    }
    return kept;
  });
}

async function runQuietly(): Promise<void> {
  try {
    await runRetention();
  } catch {
    // the list is unavailable (a blocked database): the next wake tries again
  }
}

async function ensureAlarm(): Promise<void> {
  try {
    const existing = await browser.alarms.get(RETENTION_ALARM);
    if (!existing) await browser.alarms.create(RETENTION_ALARM, { delayInMinutes: 1, periodInMinutes: RETENTION_EVERY_MINUTES });
  } catch {
    // no alarms API (a test double): the next start looks instead
  }
}

export function onRetentionAlarm(alarm: Pick<Browser.alarms.Alarm, 'name'>): Promise<void> | null {
  return alarm.name === RETENTION_ALARM ? runQuietly() : null;
}

/** Registered synchronously by the background's entry, so a restarted worker receives the alarm that woke it. */
export function registerRetention(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    void onRetentionAlarm(alarm);
  });
  browser.runtime.onStartup.addListener(() => void runQuietly());
  settingsItem.watch((next, previous) => {
    if (next?.retentionMonths !== previous?.retentionMonths) void runQuietly();
  });
  void ensureAlarm();
}
