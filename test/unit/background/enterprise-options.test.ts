// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { removeEnterpriseHost, saveEnterpriseHost } from '@/entrypoints/options/enterprise-actions';
import { readEnterpriseToken, readSettings, writeEnterpriseHost, writeEnterpriseToken } from '@/lib/settings/settings-store';
import { githubProfileLogin, isGithubProfile, isGithubRepo } from '@/lib/page/github-url';
import { extractGithubProfile } from '@/lib/extract/github';

function stubPermissions(answer: boolean | Error) {
  const request = vi.fn((_p: { origins?: string[] }) => (answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer)));
  const remove = vi.fn(async (_p: { origins?: string[] }) => true);
  Object.assign(fakeBrowser.permissions as unknown as Record<string, unknown>, { request, remove });
  return { request, remove };
}

describe('setting up the Enterprise host in the options page', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  test('asks for that host’s permission at once (within the click), and saves it once granted', async () => {
    const { request } = stubPermissions(true);
    const pending = saveEnterpriseHost(' GHE.Example.com ', null);
    // the request was made synchronously, before anything was awaited
    expect(request).toHaveBeenCalledWith({ origins: ['https://ghe.example.com/*'] });
    const outcome = await pending;
    expect(outcome).toMatchObject({ host: 'ghe.example.com', status: { kind: 'ok' } });
    expect((await readSettings()).enterpriseHost).toBe('ghe.example.com');
  });

  test('a denied permission saves nothing and says why', async () => {
    stubPermissions(false);
    const outcome = await saveEnterpriseHost('ghe.example.com', null);
    expect(outcome.host).toBeNull();
    expect(outcome.status).toMatchObject({ kind: 'error' });
    expect(outcome.status.text).toMatch(/not granted/i);
    expect((await readSettings()).enterpriseHost).toBeNull();
  });

  test('a browser that refuses to ask saves nothing and says so', async () => {
    stubPermissions(new Error('This function must be called during a user gesture'));
    const outcome = await saveEnterpriseHost('ghe.example.com', null);
    expect(outcome.status.kind).toBe('error');
    expect((await readSettings()).enterpriseHost).toBeNull();
  });

  test('an invalid host is refused with its reason and no permission is asked', async () => {
    const { request } = stubPermissions(true);
    const outcome = await saveEnterpriseHost('https://ghe.example.com/', null);
    expect(outcome.status).toMatchObject({ kind: 'error' });
    expect(outcome.status.text).toMatch(/host name only/i);
    expect(request).not.toHaveBeenCalled();
  });

  test('moving to another host drops the old host’s permission and token', async () => {
    const { remove } = stubPermissions(true);
    await writeEnterpriseHost('old.example.com');
    await writeEnterpriseToken('old.example.com', 'old-token');
    await saveEnterpriseHost('new.example.com', 'old.example.com');
    expect((await readSettings()).enterpriseHost).toBe('new.example.com');
    expect(remove).toHaveBeenCalledWith({ origins: ['https://old.example.com/*'] });
    expect(await readEnterpriseToken('old.example.com')).toBeNull();
  });

  test('removing the host removes its setting, token and permission', async () => {
    const { remove } = stubPermissions(true);
    await writeEnterpriseHost('ghe.example.com');
    await writeEnterpriseToken('ghe.example.com', 'ghe-token');
    await removeEnterpriseHost('ghe.example.com');
    expect((await readSettings()).enterpriseHost).toBeNull();
    expect(await readEnterpriseToken('ghe.example.com')).toBeNull();
    expect(remove).toHaveBeenCalledWith({ origins: ['https://ghe.example.com/*'] });
  });
});

describe('Enterprise page URLs and extraction', () => {
  const opts = { host: 'ghe.example.com' };

  test('a profile on the Enterprise host is a profile only when that host is given', () => {
    expect(githubProfileLogin('https://ghe.example.com/mona-dev', opts)).toBe('mona-dev');
    expect(githubProfileLogin('https://ghe.example.com/mona-dev')).toBeNull();
    expect(githubProfileLogin('https://github.com/mona-dev', opts)).toBeNull();
    expect(githubProfileLogin('https://github.com/mona-dev')).toBe('mona-dev');
    expect(isGithubRepo('https://ghe.example.com/mona-dev/orbit-api', opts)).toBe(true);
    expect(isGithubProfile('https://ghe.example.com/mona-dev/orbit-api', opts)).toBe(false);
  });

  test('the Enterprise host’s own pages are not people', () => {
    for (const path of ['stafftools', 'api', 'enterprises', 'settings', 'login']) {
      expect(isGithubProfile(`https://ghe.example.com/${path}`, opts)).toBe(false);
    }
    expect(isGithubProfile('http://ghe.example.com/mona-dev', opts)).toBe(false);
    expect(isGithubProfile('https://evil.example.com/mona-dev', opts)).toBe(false);
  });

  test('the profile extractor reads an Enterprise page with the host, and keeps github.com’s contract without it', () => {
    const html = readFileSync(join(import.meta.dirname, '../../fixtures/github/profile-current.html'), 'utf8');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(extractGithubProfile(doc, 'https://ghe.example.com/mona-dev', opts)).toMatchObject({ login: 'mona-dev', name: 'Mona Developer' });
    expect(extractGithubProfile(doc, 'https://ghe.example.com/mona-dev')).toBeNull();
    expect(extractGithubProfile(doc, 'https://github.com/mona-dev')).toMatchObject({ login: 'mona-dev' });
  });
});
