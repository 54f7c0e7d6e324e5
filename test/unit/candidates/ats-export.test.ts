import { describe, expect, it } from 'vitest';
import {
  ATS_HEADERS,
  EXPORT_FORMATS,
  atsCells,
  candidatesToExport,
  exportFileName,
  splitName,
  verdictSummary,
  type AtsFormat,
} from '../../../lib/candidates/ats-export';
import { candidatesToCsv } from '../../../lib/candidates/csv';
import { parseCsv } from '../../../lib/candidates/csv-parse';
import { PRESETS } from '../../../lib/matrix';
import { candidate, githubProfile, linkedinProfile, snapshot } from './fixtures';

const ANA = candidate({
  profiles: {
    github: githubProfile('ana-dev', { name: 'Ana María Silva', company: '@acme', website: 'https://ana.example.com/' }),
    linkedin: linkedinProfile('ana-silva'),
  },
  snapshot: snapshot({
    matrixId: 'backend-senior',
    overall: 72,
    verdict: 'possible',
    mustMissing: ['A SQL or NoSQL database'],
    requirements: [
      { id: 'primary-language', label: 'A primary backend language', priority: 'must', status: 'met' },
      { id: 'database', label: 'A SQL or NoSQL database', priority: 'must', status: 'missing' },
      { id: 'docker', label: 'Docker', priority: 'must', status: 'partial' },
    ],
  }),
  tags: ['remote', 'go'],
  notes: 'first call done',
  stage: 'screening',
});

const PENDING = candidate({
  profiles: { github: githubProfile('quiet-one', { name: 'Quiet One' }) },
  snapshot: snapshot({ overall: 12, verdict: 'insufficient', mustMissing: [], requirements: [] }),
});

const HOSTILE = candidate({
  profiles: { github: githubProfile('evil', { name: '=HYPERLINK("http://x","y")', company: '+cmd|calc' }) },
  tags: ['@SUM(A1)', '-2+3'],
  notes: '=1+1',
});

function rows(text: string): string[][] {
  return parseCsv(text);
}

