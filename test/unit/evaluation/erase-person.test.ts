/**
 * Erasing a person leaves no trace of them in any store, and only them; erase
 * everything also empties the bulk queue, the retention notice and the session.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { routeMessage } from '@/entrypoints/background/router';
import { readBulkQueue, writeBulkQueue } from '@/lib/bulk/bulk-queue-store';
import { markDone, newQueue } from '@/lib/bulk/queue-machine';
import { eraseAllCandidates, listCandidates, saveCandidate } from '@/lib/candidates';
import { readRetentionNotice, writeRetentionNotice } from '@/lib/candidates/retention-store';
import { erasePerson, eraseEverything, identityOf } from '@/lib/evaluation/erase-person';
import { rememberGithub, rememberLinkedin, recallGithub } from '@/lib/evaluation/seen-store';
import { readTabState, writeTabState } from '@/lib/evaluation/tab-state-store';
import type { TabState } from '@/lib/evaluation/tab-state';
import { cacheKeyConcerns, clearHttpCache, httpCache } from '@/lib/github/http-cache';
import { readSettings, updateSettings } from '@/lib/settings/settings-store';
import { writeFirstScreen } from '@/lib/storage/first-screen-store';
import { FIRST_SCREEN_VERSION, type FirstScreen } from '@/lib/storage/first-screen-shape';
import { githubProfile, linkedinProfile, saveInput } from '../candidates/fixtures';
import { SELF } from '../../support/profiles';

const PANEL = { id: SELF, url: fakeBrowser.runtime.getURL('/sidepanel.html') };
const NOW = Date.parse('2026-11-20T12:00:00Z');

const MONA_KEYS = [
  'GET https://api.github.com/users/mona-dev',
  'GET https://api.github.com/users/mona-dev/repos?direction=desc&page=1&per_page=100&sort=pushed&type=owner',
  'GET https://api.github.com/repos/mona-dev/orbit-api/languages',
  'GET https://api.github.com/repos/mona-dev/orbit-api/git/trees/main?recursive=1',
  'GET https://api.github.com/search/issues?q=author%3Amona-dev+type%3Apr+is%3Amerged+is%3Apublic+-user%3Amona-dev&sort=updated',
  'POST https://api.github.com/graphql {"query":"query HirelensRepos…","variables":{"login":"mona-dev","cursor":null}}',
  'POST https://api.github.com/graphql {"query":"query HirelensDeep…","variables":{"ids":["R_1"],"prQuery":"author:mona-dev type:pr is:merged is:public -user:mona-dev"}}',
  'GET https://ghe.example.com/api/v3/users/Mona-Dev',
];
const OTHER_KEYS = [
  'GET https://api.github.com/users/ada-l',
  'GET https://api.github.com/users/mona',
  'GET https://api.github.com/repos/ada-l/mona-dev/languages',
  'POST https://api.github.com/graphql {"query":"…","variables":{"login":"mona-devx","cursor":null}}',
];

const FIRST_SCREEN: FirstScreen = {
  version: FIRST_SCREEN_VERSION,
  tabUpdatedAt: 0,
  name: '',
  handle: '',
  location: null,
  subtitle: null,
  verdict: 'possible',
  tone: 'tone-possible',
  label: 'Possible match',
  score: 61,
  roleName: 'Backend',
  roleLead: 'Role',
  roleLine: 'for Backend',
  provisional: null,
  seniority: 'Senior',
  summary: '4 of 5 must-haves met',
  gaps: [],
  reasons: [],
  evidenceLead: 'Strongest evidence',
  evidence: [],
  question: null,
};

function tab(tabId: number, profile: TabState['profile'], extra: Partial<TabState> = {}): TabState {
  return { version: 1, tabId, url: 'https://github.com/x', status: 'ready', profile, evidence: null, partial: null, error: null, rateLimit: null, runId: `r${tabId}`, updatedAt: NOW, ...extra };
}

/** Every store as text (of the cache, the answers about mona-dev: the others' keys name similar logins on purpose). */
async function everythingStored(): Promise<string> {
  const cache = httpCache();
  const cached = await Promise.all(MONA_KEYS.map((k) => cache.get(k)));
  return JSON.stringify([
    await fakeBrowser.storage.local.get(null),
    await fakeBrowser.storage.session.get(null),
    (await listCandidates()).candidates,
    cached.filter((c) => c !== null),
  ]);
}

