import { describe, expect, test } from 'vitest';
import { MAX_BULK_LOGINS, parseLoginList, readLoginInput } from '@/lib/bulk/parse-login-list';

describe('reading a pasted list of GitHub people', () => {
  test('takes logins, @logins and profile links in any of the usual spellings', () => {
    const list = parseLoginList(
      [
        'mona-dev',
        '@ada-l',
        'https://github.com/linus-t',
        'github.com/grace-h?tab=repositories',
        'http://www.github.com/alan-t/',
        '<https://github.com/edsger-d#readme>',
      ].join('\n'),
    );
    expect(list.logins).toEqual(['mona-dev', 'ada-l', 'linus-t', 'grace-h', 'alan-t', 'edsger-d']);
    expect(list.rejected).toEqual([]);
  });

  test('splits on commas, semicolons and tabs as well as lines', () => {
    expect(parseLoginList('mona-dev, ada-l;linus-t\tgrace-h\r\nedsger-d').logins).toEqual(['mona-dev', 'ada-l', 'linus-t', 'grace-h', 'edsger-d']);
  });

  test('an entry with spaces is one bad entry with its reason, never several logins', () => {
    const list = parseLoginList('Mona Developer\nlinus-t grace-h\nada-l\n  alan-t  \nhttps://github.com/mona dev');
    expect(list.logins).toEqual(['ada-l', 'alan-t']);
    expect(list.rejected).toEqual([
      { input: 'Mona Developer', reason: 'has-spaces' },
      { input: 'linus-t grace-h', reason: 'has-spaces' },
      { input: 'https://github.com/mona dev', reason: 'has-spaces' },
    ]);
  });

  test('LinkedIn profile links are kept, once each, as profiles to visit; other LinkedIn pages are not', () => {
    const list = parseLoginList(
      ['https://www.linkedin.com/in/mara-lindqvist/', 'linkedin.com/in/noor-van-dijk', 'https://se.linkedin.com/in/Mara-Lindqvist', 'https://www.linkedin.com/company/acme', 'mona-dev'].join('\n'),
    );
    expect(list.logins).toEqual(['mona-dev']);
    expect(list.toVisit).toEqual([
      { input: 'https://www.linkedin.com/in/mara-lindqvist/', slug: 'mara-lindqvist', url: 'https://www.linkedin.com/in/mara-lindqvist/' },
      { input: 'linkedin.com/in/noor-van-dijk', slug: 'noor-van-dijk', url: 'https://www.linkedin.com/in/noor-van-dijk/' },
    ]);
    expect(list.duplicates).toEqual(['https://se.linkedin.com/in/Mara-Lindqvist']);
    expect(list.rejected).toEqual([{ input: 'https://www.linkedin.com/company/acme', reason: 'not-a-profile' }]);
  });

  test('keeps each person once, whatever the letter case or spelling', () => {
    const list = parseLoginList('Mona-Dev\nmona-dev\nhttps://github.com/MONA-DEV\n@ada-l');
    expect(list.logins).toEqual(['Mona-Dev', 'ada-l']);
    expect(list.duplicates).toEqual(['mona-dev', 'https://github.com/MONA-DEV']);
  });

  test('rejects what is not a person, saying why', () => {
    const list = parseLoginList(
      [
        'https://github.com/settings',
        'https://github.com/orgs/acme',
        'marketplace',
        'https://github.com/mona-dev/orbit-api',
        'https://gitlab.com/mona-dev',
        'bad_login',
        '-leading',
        'double--hyphen',
        'a'.repeat(40),
        'javascript:alert(1)',
      ].join('\n'),
    );
    expect(list.logins).toEqual([]);
    expect(list.rejected.map((r) => [r.input, r.reason])).toEqual([
      ['https://github.com/settings', 'reserved'],
      ['https://github.com/orgs/acme', 'reserved'],
      ['marketplace', 'reserved'],
      ['https://github.com/mona-dev/orbit-api', 'not-a-profile'],
      ['https://gitlab.com/mona-dev', 'not-github'],
      ['bad_login', 'invalid-login'],
      ['-leading', 'invalid-login'],
      ['double--hyphen', 'invalid-login'],
      ['a'.repeat(40), 'invalid-login'],
      ['javascript:alert(1)', 'not-github'],
    ]);
  });

  test('a list copied from a spreadsheet column, with quotes and blank lines, still reads', () => {
    expect(parseLoginList('"mona-dev"\n\n\n"ada-l"\n').logins).toEqual(['mona-dev', 'ada-l']);
  });

  test('an empty paste gives nothing and rejects nothing', () => {
    expect(parseLoginList('  \n , ;\t')).toEqual({ logins: [], rejected: [], duplicates: [], toVisit: [] });
  });

  test(`more than ${MAX_BULK_LOGINS} logins: the rest are rejected as over the limit`, () => {
    const text = Array.from({ length: MAX_BULK_LOGINS + 2 }, (_, i) => `user${i}`).join('\n');
    const list = parseLoginList(text);
    expect(list.logins).toHaveLength(MAX_BULK_LOGINS);
    expect(list.rejected).toEqual([
      { input: `user${MAX_BULK_LOGINS}`, reason: 'too-many' },
      { input: `user${MAX_BULK_LOGINS + 1}`, reason: 'too-many' },
    ]);
  });

  test('one item on its own', () => {
    expect(readLoginInput('https://github.com/mona-dev?tab=stars')).toEqual({ login: 'mona-dev' });
    expect(readLoginInput('github.com')).toEqual({ reason: 'not-a-profile' });
  });
});