describe('each ATS preset writes exactly its import template header row', () => {
  it('Greenhouse: the prospect import template', () => {
    const [header] = rows(candidatesToExport('greenhouse', [ANA]));
    expect(header).toEqual([
      'First Name', 'Last Name', 'Company', 'Title', 'Notes', 'Email', 'Phone', 'Social Media', 'Website', 'Address',
      'Source', 'Who gets credit', 'Job', 'Department', 'Office', 'Prospect Pool', 'Prospect Stage',
    ]);
  });

  it('Lever: the candidate import template, every heading kept', () => {
    const [header] = rows(candidatesToExport('lever', [ANA]));
    expect(header).toEqual([
      'Lever Profile ID', 'Full Name', 'Email', 'Date Added', 'Stage', 'Archive Reason', 'Archive Date', 'Sources', 'Origin', 'Tags',
      'Phone', 'Location', 'Links', 'Referrer', 'Resume Filename', 'Company', 'Owner', 'Lever Posting URL', 'Posting Owner', 'Posting Hiring Manager',
      'DateNote-0', 'UserNote-0', 'IsSecretNote-0', 'Note-0',
      'DateNote-1', 'UserNote-1', 'IsSecretNote-1', 'Note-1',
      'DateNote-2', 'UserNote-2', 'IsSecretNote-2', 'Note-2',
      'DateNote-3', 'UserNote-3', 'IsSecretNote-3', 'Note-3',
    ]);
  });

  it('Ashby: the candidate fields its bulk importer maps', () => {
    const [header] = rows(candidatesToExport('ashby', [ANA]));
    expect(header).toEqual(['Name', 'Email', 'Phone Number', 'LinkedIn URL', 'GitHub URL', 'Website', 'Location', 'Source', 'Credited To', 'Job', 'Notes']);
  });

  it('Workable: the data import columns', () => {
    const [header] = rows(candidatesToExport('workable', [ANA]));
    expect(header).toEqual(['Name', 'Email', 'Phone', 'Headline', 'Summary', 'Address', 'Skills', 'Tags', 'Social profiles', 'Source', 'Comments']);
  });

  it('an empty list still gives the header row, and every row is as wide as its header', () => {
    for (const format of ['greenhouse', 'lever', 'ashby', 'workable'] as AtsFormat[]) {
      expect(rows(candidatesToExport(format, []))).toEqual([[...ATS_HEADERS[format]]]);
      for (const c of [ANA, PENDING, HOSTILE]) expect(atsCells(format, c)).toHaveLength(ATS_HEADERS[format].length);
    }
  });

  it('ATS files carry no byte order mark and end every record with CRLF', () => {
    const text = candidatesToExport('greenhouse', [ANA]);
    expect(text.startsWith('First Name,')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
  });
});

describe('what goes in the columns', () => {
  function record(format: AtsFormat, c = ANA): Record<string, string> {
    const [header, row] = rows(candidatesToExport(format, [c], { matrices: PRESETS }));
    return Object.fromEntries(header!.map((h, i) => [h, row![i] ?? '']));
  }

  it('Greenhouse: names split, LinkedIn in Social Media, GitHub in Website, the summary in Notes', () => {
    const r = record('greenhouse');
    expect(r['First Name']).toBe('Ana');
    expect(r['Last Name']).toBe('María Silva');
    expect(r['Company']).toBe('acme');
    expect(r['Social Media']).toBe('https://www.linkedin.com/in/ana-silva/');
    expect(r['Website']).toBe('https://github.com/ana-dev');
    expect(r['Notes']).toContain('Possible match, score 72/100');
    expect(r['Notes']).toContain('A SQL or NoSQL database (missing)');
    expect(r['Notes']).toContain('Docker (only partly shown)');
  });

  it('Greenhouse: a GitHub-only person has GitHub in Social Media and the personal site in Website', () => {
    const gh = candidate({ profiles: { github: githubProfile('solo', { name: 'Solo Dev', website: 'https://solo.example/' }) } });
    const r = record('greenhouse', gh);
    expect(r['Social Media']).toBe('https://github.com/solo');
    expect(r['Website']).toBe('https://solo.example/');
  });

  it('Lever: sourced by Hirelens, links comma-and-space, tags comma only, the summary as the first note', () => {
    const r = record('lever');
    expect(r['Full Name']).toBe('Ana María Silva');
    expect(r['Origin']).toBe('Sourced');
    expect(r['Stage']).toBe('New Lead');
    expect(r['Sources']).toBe('Hirelens');
    expect(r['Tags']).toBe('remote,go');
    expect(r['Links']).toBe('https://github.com/ana-dev, https://www.linkedin.com/in/ana-silva/, https://ana.example.com/');
    expect(r['Note-0']).toContain('Hirelens verdict');
    expect(r['Note-1']).toBe('');
  });

  it('Ashby: each profile in its own URL column', () => {
    const r = record('ashby');
    expect(r['LinkedIn URL']).toBe('https://www.linkedin.com/in/ana-silva/');
    expect(r['GitHub URL']).toBe('https://github.com/ana-dev');
    expect(r['Website']).toBe('https://ana.example.com/');
    expect(r['Job']).toBe('Backend (senior)');
    expect(r['Notes']).toContain('Hirelens verdict');
  });

  it('Workable: profiles in Social profiles, the summary in Comments', () => {
    const r = record('workable');
    expect(r['Social profiles']).toContain('https://github.com/ana-dev');
    expect(r['Social profiles']).toContain('https://www.linkedin.com/in/ana-silva/');
    expect(r['Comments']).toContain('Hirelens verdict');
    expect(r['Tags']).toBe('remote, go');
  });
});

describe('the verdict summary', () => {
  it('names the label, score, gaps, top evidence, questions for the gaps, stage and the notes', () => {
    const text = verdictSummary(ANA, { matrices: PRESETS });
    expect(text).toMatch(/^Hirelens verdict for Backend \(senior\): Possible match, score 72\/100\./);
    expect(text).toContain('Gaps: A SQL or NoSQL database (missing); Docker (only partly shown).');
    expect(text).toContain('Top evidence: Python (strong, 80%); Docker (some, 40%).');
    expect(text).toMatch(/Ask: \(1\) .+\? \(2\) .+\?/);
    expect(text).toContain('Stage: Screening.');
    expect(text).toContain('Recruiter notes: first call done');
    expect(text).not.toContain('\n');
  });

  it('a person who could not be judged reads "pending", never a low number', () => {
    const text = verdictSummary(PENDING);
    expect(text).toContain('Not enough to judge, score pending');
    expect(text).not.toContain('12');
    // and the plain CSV says the same
    const [header, row] = parseCsv(candidatesToCsv([PENDING]).replace(/^\uFEFF/, ''));
    expect(row![header!.indexOf('score')]).toBe('pending');
  });

  it('without the matrix there are no questions, and nothing else is lost', () => {
    const text = verdictSummary(ANA);
    expect(text).not.toContain('Ask:');
    expect(text).toContain('Gaps:');
  });
});

describe('formula safety', () => {
  it('no cell in any preset starts a formula', () => {
    for (const format of EXPORT_FORMATS) {
      const text = candidatesToExport(format, [HOSTILE, ANA]).replace(/^\uFEFF/, '');
      for (const row of rows(text)) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it('neutralised, not removed: the text is still there behind a quote', () => {
    const r = rows(candidatesToExport('greenhouse', [HOSTILE]))[1]!;
    expect(r[0]).toBe(`'=HYPERLINK("http://x","y")`);
    expect(r[2]).toBe("'+cmd|calc");
  });
});

describe('the csv format is the existing export', () => {
  it('is byte for byte what candidatesToCsv writes', () => {
    expect(candidatesToExport('csv', [ANA, PENDING])).toBe(candidatesToCsv([ANA, PENDING]));
  });

  it('file names say the format and the date', () => {
    const d = new Date('2025-01-31T12:00:00Z');
    expect(exportFileName('csv', d)).toBe('hirelens-candidates-2025-01-31.csv');
    expect(exportFileName('greenhouse', d)).toBe('hirelens-greenhouse-2025-01-31.csv');
  });
});

describe('splitting a name', () => {
  it('first word and the rest', () => {
    expect(splitName('  Ana   María Silva ')).toEqual({ first: 'Ana', last: 'María Silva' });
    expect(splitName('mona-dev')).toEqual({ first: 'mona-dev', last: '' });
    expect(splitName('')).toEqual({ first: '', last: '' });
  });
});
