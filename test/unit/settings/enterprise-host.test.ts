import { describe, expect, test } from 'vitest';
import { enterpriseApiBase, enterpriseOriginPattern, parseEnterpriseHost } from '@/lib/settings/enterprise-host';
import { apiTargetFor } from '@/lib/settings/api-target';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';

describe('the Enterprise host a recruiter types', () => {
  test.each([
    ['ghe.example.com', 'ghe.example.com'],
    ['  GitHub.Corp.Example.COM ', 'github.corp.example.com'],
    ['ghe.example.com:8443', 'ghe.example.com:8443'],
    ['code.internal', 'code.internal'],
  ])('%j is accepted as %j', (text, host) => {
    expect(parseEnterpriseHost(text)).toEqual({ ok: true, host });
  });

  test.each([
    ['https://ghe.example.com', /host name only/i],
    ['ghe.example.com/login', /host name only/i],
    ['ghe.example.com?x=1', /host name only/i],
    ['user@ghe.example.com', /host name only/i],
    ['', /host name only/i],
    ['localhost', /host name only/i],
    ['-bad-.example.com', /host name only/i],
    ['github.com', /github\.com is built in/i],
    ['GitHub.com', /github\.com is built in/i],
    ['api.github.com', /github\.com is built in/i],
    ['ghe.example.com:99999', /port/i],
  ])('%j is refused with a reason', (text, reason) => {
    const parsed = parseEnterpriseHost(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(reason);
  });

  test('asks for that one host only, and its API is /api/v3 on the host', () => {
    expect(enterpriseOriginPattern('ghe.example.com')).toBe('https://ghe.example.com/*');
    expect(enterpriseApiBase('ghe.example.com')).toBe('https://ghe.example.com/api/v3');
  });
});

describe('which API a profile is asked of', () => {
  const settings = { ...DEFAULT_SETTINGS, enterpriseHost: 'ghe.example.com' };

  test('a profile on the Enterprise host goes to that host’s /api/v3', () => {
    expect(apiTargetFor('https://ghe.example.com/mona-dev', settings)).toEqual({
      kind: 'enterprise',
      apiBase: 'https://ghe.example.com/api/v3',
      host: 'ghe.example.com',
    });
  });

  test('github.com and LinkedIn profiles keep the github.com API, with or without an Enterprise host', () => {
    for (const s of [settings, DEFAULT_SETTINGS]) {
      expect(apiTargetFor('https://github.com/mona-dev', s)).toEqual({ kind: 'github', apiBase: 'https://api.github.com' });
      expect(apiTargetFor('https://www.linkedin.com/in/mona/', s)).toEqual({ kind: 'github', apiBase: 'https://api.github.com' });
    }
  });

  test('a page on a host that is not (or no longer) configured is asked of nobody', () => {
    expect(apiTargetFor('https://ghe.example.com/mona-dev', DEFAULT_SETTINGS)).toBeNull();
    expect(apiTargetFor('https://other.example.com/mona-dev', settings)).toBeNull();
    expect(apiTargetFor('http://ghe.example.com/mona-dev', settings)).toBeNull();
    expect(apiTargetFor('not a url', settings)).toBeNull();
  });
});
