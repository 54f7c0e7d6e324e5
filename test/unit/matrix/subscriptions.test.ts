import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PRESETS, exportMatrices, type Matrix } from '../../../lib/matrix';
import { duplicateMatrix, getMatrix, listMatrices } from '../../../lib/matrix/matrix-store';
import {
  CHECK_INTERVAL_MS,
  checkSubscription,
  isDue,
  newSubscription,
  parseSubscriptionUrl,
  type FetchRole,
  type FetchedResponse,
} from '../../../lib/matrix/subscriptions';
import { readSubscriptions, refreshDueSubscriptions, subscribe, unsubscribe } from '../../../lib/matrix/subscriptions-store';

const URL_A = 'https://raw.example.com/team/roles.json';

function role(id: string, name: string): Matrix {
  return { ...structuredClone(PRESETS[1]!), id, name, basedOn: null };
}

/**
 * A fake file server: one URL, a body that the test changes, ETags that follow
 * the body, and 304 when the request's If-None-Match matches. Records every request.
 */
function fakeServer(initial: string) {
  let body = initial;
  let version = 1;
  let failure: Error | null = null;
  let status = 200;
  const requests: { url: string; headers: Record<string, string>; credentials?: RequestCredentials }[] = [];
  const fetchRole: FetchRole = async (url, init) => {
    const headers = { ...(init.headers as Record<string, string>) };
    requests.push({ url, headers, credentials: init.credentials });
    if (failure) throw failure;
    const etag = `"v${version}"`;
    const respond = (code: number, text: string): FetchedResponse => ({
      status: code,
      ok: code >= 200 && code < 300,
      headers: { get: (n: string) => (n.toLowerCase() === 'etag' ? etag : n.toLowerCase() === 'last-modified' ? `Mon, 0${version} Jun 2025 10:00:00 GMT` : null) },
      text: async () => text,
    });
    if (status !== 200) return respond(status, 'nope');
    if (headers['If-None-Match'] === etag) return respond(304, '');
    return respond(200, body);
  };
  return {
    fetchRole,
    requests,
    publish(text: string) {
      body = text;
      version += 1;
    },
    failWith(error: Error | null) {
      failure = error;
    },
    answer(code: number) {
      status = code;
    },
  };
}

/** A clock the test moves forward. */
function clock(start = '2025-06-01T09:00:00.000Z') {
  let t = Date.parse(start);
  return { now: () => new Date(t), advance: (ms: number) => (t += ms) };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the address a recruiter types', () => {
  test('https only, no credentials, the fragment dropped, the permission is for that origin only', () => {
    expect(parseSubscriptionUrl(' https://raw.example.com/a/roles.json#top ')).toEqual({
      ok: true,
      url: 'https://raw.example.com/a/roles.json',
      origin: 'https://raw.example.com',
      originPattern: 'https://raw.example.com/*',
    });
    expect(parseSubscriptionUrl('http://raw.example.com/roles.json').ok).toBe(false);
    expect(parseSubscriptionUrl('https://me:secret@raw.example.com/roles.json').ok).toBe(false);
    expect(parseSubscriptionUrl('javascript:alert(1)').ok).toBe(false);
    expect(parseSubscriptionUrl('roles.json').ok).toBe(false);
  });
});

describe('subscribing', () => {
  test('a valid file is kept; its roles appear in the list of matrices, read-only ids of their own', async () => {
    const server = fakeServer(exportMatrices([role('backend-platform', 'Platform engineer'), role('backend-senior', 'Senior (team copy)')]));
    const c = clock();
    const result = await subscribe(URL_A, { fetch: server.fetchRole, now: c.now });
    expect(result.ok).toBe(true);
    const ids = (await listMatrices()).map((m) => m.id);
    // the presets stay first and untouched; a shared role never takes a preset's id
    expect(ids.slice(0, 3)).toEqual(['backend-junior', 'backend-mid', 'backend-senior']);
    const shared = ids.slice(3);
    expect(shared).toHaveLength(2);
    for (const id of shared) expect(id).toMatch(/^shared-[a-z0-9]+-backend-/);
    expect((await getMatrix(shared[0]!))?.name).toBe('Platform engineer');
    expect((await getMatrix('backend-senior'))?.name).toBe(PRESETS[2]!.name);
    // the request carries no cookies
    expect(server.requests[0]!.credentials).toBe('omit');
  });

  test('a bad file is not subscribed to, and says why', async () => {
    const server = fakeServer('{"matrices":[{"id":"x"}]}');
    const result = await subscribe(URL_A, { fetch: server.fetchRole });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/Not subscribed: it is not a valid role file \(matrices\[0\]/);
    expect(await readSubscriptions()).toEqual([]);
  });

  test('the same address twice is refused', async () => {
    const server = fakeServer(exportMatrices([role('a-role', 'A')]));
    expect((await subscribe(URL_A, { fetch: server.fetchRole })).ok).toBe(true);
    expect(await subscribe(URL_A, { fetch: server.fetchRole })).toEqual({ ok: false, error: 'You already subscribe to this address' });
  });

  test('duplicating a shared role makes an editable copy of the recruiter\'s own', async () => {
    const server = fakeServer(exportMatrices([role('a-role', 'Team role')]));
    await subscribe(URL_A, { fetch: server.fetchRole });
    const sharedId = (await readSubscriptions())[0]!.matrices[0]!.id;
    const copy = await duplicateMatrix(sharedId);
    expect(copy?.name).toBe('Team role (copy)');
    expect(copy?.basedOn).toBe(sharedId);
  });

  test('unsubscribing removes its roles and tells the caller which one went', async () => {
    const server = fakeServer(exportMatrices([role('a-role', 'A')]));
    const result = await subscribe(URL_A, { fetch: server.fetchRole });
    const gone = await unsubscribe(result.ok ? result.subscription.id : '');
    expect(gone?.url).toBe(URL_A);
    expect((await listMatrices()).map((m) => m.id)).toEqual(PRESETS.map((m) => m.id));
  });
});

