import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { CandidatesView, type CandidatesViewProps } from '@/components/candidates/CandidatesView';
import type { Candidate, Stage } from '@/lib/candidates/schema';
import { presetById } from '@/lib/matrix';
import { candidate, githubProfile, snapshot } from '../unit/candidates/fixtures';
import { candidatesViewProps } from '../support/candidates-view-props';

afterEach(cleanup);

function person(login: string, name: string, score: number, extra: { stage?: Stage; tags?: string[]; notes?: string; roleId?: string } = {}): Candidate {
  const roleId = extra.roleId ?? 'backend-senior';
  return candidate({
    profiles: { github: githubProfile(login, { name }) },
    snapshot: snapshot({ overall: score, matrixId: roleId }),
    roleId,
    stage: extra.stage ?? 'sourced',
    tags: extra.tags ?? [],
    notes: extra.notes ?? '',
  });
}

const ANA = person('ana-dev', 'Ana Silva', 81, { stage: 'screening', tags: ['remote'], notes: 'first call done' });
const ZOE = person('zoe-k', 'Zoë Kowalski', 64, { tags: ['remote'] });
const BJORN = person('bjorn', 'Bjørn Haddad', 37);
const MEI = person('mei', 'Mei Sato', 55);
const OMAR = person('omar', 'Omar Okafor', 45);

function props(overrides: Partial<CandidatesViewProps> = {}): CandidatesViewProps {
  return candidatesViewProps([ANA, ZOE, BJORN, MEI, OMAR], { now: () => new Date('2025-06-01T12:00:00.000Z'), ...overrides });
}

function row(id: string): HTMLElement {
  const found = screen.getAllByTestId('candidate-row').find((el) => el.dataset.id === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
}

describe('editing a candidate inline', () => {
  it('expanding a row shows its stage, tags and notes; saving sends only what changed', async () => {
    const p = props();
    render(<CandidatesView {...p} />);
    const toggle = within(row(ANA.id)).getByTestId('candidate-edit');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const editor = within(row(ANA.id));
    expect((editor.getByTestId('edit-stage') as HTMLSelectElement).value).toBe('screening');
    expect((editor.getByTestId('edit-tags') as HTMLInputElement).value).toBe('remote');
    expect((editor.getByTestId('edit-notes') as HTMLTextAreaElement).value).toBe('first call done');
    expect((editor.getByTestId('edit-save') as HTMLButtonElement).disabled).toBe(true); // nothing changed yet

    fireEvent.change(editor.getByTestId('edit-stage'), { target: { value: 'technical-interview' } });
    fireEvent.change(editor.getByTestId('edit-tags'), { target: { value: 'remote, go ,  shortlist' } });
    fireEvent.click(editor.getByTestId('edit-save'));
    await waitFor(() => expect(p.onUpdate).toHaveBeenCalledTimes(1));
    expect(p.onUpdate).toHaveBeenCalledWith(ANA.id, { stage: 'technical-interview', tags: ['remote', 'go', 'shortlist'] });
    expect(await editor.findByTestId('edit-status')).toBeTruthy();
  });

  it('shows the error when saving fails', async () => {
    const p = props({ onUpdate: vi.fn(async () => Promise.reject(new Error('The disk is full'))) });
    render(<CandidatesView {...p} />);
    fireEvent.click(within(row(ZOE.id)).getByTestId('candidate-edit'));
    fireEvent.change(screen.getByTestId('edit-notes'), { target: { value: 'call on Monday' } });
    fireEvent.click(screen.getByTestId('edit-save'));
    const status = await screen.findByTestId('edit-status');
    expect(status.getAttribute('role')).toBe('alert');
    expect(status.textContent).toContain('The disk is full');
  });

  it('deletes one candidate only after the confirmation, and a cancel keeps it', async () => {
    const p = props();
    render(<CandidatesView {...p} />);
    fireEvent.click(within(row(BJORN.id)).getByTestId('candidate-edit'));
    fireEvent.click(screen.getByTestId('candidate-delete'));
    expect(p.onDelete).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('candidate-delete-cancel'));
    expect(p.onDelete).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('candidate-delete'));
    fireEvent.click(screen.getByTestId('candidate-delete-confirm'));
    await waitFor(() => expect(p.onDelete).toHaveBeenCalledWith(BJORN.id));
    expect(p.onDelete).toHaveBeenCalledTimes(1);
  });
});