async function storeEveryTrace(): Promise<void> {
  const monaGh = githubProfile('mona-dev', { name: 'Mona Developer', socialLinks: ['https://www.linkedin.com/in/mona-li'] });
  const monaLi = linkedinProfile('mona-li', { name: 'Mona Developer', githubUrl: 'https://github.com/mona-dev' });
  await saveCandidate(saveInput({ profiles: { github: monaGh, linkedin: monaLi } }));
  await saveCandidate(saveInput({ profiles: { github: githubProfile('ada-l', { name: 'Ada' }) } }));
  const cache = httpCache();
  for (const key of [...MONA_KEYS, ...OTHER_KEYS]) await cache.put({ key, status: 200, body: '{}', etag: null, lastModified: null, contentType: null, storedAt: NOW });
  await rememberGithub(monaGh);
  await rememberLinkedin(monaLi);
  await rememberGithub(githubProfile('ada-l'));
  await writeTabState(tab(7, monaGh));
  await writeTabState(tab(8, githubProfile('ada-l')));
  await writeTabState(tab(9, linkedinProfile('someone-else', { githubUrl: 'https://github.com/mona-dev' }), { url: 'https://www.linkedin.com/in/someone-else/' }));
  await writeTabState(tab(10, githubProfile('ada-l'), { partner: monaLi }));
  // the first screen the panel painted for mona-dev's tab
  await writeFirstScreen(7, { ...FIRST_SCREEN, name: 'Mona Developer', handle: 'mona-dev', tabUpdatedAt: NOW });
  let q = newQueue({ id: 'bulk-1', logins: ['mona-dev', 'ada-l'], matrixId: 'backend-senior', tags: [], now: NOW });
  q = markDone(q, 'mona-dev', { candidateId: 'gh:mona-dev', overall: 60 }, NOW);
  await writeBulkQueue(q);
}

beforeEach(async () => {
  fakeBrowser.reset();
  await eraseAllCandidates();
  await clearHttpCache();
});

describe('which cached answers are about a login', () => {
  test.each(MONA_KEYS)('about mona-dev: %s', (key) => {
    expect(cacheKeyConcerns(key, 'mona-dev')).toBe(true);
  });
  test.each(OTHER_KEYS)('not about mona-dev: %s', (key) => {
    expect(cacheKeyConcerns(key, 'mona-dev')).toBe(false);
  });
});

describe('erasing one person', () => {
  test('deleting a candidate leaves no trace of them in any store, and the others as they were', async () => {
    await storeEveryTrace();
    expect(await everythingStored()).toContain('mona-dev');

    const reply = await routeMessage({ type: 'candidate:erase', id: 'gh:mona-dev' }, PANEL, SELF);
    expect(reply).toEqual({ ok: true, data: { deleted: true } });

    const left = await everythingStored();
    expect(left).not.toMatch(/mona-dev|mona-li/i);
    expect((await listCandidates()).candidates.map((c) => c.id)).toEqual(['gh:ada-l']);
    for (const key of OTHER_KEYS) expect(await httpCache().get(key)).not.toBeNull();
    expect(await recallGithub('ada-l')).not.toBeNull();
    expect(await readTabState(7)).toBeNull();
    expect(await readTabState(9)).toBeNull();
    expect(await readTabState(10)).toBeNull();
    expect((await readTabState(8))?.profile).toMatchObject({ login: 'ada-l' });
    expect((await readBulkQueue())?.items.map((i) => i.login)).toEqual(['ada-l']);
  });

  test('erasing someone already deleted still clears what their id names', async () => {
    await storeEveryTrace();
    await erasePerson('gh:mona-dev');
    await rememberGithub(githubProfile('mona-dev'));
    const again = await erasePerson('gh:mona-dev');
    expect(again.deleted).toBe(false);
    expect(await recallGithub('mona-dev')).toBeNull();
  });

  test('who a record is: the keys it owns, and the GitHub logins it only links to', () => {
    expect(identityOf('li:mona-li', null)).toEqual({ logins: [], slugs: ['mona-li'], linkedLogins: [] });
  });
});

describe('erase everything', () => {
  test('clears candidates, cached answers, the bulk queue, the retention notice and the session; settings stay', async () => {
    await storeEveryTrace();
    await updateSettings({ activeMatrixId: 'backend-mid' });
    await writeRetentionNotice({ version: 1, months: 6, entries: [{ id: 'gh:ada-l', deleteAfter: NOW }], updatedAt: NOW });

    expect(await routeMessage({ type: 'data:erase-all' }, PANEL, SELF)).toEqual({ ok: true });
    expect((await listCandidates()).candidates).toEqual([]);
    for (const key of [...MONA_KEYS, ...OTHER_KEYS]) expect(await httpCache().get(key)).toBeNull();
    expect(await readBulkQueue()).toBeNull();
    expect(await readRetentionNotice()).toBeNull();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect((await readSettings()).activeMatrixId).toBe('backend-mid');
    expect(await everythingStored()).not.toMatch(/mona|ada-l/i);
  });

  test('eraseEverything on an empty browser is harmless', async () => {
    await expect(eraseEverything()).resolves.toBeUndefined();
  });
});
