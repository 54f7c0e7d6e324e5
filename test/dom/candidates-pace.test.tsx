/**
 * Thirty profiles an afternoon: compact rows (score and label, name, the stage
 * changed in place, the missing must-haves named, quick or deep, pending as
 * pending), several rows selected for one action (stage, tag, compare, export,
 * delete with undo), and the keyboard.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { CandidatesView, type CandidatesViewProps } from '@/components/candidates/CandidatesView';
import { Nav } from '@/components/Nav';
import type { Candidate } from '@/lib/candidates/schema';
import { candidate, githubProfile, snapshot } from '../unit/candidates/fixtures';
import { candidatesViewProps } from '../support/candidates-view-props';

afterEach(cleanup);

const ANA = candidate({
  profiles: { github: githubProfile('ana-dev', { name: 'Ana Silva' }) },
  snapshot: snapshot({ overall: 81, verdict: 'strong', mustMissing: [] }),
  stage: 'screening',
});
const ZOE = candidate({
  profiles: { github: githubProfile('zoe-k', { name: 'Zoë Kowalski' }) },
  snapshot: snapshot({
    overall: 52,
    verdict: 'possible',
    mustMissing: ['REST API design'],
    examined: { github: 'quick', repos: 4, deepRepos: 0, githubStopped: false, linkedin: false, linkedinExperience: false },
  }),
  tags: ['remote'],
});
const QUIET = candidate({ profiles: { github: githubProfile('quiet', { name: 'Quiet One' }) }, snapshot: snapshot({ overall: 9, verdict: 'insufficient', mustMissing: [] }) });

function props(overrides: Partial<CandidatesViewProps> = {}): CandidatesViewProps {
  return candidatesViewProps([ANA, ZOE, QUIET], { onRestore: vi.fn(async () => {}), viewportHeight: 600, ...overrides });
}

function row(c: Candidate): HTMLElement {
  const found = screen.getAllByTestId('candidate-row').find((el) => el.dataset.id === c.id);
  if (!found) throw new Error(`no row ${c.id}`);
  return found;
}

function select(...cs: Candidate[]) {
  for (const c of cs) fireEvent.click(within(row(c)).getByTestId('compare-select'));
}

describe('a compact row', () => {
  it('shows score and label, the missing must-haves by name, quick or deep, and pending as pending', () => {
    render(<CandidatesView {...props()} />);
    const zoe = within(row(ZOE));
    expect(zoe.getByTestId('candidate-score').textContent).toContain('52');
    expect(zoe.getByTestId('candidate-verdict').textContent).toBe('possible match');
    expect(zoe.getByTestId('candidate-missing').textContent).toBe('Missing: REST API design');
    expect(zoe.getByTestId('candidate-depth').dataset.depth).toBe('quick');
    expect(within(row(ANA)).getByTestId('candidate-depth').dataset.depth).toBe('deep');
    const quiet = row(QUIET);
    expect(quiet.dataset.score).toBeUndefined();
    expect(within(quiet).getByTestId('candidate-score').textContent).toContain('pending');
    expect(within(quiet).getByTestId('candidate-score').className).toContain('tone-none');
  });

  it('changes the stage in the row itself', async () => {
    const p = props();
    render(<CandidatesView {...p} />);
    fireEvent.change(within(row(ZOE)).getByTestId('candidate-stage'), { target: { value: 'contacted' } });
    await waitFor(() => expect(p.onUpdate).toHaveBeenCalledWith(ZOE.id, { stage: 'contacted' }));
  });

  it('starts at the top of the view: the list comes before the data controls', () => {
    render(<CandidatesView {...props()} />);
    const view = screen.getByTestId('candidates-view');
    const list = screen.getByTestId('candidate-list');
    const data = view.querySelector('.cand-data')!;
    expect(list.compareDocumentPosition(data) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.queryByTestId('bulk-input')).toBeNull();
  });
});

describe('several rows at once', () => {
  it('sets a stage and adds a tag to every selected row, and says so', async () => {
    const p = props();
    render(<CandidatesView {...p} />);
    select(ANA, ZOE);
    expect(screen.getByTestId('batch-bar').dataset.count).toBe('2');
    fireEvent.change(screen.getByTestId('batch-stage'), { target: { value: 'technical-interview' } });
    fireEvent.click(screen.getByTestId('batch-stage-apply'));
    await waitFor(() => expect(p.onUpdate).toHaveBeenCalledTimes(2));
    expect(p.onUpdate).toHaveBeenCalledWith(ANA.id, { stage: 'technical-interview' });
    expect(p.onUpdate).toHaveBeenCalledWith(ZOE.id, { stage: 'technical-interview' });
    expect((await screen.findByTestId('batch-status')).textContent).toContain('2');

    fireEvent.change(screen.getByTestId('batch-tag'), { target: { value: 'shortlist' } });
    fireEvent.click(screen.getByTestId('batch-tag-apply'));
    await waitFor(() => expect(p.onUpdate).toHaveBeenCalledTimes(4));
    expect(p.onUpdate).toHaveBeenCalledWith(ZOE.id, { tags: ['remote', 'shortlist'] });
  });

  it('exports only the selected rows, in the chosen format', () => {
    const p = props();
    render(<CandidatesView {...p} />);
    select(QUIET, ANA);
    fireEvent.click(screen.getByTestId('export-selected'));
    expect(p.onExportCsv).toHaveBeenLastCalledWith([ANA, QUIET]);
    fireEvent.change(screen.getByTestId('export-format'), { target: { value: 'lever' } });
    fireEvent.click(screen.getByTestId('export-selected'));
    expect(p.onExportCsv).toHaveBeenLastCalledWith([ANA, QUIET], 'lever');
  });

  it('deletes the selected rows and puts them back on Undo', async () => {
    const p = props();
    render(<CandidatesView {...p} />);
    select(ZOE, QUIET);
    fireEvent.click(screen.getByTestId('batch-delete'));
    await waitFor(() => expect(p.onDelete).toHaveBeenCalledTimes(2));
    fireEvent.click(await screen.findByTestId('batch-undo'));
    await waitFor(() => expect(p.onRestore).toHaveBeenCalledWith([ZOE, QUIET]));
  });

  it('select all takes every row shown', () => {
    render(<CandidatesView {...props()} />);
    fireEvent.click(screen.getByTestId('select-all'));
    expect(screen.getByTestId('batch-bar').dataset.count).toBe('3');
  });
});

describe('the keyboard', () => {
  it('moves with ↓/↑, opens with Enter, selects with Space, and S goes to the stage', () => {
    const p = props();
    render(<CandidatesView {...p} />);
    const first = row(ANA);
    expect(first.tabIndex).toBe(0);
    expect(row(ZOE).tabIndex).toBe(-1);
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(row(ZOE).tabIndex).toBe(0);
    expect(document.activeElement).toBe(row(ZOE));
    fireEvent.keyDown(row(ZOE), { key: 'Enter' });
    expect(p.onOpenProfile).toHaveBeenCalledWith('https://github.com/zoe-k');
    fireEvent.keyDown(row(ZOE), { key: ' ' });
    expect(screen.getByTestId('batch-bar').dataset.count).toBe('1');
    fireEvent.keyDown(row(ZOE), { key: 's' });
    expect(document.activeElement).toBe(within(row(ZOE)).getByTestId('candidate-stage'));
    fireEvent.keyDown(row(ZOE), { key: 'ArrowUp' });
    expect(document.activeElement).toBe(row(ANA));
  });

  it('leaves keys typed into a field alone', () => {
    render(<CandidatesView {...props()} />);
    fireEvent.keyDown(within(row(ANA)).getByTestId('candidate-stage'), { key: 'ArrowDown' });
    expect(row(ANA).tabIndex).toBe(0);
  });
});

describe('the tabs', () => {
  it('offer Bulk as its own view, and move with the arrow keys', () => {
    const onChange = vi.fn();
    render(<Nav view="candidates" onChange={onChange} />);
    expect(screen.getAllByRole('tab').map((t) => t.dataset.testid)).toEqual(['nav-profile', 'nav-candidates', 'nav-bulk', 'nav-roles']);
    fireEvent.click(screen.getByTestId('nav-bulk'));
    expect(onChange).toHaveBeenLastCalledWith('bulk');
    fireEvent.keyDown(screen.getByTestId('nav-candidates'), { key: 'ArrowRight' });
    expect(onChange).toHaveBeenLastCalledWith('bulk');
    expect(screen.getByTestId('nav-candidates').getAttribute('aria-selected')).toBe('true');
  });
});
