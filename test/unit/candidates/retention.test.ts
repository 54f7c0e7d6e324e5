import { describe, expect, test } from 'vitest';
import { RETENTION_NOTICE_DAYS, RetentionNotice, dueForRetention, noticeSummary, retentionCutoff, retentionStep } from '../../../lib/candidates/retention';
import { candidate, githubProfile } from './fixtures';

const NOW = new Date('2026-11-20T12:00:00.000Z');
const DAY = 24 * 3_600_000;
const old = candidate({ profiles: { github: githubProfile('old-one') } }, '2026-01-10T00:00:00.000Z');
const recent = candidate({ profiles: { github: githubProfile('recent-one') } }, '2026-10-01T00:00:00.000Z');

describe('the retention setting', () => {
  test('off (the default): no notice, nothing deleted', () => {
    expect(retentionStep({ months: null, notice: null, candidates: [old, recent], now: NOW })).toEqual({ notice: null, toDelete: [] });
  });

  test('candidates untouched for N months are due; months are calendar months', () => {
    expect(retentionCutoff(6, NOW).toISOString()).toBe('2026-05-20T12:00:00.000Z');
    expect(dueForRetention([old, recent], 6, NOW).map((c) => c.id)).toEqual(['gh:old-one']);
  });

  test('nobody is deleted unannounced: first a notice, then deletion once the notice has run out', () => {
    const first = retentionStep({ months: 6, notice: null, candidates: [old, recent], now: NOW });
    expect(first.toDelete).toEqual([]);
    expect(first.notice?.entries).toEqual([{ id: 'gh:old-one', deleteAfter: NOW.getTime() + RETENTION_NOTICE_DAYS * DAY }]);
    expect(RetentionNotice.safeParse(first.notice).success).toBe(true);
    expect(noticeSummary(first.notice)).toEqual({ count: 1, firstDeleteAt: NOW.getTime() + RETENTION_NOTICE_DAYS * DAY, months: 6 });

    const dayLater = new Date(NOW.getTime() + DAY);
    expect(retentionStep({ months: 6, notice: first.notice, candidates: [old, recent], now: dayLater })).toEqual({ notice: { ...first.notice, updatedAt: dayLater.getTime() }, toDelete: [] });

    const weekLater = new Date(NOW.getTime() + RETENTION_NOTICE_DAYS * DAY);
    expect(retentionStep({ months: 6, notice: first.notice, candidates: [old, recent], now: weekLater })).toEqual({ notice: null, toDelete: ['gh:old-one'] });
  });

  test('a candidate touched during the notice leaves it', () => {
    const first = retentionStep({ months: 6, notice: null, candidates: [old], now: NOW });
    const touched = { ...old, updatedAt: new Date(NOW.getTime() + DAY).toISOString() };
    const later = new Date(NOW.getTime() + RETENTION_NOTICE_DAYS * DAY);
    expect(retentionStep({ months: 6, notice: first.notice, candidates: [touched], now: later })).toEqual({ notice: null, toDelete: [] });
  });

  test('a changed setting starts the notice again', () => {
    const first = retentionStep({ months: 6, notice: null, candidates: [old], now: NOW });
    const later = new Date(NOW.getTime() + RETENTION_NOTICE_DAYS * DAY);
    const changed = retentionStep({ months: 3, notice: first.notice, candidates: [old], now: later });
    expect(changed.toDelete).toEqual([]);
    expect(changed.notice?.entries[0]?.deleteAfter).toBe(later.getTime() + RETENTION_NOTICE_DAYS * DAY);
  });
});