describe('erasing everything', () => {
  it('needs the number of stored records typed before it erases', async () => {
    const p = props({ skipped: [{ id: 'gh:broken', reason: 'stage: expected one of …' }] });
    render(<CandidatesView {...p} />);
    fireEvent.click(screen.getByTestId('erase-all'));
    expect(p.onEraseAll).not.toHaveBeenCalled();
    const confirm = screen.getByTestId('erase-all-confirm') as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.change(screen.getByTestId('erase-all-input'), { target: { value: '5' } }); // 5 readable + 1 skipped = 6
    expect(confirm.disabled).toBe(true);
    fireEvent.click(confirm);
    expect(p.onEraseAll).not.toHaveBeenCalled();
    fireEvent.change(screen.getByTestId('erase-all-input'), { target: { value: '6' } });
    expect(confirm.disabled).toBe(false);
    fireEvent.click(confirm);
    await waitFor(() => expect(p.onEraseAll).toHaveBeenCalledTimes(1));
  });

  it('cancel closes the confirmation without erasing', () => {
    const p = props();
    render(<CandidatesView {...p} />);
    fireEvent.click(screen.getByTestId('erase-all'));
    fireEvent.click(screen.getByTestId('erase-all-cancel'));
    expect(screen.queryByTestId('erase-all-input')).toBeNull();
    expect(p.onEraseAll).not.toHaveBeenCalled();
  });
});

describe('exporting CSV', () => {
  it('exports every candidate when nothing is filtered, in the list order', () => {
    const p = props();
    render(<CandidatesView {...p} />);
    const button = screen.getByTestId('export-csv');
    expect(button.dataset.scope).toBe('all');
    fireEvent.click(button);
    expect(p.onExportCsv).toHaveBeenCalledWith([ANA, ZOE, MEI, OMAR, BJORN]);
  });

  it('exports the rows shown when the list is searched or filtered', () => {
    const p = props();
    render(<CandidatesView {...p} />);
    fireEvent.change(screen.getByTestId('filter-tag'), { target: { value: 'remote' } });
    const button = screen.getByTestId('export-csv');
    expect(button.dataset.scope).toBe('shown');
    expect(button.dataset.count).toBe('2');
    fireEvent.click(button);
    expect(p.onExportCsv).toHaveBeenCalledWith([ANA, ZOE]);
  });
});

