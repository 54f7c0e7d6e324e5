import { IDBFactory } from 'fake-indexeddb';
import { expect, test } from 'vitest';
import { openCandidateStore } from '../../../lib/candidates/candidate-store';
import { eraseAllPersonalData } from '../../../lib/candidates/erase-all';
import { openHttpCache } from '../../../lib/github/http-cache';
import { githubProfile, saveInput } from './fixtures';

test('erase-all removes every saved candidate and every cached GitHub answer', async () => {
  const indexedDB = new IDBFactory();
  const store = openCandidateStore({ indexedDB });
  await store.saveCandidate(saveInput({ profiles: { github: githubProfile('anas') } }));
  const cache = openHttpCache({ indexedDB });
  await cache.put({ key: 'GET https://api.github.com/users/anas', status: 200, body: '{"login":"anas"}', etag: null, lastModified: null, contentType: null, storedAt: 1 });

  await eraseAllPersonalData({ store, indexedDB });

  expect(await store.listCandidates()).toEqual({ candidates: [], skipped: [] });
  expect(await cache.get('GET https://api.github.com/users/anas')).toBeNull();
  store.close();
  cache.close();
});
