import { describe, expect, test } from 'vitest';
import { CSV_HEADER, candidatesToCsv, csvField, neutraliseFormula } from '../../../lib/candidates/csv';
import { CsvParseError, parseCsv } from '../../../lib/candidates/csv-parse';
import { candidate, githubProfile, linkedinProfile, snapshot } from './fixtures';

const ana = candidate(
  {
    profiles: {
      github: githubProfile('anas'),
      linkedin: linkedinProfile('ana-silva', { name: 'Ana "The Hammer" Silva, PhD' }),
    },
    tags: ['python', 'remote'],
    notes: 'Line one\nLine two, with comma',
    stage: 'technical-interview',
    snapshot: snapshot({ mustMet: ['Python', 'REST'], mustMissing: ['PostgreSQL'] }),
  },
  '2025-03-14T16:30:00.000Z',
);
const hostile = candidate({
  profiles: { github: githubProfile('evil', { name: '=HYPERLINK("https://evil.example","click")' }) },
  tags: ['+1', '@SUM(A1:A9)'],
  notes: '-2+3',
  snapshot: snapshot({ mustMet: [], mustMissing: [], overall: 5, band: 'junior' }),
});

describe('CSV export', () => {
  const text = candidatesToCsv([ana, hostile]);

  test('starts with a BOM and ends every record with CRLF', () => {
    expect(text.startsWith('\uFEFFname,GitHub URL,LinkedIn URL,role,score,seniority,stage,tags,notes,date saved,met must-haves,missing must-haves\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    // the only bare LF is the one inside the quoted notes
    expect(text.replace(/\r\n/g, '').split('\n')).toHaveLength(2);
  });

  test('one row per candidate with the columns a recruiter reads', () => {
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([...CSV_HEADER]);
    expect(rows).toHaveLength(3);
    const row = Object.fromEntries(CSV_HEADER.map((h, i) => [h, rows[1]![i]]));
    expect(row).toEqual({
      name: 'Ana "The Hammer" Silva, PhD',
      'GitHub URL': 'https://github.com/anas',
      'LinkedIn URL': 'https://www.linkedin.com/in/ana-silva/',
      role: 'Backend (senior)',
      score: '72',
      seniority: 'senior',
      stage: 'Technical interview',
      tags: 'python; remote',
      notes: 'Line one\nLine two, with comma',
      'date saved': '2025-03-14',
      'met must-haves': 'Python; REST',
      'missing must-haves': 'PostgreSQL',
    });
  });

  test('quotes are doubled inside quoted fields', () => {
    expect(text).toContain('"Ana ""The Hammer"" Silva, PhD"');
  });

  test('cells that a spreadsheet would run as formulas are neutralised with a leading quote', () => {
    const row = parseCsv(text)[2]!;
    expect(row[0]).toBe(`'=HYPERLINK("https://evil.example","click")`);
    expect(row[7]).toBe(`'+1; @SUM(A1:A9)`);
    expect(row[8]).toBe(`'-2+3`);
    for (const cell of parseCsv(text).flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  test.each([
    ['=1+1', "'=1+1"],
    ['+33 6 12', "'+33 6 12"],
    ['-x', "'-x"],
    ['@cmd', "'@cmd"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['a=1', 'a=1'],
    ['', ''],
  ])('neutraliseFormula(%j) → %j', (input, output) => {
    expect(neutraliseFormula(input)).toBe(output);
  });

  test('a neutralised cell with a carriage return is still quoted', () => {
    expect(csvField('\r=1')).toBe(`"'\r=1"`);
  });

  test('an empty list is just the header', () => {
    expect(parseCsv(candidatesToCsv([]))).toEqual([[...CSV_HEADER]]);
  });
});

describe('the RFC 4180 reader', () => {
  test('reads quoted fields, empty fields and bare LF', () => {
    expect(parseCsv('a,"b,c",\n"",x\r\n')).toEqual([
      ['a', 'b,c', ''],
      ['', 'x'],
    ]);
  });

  test('refuses malformed quoting', () => {
    expect(() => parseCsv('"open')).toThrow(CsvParseError);
    expect(() => parseCsv('a"b')).toThrow(CsvParseError);
    expect(() => parseCsv('"a"b')).toThrow(CsvParseError);
  });
});
