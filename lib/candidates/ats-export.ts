/**
 * The candidate list as a spreadsheet an applicant tracking system (ATS) can
 * import, pure. Each preset writes exactly the header row of that system's
 * documented import template, the person's profile links in the columns the
 * system maps to social or website fields, and the verdict summary (label,
 * score, named gaps, top evidence, interview questions) in its notes column.
 *
 * Every cell goes through the CSV module's field quoting (RFC 4180, and a
 * leading `'` before a cell that a spreadsheet would read as a formula). The
 * ATS files carry no byte order mark: they are made for an importer, which
 * matches header names, and a mark in front of the first one can break that.
 * The plain `csv` format is the existing export, unchanged (BOM included).
 *
 * Where the column sets come from (read in each vendor's help centre; the
 * templates themselves are files behind a login, so the documented field
 * lists are what is followed, in the order the documentation gives them):
 *
 * - greenhouse: Greenhouse Support, "Bulk import prospects from spreadsheet":
 *   the prospect import template's default fields are First Name, Last Name,
 *   Company, Title, Notes, Email, Phone, Social Media, Website, Address,
 *   Source, Who gets credit, Job, Department, Office, Prospect Pool and
 *   Prospect Stage (pool and stage for CRM only); First and Last Name are
 *   required. A person read off a public profile has not applied, so the
 *   prospect template is the one that fits. (The candidate template of
 *   "Bulk import candidates from spreadsheet" requires a Job and is for
 *   active applicants.)
 * - lever: Lever Help Center, "How do I add multiple / import many
 *   candidates?" and "Bulk importing candidates with assistance from Lever
 *   Support": a CSV on Lever's template, every column heading preserved;
 *   Full name, Stage, Sources and Origin (one of Applied, Sourced, Referred,
 *   University, Internal, Agency) must be filled; links separated by a comma
 *   and a space, tags and sources by a comma without one; a note is made
 *   secret with "yes" in IsSecretNote. The full heading row below (Lever
 *   Profile ID … Note-3) is that template's, as public migration scripts that
 *   fill it also spell it. "Migrating your data (Self-Service)" adds that a
 *   blank Date Added defaults to the upload date.
 * - ashby: Ashby docs, "Self-serve Importing Candidates via Bulk Import" and
 *   "Bulk Import Options": the CSV importer maps columns to Ashby's candidate
 *   fields in a mapping step; the fields are those of Ashby's API reference
 *   "candidate.create" (Name, Email, Phone Number, LinkedIn URL, GitHub URL,
 *   Website, Location, Source, Credited To) plus the Job the candidate is
 *   considered for. Ashby says notes and long text fields are not imported by
 *   the bulk importer: the Notes column keeps the summary for a custom field
 *   or for a later notes import.
 * - workable: Workable Help Center, "Importing candidate data from
 *   spreadsheet" (name, contact details, internal comments, application
 *   source; do not add, remove or rename column headings) with the candidate
 *   fields of Workable's API reference "Update candidate" (headline, summary,
 *   address, phone, skills, tags, social profiles).
 */
import { skillName } from '../skills/lookup';
import { questionsFor } from '../scoring/interview';
import { strengthWord } from '../scoring/strength-words';
import { verdictWords } from '../summary/person-summary';
import type { Matrix } from '../matrix/schema';
import { candidatesToCsv, csvFileName, csvRecord } from './csv';
import { displayName, roleNameOf } from './display';
import { STAGE_LABELS, type Candidate, type ScoreSnapshot } from './schema';
import { scoreText, snapshotVerdict } from './verdict';