describe('backup', () => {
  it('export asks for the backup', () => {
    const p = props();
    render(<CandidatesView {...p} />);
    fireEvent.click(screen.getByTestId('export-backup'));
    expect(p.onExportBackup).toHaveBeenCalledTimes(1);
  });

  const PREVIEW = {
    exportedAt: '2025-05-30T10:00:00.000Z',
    candidates: {
      added: 3,
      merged: 2,
      unchanged: 1,
      conflicts: [
        { id: ANA.id, field: 'stage' as const, kept: 'screening', incoming: 'offer' },
        { id: ZOE.id, field: 'notes' as const, kept: 'a\n\nb', incoming: 'b' },
      ],
    },
    roles: { added: ['Platform'], alreadyThere: ['Data'] },
    datesClamped: 1,
    settingsNotRestored: true,
  };

  it('choosing a file shows what it would change; only Confirm writes, and then the report shows what was done', async () => {
    const confirm = vi.fn(async () => ({ ok: true as const, merged: 2, added: 3, unchanged: 1, conflicts: PREVIEW.candidates.conflicts }));
    const onPrepareImport = vi.fn(async () => ({ ok: true as const, preview: PREVIEW, confirm }));
    render(<CandidatesView {...props({ onPrepareImport })} />);
    const file = new File(['{"format":"hirelens-backup"}'], 'backup.json', { type: 'application/json' });
    fireEvent.change(screen.getByTestId('import-backup'), { target: { files: [file] } });
    const preview = await screen.findByTestId('import-preview');
    expect(onPrepareImport).toHaveBeenCalledWith('{"format":"hirelens-backup"}');
    expect(within(preview).getByTestId('import-candidates').textContent).toBe('Candidates: 3 new, 2 updated, 1 unchanged.');
    expect(within(preview).getByTestId('import-roles').textContent).toBe('Roles: 1 to add (Platform); 1 already here, not added again (Data).');
    expect(within(preview).getByTestId('import-dates-clamped').dataset.count).toBe('1');
    expect(within(preview).getByTestId('import-settings-refused').textContent).toMatch(/Settings in the file are not restored/);
    const differences = within(preview).getAllByTestId('import-preview-conflict');
    expect(differences[0]!.textContent).toBe('Ana Silva — stage: yours is kept (Screening); the file says Offer');
    expect(confirm).not.toHaveBeenCalled();
    expect(screen.queryByTestId('import-report')).toBeNull();

    fireEvent.click(within(preview).getByTestId('import-confirm'));
    const report = await screen.findByTestId('import-report');
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(screen.queryByTestId('import-preview')).toBeNull();
    expect(within(report).getByTestId('import-merged').textContent).toBe('2');
    expect(within(report).getByTestId('import-added').textContent).toBe('3');
    expect(within(report).getByTestId('import-conflict-count').textContent).toBe('2');
    const conflicts = within(report).getAllByTestId('import-conflict');
    expect(conflicts.map((c) => [c.dataset.id, c.dataset.field])).toEqual([
      [ANA.id, 'stage'],
      [ZOE.id, 'notes'],
    ]);
    expect(conflicts[0]!.textContent).toContain('Ana Silva');
    expect(conflicts[0]!.textContent).toContain('offer');
  });

  it('Cancel drops the file without writing', async () => {
    const confirm = vi.fn(async () => ({ ok: true as const, merged: 0, added: 3, conflicts: [] }));
    render(<CandidatesView {...props({ onPrepareImport: vi.fn(async () => ({ ok: true as const, preview: PREVIEW, confirm })) })} />);
    fireEvent.change(screen.getByTestId('import-backup'), { target: { files: [new File(['{}'], 'b.json')] } });
    fireEvent.click(await screen.findByTestId('import-cancel'));
    expect(screen.queryByTestId('import-preview')).toBeNull();
    expect(screen.getByTestId('import-cancelled').textContent).toBe('Import cancelled: nothing was changed.');
    expect(confirm).not.toHaveBeenCalled();
  });

  it('shows the error naming the field when the file is refused', async () => {
    const onPrepareImport = vi.fn(async () => ({ ok: false as const, error: 'candidates[3].stage: expected one of sourced, …' }));
    render(<CandidatesView {...props({ onPrepareImport })} />);
    fireEvent.change(screen.getByTestId('import-backup'), { target: { files: [new File(['{}'], 'b.json')] } });
    const error = await screen.findByTestId('import-error');
    expect(error.textContent).toContain('candidates[3].stage');
    expect(screen.queryByTestId('import-preview')).toBeNull();
    expect(screen.queryByTestId('import-report')).toBeNull();
  });
});

describe('re-scoring all', () => {
  it('re-scores against the matrix chosen', async () => {
    const p = props();
    render(<CandidatesView {...p} />);
    expect((screen.getByTestId('rescore-matrix') as HTMLSelectElement).value).toBe('backend-senior');
    fireEvent.change(screen.getByTestId('rescore-matrix'), { target: { value: 'backend-junior' } });
    fireEvent.click(screen.getByTestId('rescore-all'));
    await waitFor(() => expect(p.onRescoreAll).toHaveBeenCalledWith('backend-junior'));
    expect(await screen.findByTestId('rescore-status')).toBeTruthy();
  });
});

