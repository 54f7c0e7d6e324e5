import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkToken } from '@/entrypoints/background/check-token';
import { PROTOCOL, type ReplyOf, type TokenCheck } from '@/lib/messages';
import { connectToken } from '@/lib/settings/token-connect-client';
import { outcomeOfCheck, readTokenText } from '@/lib/settings/token-connect';
import { hasToken, readToken, removeToken, writeToken } from '@/lib/settings/settings-store';
import { createApiDouble, type ApiDoubleOptions } from '../../support/api-double';
import { MONA } from '../../support/accounts';

const NOW = Date.parse('2026-11-20T12:00:00Z');
const GOOD = 'github_pat_11AAAAAAA0goodgoodgood';

describe('reading a pasted token', () => {
  test('drops the spaces and line break around it', () => {
    expect(readTokenText(`  ${GOOD}\n`)).toEqual({ ok: true, token: GOOD });
  });

  test('refuses nothing, two things pasted at once, and text no token has', () => {
    expect(readTokenText('   ')).toEqual({ ok: false, problem: 'empty' });
    expect(readTokenText(`${GOOD} ${GOOD}`)).toEqual({ ok: false, problem: 'malformed' });
    expect(readTokenText('Token: github_pat_é')).toEqual({ ok: false, problem: 'malformed' });
  });
});

describe('the check, as the paste box reads it', () => {
  const reply = (data: Partial<TokenCheck>): ReplyOf<'token:check'> => ({
    ok: true,
    data: { login: null, limit: null, remaining: null, error: null, problem: null, ...data },
  });

  test('who the token is and its hourly limit', () => {
    expect(outcomeOfCheck(reply({ login: 'mona-dev', limit: 5000, remaining: 4999 }))).toEqual({ kind: 'connected', login: 'mona-dev', limit: 5000 });
  });

  test('a refused token, a network failure and a pause each say which', () => {
    expect(outcomeOfCheck(reply({ error: 'GitHub refused the token (401)', problem: 'bad-token' }))).toMatchObject({ kind: 'error', problem: 'bad-token' });
    expect(outcomeOfCheck(reply({ error: 'GitHub could not be reached (network error)', problem: 'network' }))).toMatchObject({ kind: 'error', problem: 'network' });
    expect(outcomeOfCheck(reply({ error: 'paused until 17:05', problem: 'paused' }))).toMatchObject({ kind: 'error', problem: 'paused', detail: 'paused until 17:05' });
    expect(outcomeOfCheck({ ok: false, error: 'The background did not answer' })).toMatchObject({ kind: 'error', problem: 'no-answer' });
  });

  test('an older reply without a problem still reads as an error', () => {
    const old = PROTOCOL['token:check'].reply.parse({ ok: true, data: { login: null, limit: null, remaining: null, error: 'The check failed' } });
    expect(outcomeOfCheck(old)).toMatchObject({ kind: 'error', problem: 'other', detail: 'The check failed' });
  });
});

/** The background's check over the API double, as `token:check` with a typed token. */
function checkWith(options: Partial<ApiDoubleOptions> = {}) {
  const api = createApiDouble({ accounts: [MONA], rateLimit: 5000, tokenOwners: { [GOOD]: 'mona-dev' }, ...options });
  return async (token: string): Promise<ReplyOf<'token:check'>> => ({ ok: true, data: await checkToken({ token, fetch: api.fetch, now: () => NOW }) });
}

describe('connecting a pasted token', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await removeToken();
  });

  test('a good token is checked, then saved', async () => {
    const outcome = await connectToken(`${GOOD}\n`, { check: checkWith(), save: writeToken });
    expect(outcome).toEqual({ kind: 'connected', login: 'mona-dev', limit: 5000 });
    expect(await readToken()).toBe(GOOD);
  });

  test('a token GitHub refuses is not saved', async () => {
    const save = vi.fn(async () => undefined);
    const outcome = await connectToken('github_pat_11AAAAAAA0wrongwrong', { check: checkWith(), save });
    expect(outcome).toMatchObject({ kind: 'error', problem: 'bad-token' });
    expect(save).not.toHaveBeenCalled();
    expect(await hasToken()).toBe(false);
  });

  test('when GitHub cannot be reached, nothing is saved and the reason says so', async () => {
    const save = vi.fn(async () => undefined);
    const check = checkWith({ faults: [{ match: /^GET \/user$/, network: true }] });
    const outcome = await connectToken(GOOD, { check, save });
    expect(outcome).toMatchObject({ kind: 'error', problem: 'network' });
    expect(save).not.toHaveBeenCalled();
  });

  test('pasted text that is no token is refused before anything is asked', async () => {
    const check = vi.fn();
    expect(await connectToken('', { check, save: vi.fn() })).toMatchObject({ kind: 'error', problem: 'empty' });
    expect(await connectToken('two words', { check, save: vi.fn() })).toMatchObject({ kind: 'error', problem: 'malformed' });
    expect(check).not.toHaveBeenCalled();
  });

  test('a typed token is checked instead of the saved one, and the check saves nothing', async () => {
    await writeToken(GOOD);
    const reply = await checkWith()('github_pat_11AAAAAAA0wrongwrong');
    expect(reply).toMatchObject({ ok: true, data: { login: null, problem: 'bad-token' } });
    expect(await readToken()).toBe(GOOD);
  });
});