describe('updates', () => {
  test('a bad update keeps the last good version and says why', async () => {
    const server = fakeServer(exportMatrices([role('a-role', 'Good role')]));
    const c = clock();
    await subscribe(URL_A, { fetch: server.fetchRole, now: c.now });
    const [good] = await readSubscriptions();

    server.publish('{"matrices": [ not json');
    c.advance(CHECK_INTERVAL_MS);
    const [afterBad] = await refreshDueSubscriptions({ fetch: server.fetchRole, now: c.now });
    expect(afterBad!.matrices).toEqual(good!.matrices);
    expect(afterBad!.goodAt).toBe(good!.goodAt);
    expect(afterBad!.error).toBe('it is not a valid role file (the file is not JSON)');
    expect((await listMatrices()).find((m) => m.id === good!.matrices[0]!.id)?.name).toBe('Good role');

    // a valid file that breaks the schema is refused the same way, naming the field
    server.publish(JSON.stringify({ matrices: [{ ...role('a-role', 'Broken'), requirements: [] }] }));
    c.advance(CHECK_INTERVAL_MS);
    const [afterSchema] = await refreshDueSubscriptions({ fetch: server.fetchRole, now: c.now });
    expect(afterSchema!.error).toBe('it is not a valid role file (matrices[0].requirements: expected at least one requirement)');
    expect(afterSchema!.matrices).toEqual(good!.matrices);

    // the server failing, or the network, keeps it too
    server.answer(500);
    c.advance(CHECK_INTERVAL_MS);
    expect((await refreshDueSubscriptions({ fetch: server.fetchRole, now: c.now }))[0]!.error).toBe('the server answered HTTP 500');
    server.answer(200);
    server.failWith(new TypeError('Failed to fetch'));
    c.advance(CHECK_INTERVAL_MS);
    const [offline] = await refreshDueSubscriptions({ fetch: server.fetchRole, now: c.now });
    expect(offline!.error).toBe('the file could not be fetched (Failed to fetch)');
    expect(offline!.matrices).toEqual(good!.matrices);

    // a good update then replaces it, and the error clears
    server.failWith(null);
    server.publish(exportMatrices([role('a-role', 'Better role')]));
    c.advance(CHECK_INTERVAL_MS);
    const [fixed] = await refreshDueSubscriptions({ fetch: server.fetchRole, now: c.now });
    expect(fixed!.error).toBeNull();
    expect(fixed!.matrices[0]!.name).toBe('Better role');
  });

  test('requests are conditional: the last good version\'s ETag and date are sent, and 304 keeps it', async () => {
    const server = fakeServer(exportMatrices([role('a-role', 'A')]));
    const c = clock();
    await subscribe(URL_A, { fetch: server.fetchRole, now: c.now });
    expect(server.requests[0]!.headers['If-None-Match']).toBeUndefined();
    c.advance(CHECK_INTERVAL_MS);
    const [same] = await refreshDueSubscriptions({ fetch: server.fetchRole, now: c.now });
    expect(server.requests[1]!.headers['If-None-Match']).toBe('"v1"');
    expect(server.requests[1]!.headers['If-Modified-Since']).toBe('Mon, 01 Jun 2025 10:00:00 GMT');
    expect(same!.error).toBeNull();
    expect(same!.goodAt).toBe(c.now().toISOString());
    expect(same!.matrices[0]!.name).toBe('A');
  });

  test('a refused update\'s validators are never sent: the next check asks again from the last good version', async () => {
    const server = fakeServer(exportMatrices([role('a-role', 'A')]));
    const c = clock();
    await subscribe(URL_A, { fetch: server.fetchRole, now: c.now });
    server.publish('not json');
    c.advance(CHECK_INTERVAL_MS);
    await refreshDueSubscriptions({ fetch: server.fetchRole, now: c.now });
    c.advance(CHECK_INTERVAL_MS);
    await refreshDueSubscriptions({ fetch: server.fetchRole, now: c.now });
    expect(server.requests.map((r) => r.headers['If-None-Match'])).toEqual([undefined, '"v1"', '"v1"']);
  });

  test('at most daily: checks within a day of the last one do not fetch', async () => {
    const server = fakeServer(exportMatrices([role('a-role', 'A')]));
    const c = clock();
    await subscribe(URL_A, { fetch: server.fetchRole, now: c.now });
    c.advance(CHECK_INTERVAL_MS - 60_000);
    await refreshDueSubscriptions({ fetch: server.fetchRole, now: c.now });
    await refreshDueSubscriptions({ fetch: server.fetchRole, now: c.now });
    expect(server.requests).toHaveLength(1);
    c.advance(60_000);
    // two triggers at once (the browser starting and the alarm): one request
    await Promise.all([
      refreshDueSubscriptions({ fetch: server.fetchRole, now: c.now }),
      refreshDueSubscriptions({ fetch: server.fetchRole, now: c.now }),
    ]);
    expect(server.requests).toHaveLength(2);
  });

  test('a failed check counts too: a broken host is not asked again within the day', async () => {
    const server = fakeServer(exportMatrices([role('a-role', 'A')]));
    const c = clock();
    await subscribe(URL_A, { fetch: server.fetchRole, now: c.now });
    server.answer(503);
    c.advance(CHECK_INTERVAL_MS);
    await refreshDueSubscriptions({ fetch: server.fetchRole, now: c.now });
    c.advance(3_600_000);
    await refreshDueSubscriptions({ fetch: server.fetchRole, now: c.now });
    expect(server.requests).toHaveLength(2);
  });

  test('a subscription whose origin may no longer be read is not fetched, and says so', async () => {
    const server = fakeServer(exportMatrices([role('a-role', 'A')]));
    const c = clock();
    await subscribe(URL_A, { fetch: server.fetchRole, now: c.now });
    c.advance(CHECK_INTERVAL_MS);
    const [sub] = await refreshDueSubscriptions({ fetch: server.fetchRole, now: c.now, canRead: async () => false });
    expect(server.requests).toHaveLength(1);
    expect(sub!.error).toMatch(/may no longer read raw\.example\.com/);
    expect(sub!.matrices).toHaveLength(1);
  });
});

