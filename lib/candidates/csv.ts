/**
 * The candidate list as CSV, pure.
 *
 * - RFC 4180: CRLF between records (and after the last); a field holding a
 *   comma, a double quote, CR or LF is wrapped in double quotes, with each
 *   double quote inside doubled.
 * - A UTF-8 byte order mark first, so Excel and LibreOffice read accented
 *   names as UTF-8 rather than as the system code page.
 * - Formula injection: a spreadsheet treats a cell that begins with `=`, `+`,
 *   `-` or `@` as a formula (and tab or carriage return can hide such a
 *   start), so any cell that begins with one of those six characters gets a
 *   single quote `'` put in front. The cell then shows as text, beginning
 *   with that quote; nothing is removed. (A name such as "-Ana-" therefore
 *   reads "'-Ana-".) Scores and dates never begin with them.
 * - Hidden characters: a right-to-left override (U+202E) and the other
 *   bidirectional controls, zero-width and other invisible format characters,
 *   and control characters other than tab and line breaks are removed from
 *   every cell (lib/safe-text.ts) before the formula check, so they can
 *   neither disguise a cell nor hide a formula's first character.
 */
import { scoreText } from './verdict';
import { roleNameOf } from './display';
import { STAGE_LABELS, type Candidate } from './schema';
import { stripInvisible } from '../safe-text';

export const CSV_HEADER = [
  'name',
  'GitHub URL',
  'LinkedIn URL',
  'role',
  'score',
  'seniority',
  'stage',
  'tags',
  'notes',
  'date saved',
  'met must-haves',
  'missing must-haves',
] as const;

export const CSV_BOM = '\uFEFF';
const CRLF = '\r\n';
const LIST_SEPARATOR = '; ';
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** A cell that cannot start a formula: `=1+1` → `'=1+1`. */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** One RFC 4180 field, formula-safe, without hidden characters. */
export function csvField(value: string): string {
  const cell = neutraliseFormula(stripInvisible(value));
  return NEEDS_QUOTES.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function csvRecord(fields: readonly string[]): string {
  return fields.map(csvField).join(',');
}

/** The cells of one candidate, in CSV_HEADER order, before quoting. "Date saved" is the last save or edit, as YYYY-MM-DD (UTC). */
export function candidateCells(c: Candidate, roleNames?: ReadonlyMap<string, string>): string[] {
  return [
    c.name,
    c.githubUrl ?? '',
    c.linkedinUrl ?? '',
    roleNameOf(c, roleNames),
    scoreText(c.snapshot),
    c.snapshot.band,
    STAGE_LABELS[c.stage],
    c.tags.join(LIST_SEPARATOR),
    c.notes,
    c.updatedAt.slice(0, 10),
    c.snapshot.mustMet.join(LIST_SEPARATOR),
    c.snapshot.mustMissing.join(LIST_SEPARATOR),
  ];
}

export interface CsvOptions {
  /** matrix id → name, for roles whose latest snapshot was scored against another matrix */
  roleNames?: ReadonlyMap<string, string>;
}

/** The whole file: BOM, header, one row per candidate, CRLF after every record. */
export function candidatesToCsv(candidates: readonly Candidate[], options: CsvOptions = {}): string {
  const lines = [csvRecord(CSV_HEADER)];
  for (const c of candidates) lines.push(csvRecord(candidateCells(c, options.roleNames)));
  return CSV_BOM + lines.join(CRLF) + CRLF;
}

/** `hirelens-candidates-2025-01-31.csv` */
export function csvFileName(date: Date): string {
  return `hirelens-candidates-${date.toISOString().slice(0, 10)}.csv`;
}