describe('comparing candidates', () => {
  it('opens for two, shows requirements as rows and one column per candidate', async () => {
    render(<CandidatesView {...props()} />);
    const open = screen.getByTestId('compare-open') as HTMLButtonElement;
    expect(open.disabled).toBe(true);
    fireEvent.click(within(row(ANA.id)).getByTestId('compare-select'));
    expect(open.disabled).toBe(true);
    fireEvent.click(within(row(BJORN.id)).getByTestId('compare-select'));
    expect(open.disabled).toBe(false);
    fireEvent.click(open);

    // the comparison loads on demand
    const table = await screen.findByTestId('compare-table');
    expect(table.dataset.matrix).toBe('backend-senior');
    const senior = presetById('backend-senior')!;
    expect(within(table).getAllByTestId('compare-row').map((r) => r.dataset.requirement)).toEqual(senior.requirements.map((r) => r.id));
    expect(within(table).getAllByTestId('compare-column').map((c) => c.dataset.id)).toEqual([ANA.id, BJORN.id]);
    // both have the same cached evidence (Python at 0.8): the language row is met for both, the database row for neither
    const cells = (id: string) => {
      const r = within(table).getAllByTestId('compare-row').find((el) => el.dataset.requirement === id)!;
      return within(r).getAllByTestId('compare-cell').map((c) => c.dataset.status);
    };
    expect(cells('primary-language')).toEqual(['met', 'met']);
    expect(cells('database')).toEqual(['missing', 'missing']);
  });

  it('re-scores the columns against another matrix from their cached evidence', async () => {
    render(<CandidatesView {...props()} />);
    fireEvent.click(within(row(ANA.id)).getByTestId('compare-select'));
    fireEvent.click(within(row(ZOE.id)).getByTestId('compare-select'));
    fireEvent.click(screen.getByTestId('compare-open'));
    fireEvent.change(await screen.findByTestId('compare-matrix'), { target: { value: 'backend-junior' } });
    const table = screen.getByTestId('compare-table');
    expect(table.dataset.matrix).toBe('backend-junior');
    // the fixture's evidence is Python at 0.8: the junior language row is met for both
    const language = within(table).getAllByTestId('compare-row').find((r) => r.dataset.requirement === 'primary-language')!;
    expect(within(language).getAllByTestId('compare-cell').map((c) => c.dataset.status)).toEqual(['met', 'met']);
    const database = within(table).getAllByTestId('compare-row').find((r) => r.dataset.requirement === 'database')!;
    expect(within(database).getAllByTestId('compare-cell').map((c) => c.dataset.status)).toEqual(['missing', 'missing']);
    fireEvent.click(screen.getByTestId('compare-close'));
    expect(screen.queryByTestId('compare-table')).toBeNull();
  });

  it('takes two to four: a fifth selected row is for the other batch actions, not for comparing', async () => {
    render(<CandidatesView {...props()} />);
    for (const c of [ANA, ZOE, MEI, OMAR, BJORN]) fireEvent.click(within(row(c.id)).getByTestId('compare-select'));
    expect(screen.getByTestId('compare-open').dataset.count).toBe('5');
    expect((screen.getByTestId('compare-open') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(within(row(BJORN.id)).getByTestId('compare-select'));
    expect(screen.getByTestId('compare-open').dataset.count).toBe('4');
    fireEvent.click(screen.getByTestId('compare-open'));
    expect(within(await screen.findByTestId('compare-table')).getAllByTestId('compare-column')).toHaveLength(4);
  });

  it('uses the same bounds as the comparison itself', async () => {
    const compare = await import('@/lib/evaluation/compare');
    const bar = await import('@/components/candidates/BatchBar');
    expect([bar.COMPARE_MIN, bar.COMPARE_MAX]).toEqual([compare.COMPARE_MIN, compare.COMPARE_MAX]);
  });
});

describe('records that could not be read', () => {
  it('says how many were skipped and why', () => {
    render(<CandidatesView {...props({ skipped: [{ id: 'gh:old', reason: 'snapshot.overall: expected a number' }, { id: 'li:x', reason: 'stage: expected one of …' }] })} />);
    const notice = screen.getByTestId('skipped-notice');
    expect(notice.dataset.count).toBe('2');
    const items = within(notice).getAllByTestId('skipped-item');
    expect(items.map((i) => i.dataset.id)).toEqual(['gh:old', 'li:x']);
    expect(items[0]!.textContent).toContain('snapshot.overall: expected a number');
  });

  it('shows no notice when every record was read', () => {
    render(<CandidatesView {...props()} />);
    expect(screen.queryByTestId('skipped-notice')).toBeNull();
  });
});

describe('keyboard and labels', () => {
  it('gives every control in the view an accessible name', () => {
    render(<CandidatesView {...props()} />);
    fireEvent.click(within(row(ANA.id)).getByTestId('candidate-edit'));
    const view = screen.getByTestId('candidates-view');
    const controls = view.querySelectorAll('input, select, textarea, button');
    expect(controls.length).toBeGreaterThan(20);
    for (const el of controls) {
      const id = el.getAttribute('id');
      const labelled =
        (el.getAttribute('aria-label') ?? '').trim() !== '' ||
        el.closest('label') !== null ||
        (id !== null && view.querySelector(`label[for="${CSS.escape(id)}"]`) !== null) ||
        (el.tagName === 'BUTTON' && (el.textContent ?? '').trim() !== '');
      expect(labelled, `${el.tagName} ${el.getAttribute('data-testid') ?? ''}`).toBe(true);
    }
  });

  it('Escape closes an open editor', () => {
    render(<CandidatesView {...props()} />);
    fireEvent.click(within(row(ANA.id)).getByTestId('candidate-edit'));
    fireEvent.keyDown(screen.getByTestId('edit-notes'), { key: 'Escape' });
    expect(screen.queryByTestId('candidate-editor')).toBeNull();
  });
});