describe('the check itself', () => {
  test('isDue: never checked, or a day since the last check', () => {
    const now = new Date('2025-06-02T09:00:00.000Z');
    expect(isDue({ checkedAt: null }, now)).toBe(true);
    expect(isDue({ checkedAt: '2025-06-01T09:00:00.000Z' }, now)).toBe(true);
    expect(isDue({ checkedAt: '2025-06-01T09:00:01.000Z' }, now)).toBe(false);
  });

  test('nothing in the file runs: a role named like code stays text', async () => {
    const server = fakeServer(exportMatrices([role('a-role', '<img src=x onerror=alert(1)>')]));
    const sub = await checkSubscription(newSubscription(URL_A, new Date()), server.fetchRole, new Date());
    expect(sub.matrices[0]!.name).toBe('<img src=x onerror=alert(1)>');
  });

  test('an unknown skill id in the file is refused like in an import', async () => {
    const bad = role('a-role', 'A');
    bad.requirements = [{ kind: 'skill', id: 'x', label: 'X', priority: 'must', anyOf: ['not-a-skill'], minStrength: 0.3, weight: 1 }];
    const server = fakeServer(exportMatrices([bad]));
    const sub = await checkSubscription(newSubscription(URL_A, new Date()), server.fetchRole, new Date());
    expect(sub.error).toMatch(/unknown skill "not-a-skill"/);
    expect(sub.matrices).toEqual([]);
  });

  test('too large a file is refused before it is read', async () => {
    const fetchRole: FetchRole = async () => ({ status: 200, ok: true, headers: { get: (n) => (n === 'content-length' ? '5000000' : null) }, text: async () => '' });
    const sub = await checkSubscription(newSubscription(URL_A, new Date()), fetchRole, new Date());
    expect(sub.error).toBe('the file is larger than 1 MB');
  });
});
