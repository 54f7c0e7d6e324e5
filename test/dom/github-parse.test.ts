import { describe, expect, test } from 'vitest';
import { parseContributionsHeading } from '@/lib/extract/github-contributions';
import { parseGithubCount } from '@/lib/extract/github-count';
import { externalHttpUrl } from '@/lib/extract/github-links';
import { parseHoursAheadAttribute, parseUtcOffsetText } from '@/lib/extract/github-timezone';

describe('counts as GitHub abbreviates them', () => {
  test.each([
    ['0', 0],
    ['87', 87],
    ['1,234', 1234],
    ['1.2k', 1200],
    ['20.6K', 20600],
    ['3m', 3_000_000],
    ['1.5m', 1_500_000],
    ['  12.5k followers ', 12500],
    ['9 following', 9],
    ['14,872', 14872],
  ])('%j → %d', (text, expected) => {
    expect(parseGithubCount(text)).toBe(expected);
  });

  test.each([null, '', 'followers', '—'])('%j is no count', (text) => {
    expect(parseGithubCount(text)).toBeNull();
  });
});

describe('UTC offsets', () => {
  test.each([
    ['-3.0', -3],
    ['5.5', 5.5],
    ['0.0', 0],
    ['+9', 9],
    ['-9.5', -9.5],
    ['5.75', 5.75],
    ['14', 14],
  ])('data-hours-ahead-of-utc=%j → %d', (value, expected) => {
    expect(parseHoursAheadAttribute(value)).toBe(expected);
  });

  test.each([null, '', 'abc', '15', '-13', '3.3', '1e1'])('data-hours-ahead-of-utc=%j is no offset', (value) => {
    expect(parseHoursAheadAttribute(value)).toBeNull();
  });

  test.each([
    ['14:05 (UTC -03:00)', -3],
    ['22:35 UTC+05:30 - 8h ahead', 5.5],
    ['(UTC +05:45)', 5.75],
    ['UTC\u221208:00', -8],
    ['GMT+2', 2],
    ['10:00 (UTC)', 0],
    ['(UTC +00:00)', 0],
  ])('%j → %d', (text, expected) => {
    expect(parseUtcOffsetText(text)).toBe(expected);
  });

  test.each(['14:05', '3h behind', '8h ahead', 'UTC+15:00', 'UTC+05:99', ''])('%j is no offset', (text) => {
    expect(parseUtcOffsetText(text)).toBeNull();
  });
});

describe('the contributions heading', () => {
  test.each([
    ['1,234 contributions in the last year', 1234],
    ['\n  1,234\n  contributions\n  in the last year\n', 1234],
    ['1 contribution in the last year', 1],
    ['0 contributions in the last year', 0],
    ['No contributions in the last year', 0],
  ])('%j → %d', (text, expected) => {
    expect(parseContributionsHeading(text)).toBe(expected);
  });

  test.each(['56 contributions in 2019', 'Contribution activity', '', 'Loading…'])('%j is not the last year\'s count', (text) => {
    expect(parseContributionsHeading(text)).toBeNull();
  });
});

describe('outside links', () => {
  const page = 'https://github.com/mona-dev';
  test.each([
    ['https://mona.dev', 'https://mona.dev/'],
    ['http://kai.example', 'http://kai.example/'],
    ['mona.dev', 'https://mona.dev/'],
    ['www.linkedin.com/in/mona', 'https://www.linkedin.com/in/mona'],
  ])('%j → %j', (href, expected) => {
    expect(externalHttpUrl(href, page)).toBe(expected);
  });

  test.each(['javascript:alert(1)', 'data:text/html,x', 'mailto:a@b.c', '', 'not a link'])('%j is dropped', (href) => {
    expect(externalHttpUrl(href, page)).toBeNull();
  });
});