/** The export formats the Candidates view offers; `csv` is the default and Hirelens' own columns. */
export const EXPORT_FORMATS = ['csv', 'greenhouse', 'lever', 'ashby', 'workable'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export type AtsFormat = Exclude<ExportFormat, 'csv'>;

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** What a recruiter reads in the format picker. */
export const EXPORT_FORMAT_LABELS: Readonly<Record<ExportFormat, string>> = {
  csv: 'CSV (Hirelens columns)',
  greenhouse: 'Greenhouse (prospect import)',
  lever: 'Lever (candidate import)',
  ashby: 'Ashby (bulk import)',
  workable: 'Workable (data import)',
};

const LEVER_NOTE_COLUMNS = [0, 1, 2, 3].flatMap((i) => [`DateNote-${i}`, `UserNote-${i}`, `IsSecretNote-${i}`, `Note-${i}`]);

/** The header row of each ATS preset: exactly the vendor template's columns, in its order (sources above). */
export const ATS_HEADERS: Readonly<Record<AtsFormat, readonly string[]>> = {
  greenhouse: [
    'First Name',
    'Last Name',
    'Company',
    'Title',
    'Notes',
    'Email',
    'Phone',
    'Social Media',
    'Website',
    'Address',
    'Source',
    'Who gets credit',
    'Job',
    'Department',
    'Office',
    'Prospect Pool',
    'Prospect Stage',
  ],
  lever: [
    'Lever Profile ID',
    'Full Name',
    'Email',
    'Date Added',
    'Stage',
    'Archive Reason',
    'Archive Date',
    'Sources',
    'Origin',
    'Tags',
    'Phone',
    'Location',
    'Links',
    'Referrer',
    'Resume Filename',
    'Company',
    'Owner',
    'Lever Posting URL',
    'Posting Owner',
    'Posting Hiring Manager',
    ...LEVER_NOTE_COLUMNS,
  ],
  ashby: ['Name', 'Email', 'Phone Number', 'LinkedIn URL', 'GitHub URL', 'Website', 'Location', 'Source', 'Credited To', 'Job', 'Notes'],
  workable: ['Name', 'Email', 'Phone', 'Headline', 'Summary', 'Address', 'Skills', 'Tags', 'Social profiles', 'Source', 'Comments'],
};

/** The source name written where a template has one. */
export const EXPORT_SOURCE = 'Hirelens';

const STATUS_WORDS = { missing: 'missing', partial: 'only partly shown', unchecked: 'not checked' } as const;
const TOP_EVIDENCE = 5;
const MAX_QUESTIONS = 3;

export interface AtsExportOptions {
  /** matrix id → name, for roles whose latest snapshot was scored against another matrix */
  roleNames?: ReadonlyMap<string, string>;
  /** every matrix known (presets, the recruiter's own, shared), for the interview questions of each gap */
  matrices?: readonly Matrix[];
}

/** "solid, 62%": the panel's word for the strength (only strengths above 0 are listed) and the figure. */
function strengthWords(strength: number): string {
  return `${strengthWord(strength)}, ${Math.round(strength * 100)}%`;
}

/** The must-haves that are not met, in the matrix's order, with how they stand. */
function namedGaps(s: ScoreSnapshot): { id: string | null; label: string; status: keyof typeof STATUS_WORDS }[] {
  const rows = s.requirements.filter((r) => r.priority === 'must' && r.status !== 'met');
  if (rows.length > 0) return rows.map((r) => ({ id: r.id, label: r.label, status: r.status as keyof typeof STATUS_WORDS }));
  return s.mustMissing.map((label) => ({ id: null, label, status: 'missing' as const }));
}

function gapQuestions(s: ScoreSnapshot, gaps: ReturnType<typeof namedGaps>, matrices: readonly Matrix[] | undefined): string[] {
  const matrix = matrices?.find((m) => m.id === s.matrixId);
  if (!matrix) return [];
  const out: string[] = [];
  for (const gap of gaps) {
    const req = matrix.requirements.find((r) => r.id === gap.id);
    if (!req) continue;
    const fresh = questionsFor(req, { skill: null }).find((q) => !out.includes(q.text));
    if (fresh) out.push(fresh.text);
    if (out.length >= MAX_QUESTIONS) break;
  }
  return out;
}

/**
 * The verdict summary an ATS note carries, on one line: the label and score
 * ("pending" when there was not enough to judge), the role, the named gaps,
 * the strongest evidence, interview questions for the gaps, the stage and the
 * recruiter's own notes.
 */
export function verdictSummary(c: Candidate, options: AtsExportOptions = {}): string {
  const s = c.snapshot;
  const verdict = snapshotVerdict(s);
  const score = scoreText(s);
  const parts: string[] = [];
  const scorePart = score === 'pending' ? 'score pending' : `score ${score}/100`;
  parts.push(`Hirelens verdict for ${roleNameOf(c, options.roleNames)}: ${verdictWords(verdict)}, ${scorePart}${s.provisional ? ' (provisional: some must-haves not checked)' : ''}.`);
  if (s.band !== 'unknown') parts.push(`Seniority: ${s.band}.`);
  const gaps = namedGaps(s);
  if (gaps.length > 0) parts.push(`Gaps: ${gaps.map((g) => `${g.label} (${STATUS_WORDS[g.status]})`).join('; ')}.`);
  const top = [...s.skills].filter((k) => k.strength > 0).sort((a, b) => b.strength - a.strength).slice(0, TOP_EVIDENCE);
  if (top.length > 0) parts.push(`Top evidence: ${top.map((k) => `${skillName(k.skill)} (${strengthWords(k.strength)})`).join('; ')}.`);
  const questions = gapQuestions(s, gaps, options.matrices);
  if (questions.length > 0) parts.push(`Ask: ${questions.map((q, i) => `(${i + 1}) ${q}`).join(' ')}`);
  parts.push(`Stage: ${STAGE_LABELS[c.stage]}. Scored ${s.date.slice(0, 10)}.`);
  if (c.notes.trim()) parts.push(`Recruiter notes: ${c.notes.trim()}`);
  return parts.join(' ');
}

/** First name and last name from a display name: the first word, and the rest. */
export function splitName(full: string): { first: string; last: string } {
  const words = full.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { first: '', last: '' };
  return { first: words[0]!, last: words.slice(1).join(' ') };
}

interface PersonFacts {
  name: string;
  company: string;
  title: string;
  location: string;
  website: string;
  skills: string[];
}

function factsOf(c: Candidate): PersonFacts {
  const gh = c.profiles.github;
  const li = c.profiles.linkedin;
  const current = li?.experience.find((e) => e.end === null);
  const company = (current?.company ?? gh?.company ?? '').replace(/^@/, '').trim();
  const title = current?.title ?? c.headline ?? '';
  const skills = [...c.snapshot.skills].sort((a, b) => b.strength - a.strength).slice(0, 10).map((k) => skillName(k.skill));
  return { name: displayName(c), company, title: title.trim(), location: c.location ?? '', website: gh?.website ?? '', skills };
}

/** The person's profile links, GitHub first. */
function links(c: Candidate, facts: PersonFacts): string[] {
  return [c.githubUrl, c.linkedinUrl, facts.website].filter((u): u is string => Boolean(u));
}

function greenhouseRow(c: Candidate, o: AtsExportOptions): string[] {
  const f = factsOf(c);
  const { first, last } = splitName(f.name);
  // Social Media takes the LinkedIn profile (else GitHub), Website the GitHub profile (else the personal site)
  const social = c.linkedinUrl ?? c.githubUrl ?? '';
  const website = c.linkedinUrl ? (c.githubUrl ?? f.website) : f.website;
  return [first, last, f.company, f.title, verdictSummary(c, o), '', '', social, website, f.location, '', '', roleNameOf(c, o.roleNames), '', '', '', ''];
}

function leverRow(c: Candidate, o: AtsExportOptions): string[] {
  const f = factsOf(c);
  const notes = ['', '', '', verdictSummary(c, o)];
  return [
    '',
    f.name,
    '',
    '',
    'New Lead',
    '',
    '',
    EXPORT_SOURCE,
    'Sourced',
    c.tags.join(','),
    '',
    f.location,
    links(c, f).join(', '),
    '',
    '',
    f.company,
    '',
    '',
    '',
    '',
    ...notes,
    ...Array.from({ length: LEVER_NOTE_COLUMNS.length - notes.length }, () => ''),
  ];
}

function ashbyRow(c: Candidate, o: AtsExportOptions): string[] {
  const f = factsOf(c);
  return [f.name, '', '', c.linkedinUrl ?? '', c.githubUrl ?? '', f.website, f.location, EXPORT_SOURCE, '', roleNameOf(c, o.roleNames), verdictSummary(c, o)];
}

function workableRow(c: Candidate, o: AtsExportOptions): string[] {
  const f = factsOf(c);
  return [f.name, '', '', f.title, '', f.location, f.skills.join(', '), c.tags.join(', '), links(c, f).join(', '), EXPORT_SOURCE, verdictSummary(c, o)];
}

const ROWS: Readonly<Record<AtsFormat, (c: Candidate, o: AtsExportOptions) => string[]>> = {
  greenhouse: greenhouseRow,
  lever: leverRow,
  ashby: ashbyRow,
  workable: workableRow,
};

const CRLF = '\r\n';

/** The cells of one candidate in an ATS preset, before quoting, in ATS_HEADERS order. */
export function atsCells(format: AtsFormat, c: Candidate, options: AtsExportOptions = {}): string[] {
  return ROWS[format](c, options);
}

/** The whole file in the chosen format: header row, one row per candidate, CRLF after every record. */
export function candidatesToExport(format: ExportFormat, candidates: readonly Candidate[], options: AtsExportOptions = {}): string {
  if (format === 'csv') return candidatesToCsv(candidates, options.roleNames ? { roleNames: options.roleNames } : {});
  const lines = [csvRecord(ATS_HEADERS[format])];
  for (const c of candidates) lines.push(csvRecord(atsCells(format, c, options)));
  return lines.join(CRLF) + CRLF;
}

/** `hirelens-candidates-2025-01-31.csv`, or `hirelens-greenhouse-2025-01-31.csv` for a preset. */
export function exportFileName(format: ExportFormat, date: Date): string {
  return format === 'csv' ? csvFileName(date) : `hirelens-${format}-${date.toISOString().slice(0, 10)}.csv`;
}

