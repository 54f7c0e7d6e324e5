import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { isDuration, monthNumber, parseDateRange, parsePartialDate } from '../../../lib/extract/dates';

describe('parseDateRange: the date line under a role', () => {
  test.each([
    // English
    ['Jan 2020 - Present · 4 yrs 2 mos', '2020-01', null, true],
    ['2018 - 2020', '2018', '2020', false],
    ['Sep 2019 – Mar 2022 · 2 yrs 7 mos', '2019-09', '2022-03', false],
    ['March 2015 - June 2016', '2015-03', '2016-06', false],
    ['Jan 2020 - Present 4 years 2 months', '2020-01', null, true],
    ['2016 - present', '2016', null, true],
    // German
    ['Mar 2021 – Heute', '2021-03', null, true],
    ['Mai 2019 – Dez. 2021 · 2 J. 8 Mon.', '2019-05', '2021-12', false],
    ['Mär. 2021 – Heute · 3 J. 9 Mon.', '2021-03', null, true],
    ['Okt. 2016 – Sept. 2019', '2016-10', '2019-09', false],
    ['Juni 2018 - Februar 2020', '2018-06', '2020-02', false],
    // French
    ['janv. 2019 - aujourd’hui', '2019-01', null, true],
    ["févr. 2019 - août 2019 · 7 mois", '2019-02', '2019-08', false],
    ["déc. 2020 - Aujourd'hui · 4 ans", '2020-12', null, true],
    ['juil. 2015 - juin 2017 · 2 ans', '2015-07', '2017-06', false],
    // Spanish
    ['ene. 2020 - actualidad', '2020-01', null, true],
    ['ago. 2017 - dic. 2019 · 2 años 5 meses', '2017-08', '2019-12', false],
    ['sept. 2021 - la actualidad', '2021-09', null, true],
    ['abr 2018 - Presente', '2018-04', null, true],
    // Portuguese
    ['jan. de 2020 - o momento', '2020-01', null, true],
    ['fev. de 2018 - out. de 2019 · 1 ano 9 meses', '2018-02', '2019-10', false],
    ['set 2022 - Atual', '2022-09', null, true],
    ['dez. de 2016 - mai. de 2018', '2016-12', '2018-05', false],
  ])('%s', (line, start, end, current) => {
    expect(parseDateRange(line)).toEqual({ start, end, current });
  });

  test('a single year or month reads as both start and end', () => {
    expect(parseDateRange('2019')).toEqual({ start: '2019', end: '2019', current: false });
    expect(parseDateRange('Mar 2023')).toEqual({ start: '2023-03', end: '2023-03', current: false });
  });

  test.each([
    'Full-time · 4 yrs',
    'Northwind Payments · Full-time',
    'Stockholm, Sweden · Hybrid',
    'Built the 2020 - 2021 migration of our billing service',
    'Since 2019 I lead the team',
    'Issued Apr 2022',
    'Foo 2020 - Bar 2021',
    '',
    '2020 - sometime',
    '13/2020',
  ])('is not a date line: %s', (line) => {
    expect(parseDateRange(line)).toBeNull();
  });

  test('never throws and gives only YYYY or YYYY-MM dates on any text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const range = parseDateRange(text);
        if (range === null) return true;
        return [range.start, range.end].every((d) => d === null || /^\d{4}(-(0[1-9]|1[0-2]))?$/.test(d));
      }),
    );
  });

  test('reads any month and year written as LinkedIn writes them', () => {
    const english = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1960, max: 2030 }), (m, y) => {
        const mm = String(m + 1).padStart(2, '0');
        return parseDateRange(`${english[m]} ${y} - Present · 1 yr`)?.start === `${y}-${mm}`;
      }),
    );
  });
});

describe('month names in five languages', () => {
  test.each([
    ['janvier', 1], ['Februar', 2], ['março', 3], ['März', 3], ['avr.', 4], ['Mai', 5], ['juin', 6],
    ['julho', 7], ['août', 8], ['set.', 9], ['out.', 10], ['Okt.', 10], ['noviembre', 11], ['dic.', 12], ['Dez', 12], ['ene', 1],
  ])('%s is month %d', (name, n) => {
    expect(monthNumber(name)).toBe(n);
  });

  test('an unknown word is no month', () => {
    expect(monthNumber('Heute')).toBeNull();
  });
});

describe('parsePartialDate', () => {
  test('numeric month/year and "de" in Portuguese', () => {
    expect(parsePartialDate('03/2021')).toBe('2021-03');
    expect(parsePartialDate('abr. de 2019')).toBe('2019-04');
    expect(parsePartialDate('0/2021')).toBeNull();
  });
});

describe('isDuration: lengths of time are not companies', () => {
  test.each(['4 yrs 2 mos', '1 yr', '2 J. 8 Mon.', '5 ans 11 mois', '3 años', '1 ano 9 meses', '7 mos'])('%s', (text) => {
    expect(isDuration(text)).toBe(true);
  });
  test.each(['Acme', 'Full-time', '3M Company', '2020'])('not %s', (text) => {
    expect(isDuration(text)).toBe(false);
  });
});
