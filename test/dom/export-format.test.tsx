import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { CandidatesView, type CandidatesViewProps } from '@/components/candidates/CandidatesView';
import { ATS_HEADERS, candidatesToExport } from '@/lib/candidates/ats-export';
import { parseCsv } from '@/lib/candidates/csv-parse';
import type { Candidate } from '@/lib/candidates/schema';
import { PRESETS } from '@/lib/matrix';
import { candidate, githubProfile, snapshot } from '../unit/candidates/fixtures';
import { candidatesViewProps } from '../support/candidates-view-props';

afterEach(cleanup);

const ANA = candidate({ profiles: { github: githubProfile('ana-dev', { name: 'Ana Silva' }) }, snapshot: snapshot({ overall: 81 }) });
const QUIET = candidate({ profiles: { github: githubProfile('quiet', { name: 'Quiet One' }) }, snapshot: snapshot({ overall: 9, verdict: 'insufficient' }) });

function props(overrides: Partial<CandidatesViewProps> = {}): CandidatesViewProps {
  return candidatesViewProps([ANA, QUIET], { viewportHeight: 600, ...overrides });
}

describe('the export format beside "export CSV"', () => {
  it('offers csv (chosen), greenhouse, lever, ashby and workable', () => {
    render(<CandidatesView {...props()} />);
    const select = screen.getByTestId('export-format') as HTMLSelectElement;
    expect(select.tagName).toBe('SELECT');
    expect([...select.options].map((o) => o.value)).toEqual(['csv', 'greenhouse', 'lever', 'ashby', 'workable']);
    expect(select.value).toBe('csv');
    // beside the button, in the same toolbar
    expect(select.parentElement).toBe(screen.getByTestId('export-csv').parentElement);
  });

  it('with csv chosen the button exports as before: the shown list, no format', () => {
    const p = props();
    render(<CandidatesView {...p} />);
    fireEvent.click(screen.getByTestId('export-csv'));
    expect(p.onExportCsv).toHaveBeenCalledWith([ANA, QUIET]);
  });

  it('the button downloads in the chosen format', () => {
    const p = props();
    render(<CandidatesView {...p} />);
    fireEvent.change(screen.getByTestId('export-format'), { target: { value: 'greenhouse' } });
    expect((screen.getByTestId('export-format') as HTMLSelectElement).value).toBe('greenhouse');
    expect(screen.getByTestId('export-csv').dataset.format).toBe('greenhouse');
    fireEvent.click(screen.getByTestId('export-csv'));
    expect(p.onExportCsv).toHaveBeenLastCalledWith([ANA, QUIET], 'greenhouse');

    fireEvent.change(screen.getByTestId('export-format'), { target: { value: 'workable' } });
    fireEvent.click(screen.getByTestId('export-csv'));
    expect(p.onExportCsv).toHaveBeenLastCalledWith([ANA, QUIET], 'workable');
  });

  it('only the shown candidates go out when the list is searched', () => {
    const p = props();
    render(<CandidatesView {...p} />);
    fireEvent.change(screen.getByTestId('candidate-search'), { target: { value: 'ana' } });
    fireEvent.change(screen.getByTestId('export-format'), { target: { value: 'lever' } });
    fireEvent.click(screen.getByTestId('export-csv'));
    expect(p.onExportCsv).toHaveBeenLastCalledWith([ANA], 'lever');
  });

  it('what the panel then writes: the Greenhouse header row, and "pending" for a person who could not be judged', () => {
    let exported: readonly Candidate[] = [];
    render(<CandidatesView {...props({ onExportCsv: (list) => (exported = list) })} />);
    fireEvent.change(screen.getByTestId('export-format'), { target: { value: 'greenhouse' } });
    fireEvent.click(screen.getByTestId('export-csv'));
    const rows = parseCsv(candidatesToExport('greenhouse', exported, { matrices: PRESETS }));
    expect(rows[0]).toEqual([...ATS_HEADERS.greenhouse]);
    const notes = rows[0]!.indexOf('Notes');
    expect(rows.find((r) => r[0] === 'Quiet')![notes]).toContain('score pending');
  });
});
