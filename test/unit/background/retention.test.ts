import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { routeMessage } from '@/entrypoints/background/router';
import { RETENTION_ALARM, onRetentionAlarm, runRetention } from '@/entrypoints/background/retention';
import { eraseAllCandidates, getCandidate, listCandidates, saveCandidate } from '@/lib/candidates';
import { RETENTION_NOTICE_DAYS } from '@/lib/candidates/retention';
import { readRetentionNotice } from '@/lib/candidates/retention-store';
import { rememberGithub, recallGithub } from '@/lib/evaluation/seen-store';
import { updateSettings } from '@/lib/settings/settings-store';
import { githubProfile, saveInput } from '../candidates/fixtures';
import { SELF } from '../../support/profiles';

const PANEL = { id: SELF, url: fakeBrowser.runtime.getURL('/sidepanel.html') };
const DAY = 24 * 3_600_000;
const NOW = Date.now();

async function seed(): Promise<void> {
  // saved now; "now" in the runs below is a year later
  await saveCandidate(saveInput({ profiles: { github: githubProfile('old-one') } }));
  await rememberGithub(githubProfile('old-one'));
}

beforeEach(async () => {
  fakeBrowser.reset();
  await eraseAllCandidates();
});

describe('the retention setting in the background', () => {
  test('off by default: nothing is listed or deleted, however old', async () => {
    await seed();
    const run = await runRetention(new Date(NOW + 400 * DAY));
    expect(run).toEqual({ deleted: [], notice: null });
    expect((await listCandidates()).candidates).toHaveLength(1);
  });

  test('on: a notice first, then complete deletion after the notice days', async () => {
    await seed();
    await updateSettings({ retentionMonths: 6 });
    const later = NOW + 365 * DAY;
    const first = await runRetention(new Date(later));
    expect(first.deleted).toEqual([]);
    expect((await readRetentionNotice())?.entries.map((e) => e.id)).toEqual(['gh:old-one']);
    expect(await getCandidate('gh:old-one')).not.toBeNull();

    const after = await runRetention(new Date(later + RETENTION_NOTICE_DAYS * DAY));
    expect(after.deleted).toEqual(['gh:old-one']);
    expect(await getCandidate('gh:old-one')).toBeNull();
    // deleted completely: this session's reading of them went too
    expect(await recallGithub('old-one')).toBeNull();
    expect(await readRetentionNotice()).toBeNull();
  });

  test('“Keep” from the panel takes everyone off the notice', async () => {
    await seed();
    await updateSettings({ retentionMonths: 6 });
    await runRetention(new Date(NOW + 365 * DAY));
    expect(await routeMessage({ type: 'retention:keep' }, PANEL, SELF)).toEqual({ ok: true, data: { kept: 1 } });
    expect(await readRetentionNotice()).toBeNull();
    // touched now: not due for another six months
    expect((await runRetention(new Date(NOW + 7 * DAY))).notice).toBeNull();
  });

  test('turning the setting off clears a notice; the alarm runs a pass', async () => {
    await seed();
    await updateSettings({ retentionMonths: 6 });
    await runRetention(new Date(NOW + 365 * DAY));
    await updateSettings({ retentionMonths: null });
    await onRetentionAlarm({ name: RETENTION_ALARM });
    expect(await readRetentionNotice()).toBeNull();
    expect(onRetentionAlarm({ name: 'other' })).toBeNull();
  });
});
