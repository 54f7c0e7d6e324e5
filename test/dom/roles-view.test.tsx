import { afterEach, describe, expect, it, vi } from 'vitest';
import { useState } from 'react';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { RolesView, type RolesViewProps } from '@/components/roles/RolesView';
import { PRESETS, exportMatrices, parseMatrixImport, presetById, type Matrix } from '@/lib/matrix';

afterEach(cleanup);

function ownMatrix(): Matrix {
  const junior = presetById('backend-junior');
  if (!junior) throw new Error('the junior preset is missing');
  return { ...structuredClone(junior), id: 'my-backend', name: 'My backend role', basedOn: 'backend-junior' };
}

function props(overrides: Partial<RolesViewProps> = {}): RolesViewProps {
  return {
    matrices: [...PRESETS, ownMatrix()],
    activeId: 'backend-senior',
    onSelect: vi.fn(),
    onSave: vi.fn(async () => ({ ok: true as const })),
    onDuplicate: vi.fn(),
    onDelete: vi.fn(),
    onImport: vi.fn(async () => ({ ok: true as const, count: 0 })),
    onExport: vi.fn(),
    onRestorePresets: vi.fn(),
    ...overrides,
  };
}

function item(id: string): HTMLElement {
  const found = screen.getAllByTestId('matrix-item').find((el) => el.dataset.id === id);
  if (!found) throw new Error(`no matrix item ${id}`);
  return found;
}

describe('the matrix list', () => {
  it('lists the presets first, marked read-only, then the recruiter’s own', () => {
    render(<RolesView {...props()} />);
    const ids = screen.getAllByTestId('matrix-item').map((el) => el.dataset.id);
    expect(ids).toEqual(['backend-junior', 'backend-mid', 'backend-senior', 'my-backend']);
    expect(item('backend-mid').dataset.preset).toBe('true');
    expect(item('my-backend').dataset.preset).toBe('false');
    expect(within(item('my-backend')).getByText('My backend role')).toBeTruthy();
  });

  it('duplicating a preset asks for a copy of that preset', () => {
    const p = props();
    render(<RolesView {...p} />);
    fireEvent.click(within(item('backend-mid')).getByTestId('matrix-duplicate'));
    expect(p.onDuplicate).toHaveBeenCalledTimes(1);
    expect(p.onDuplicate).toHaveBeenCalledWith('backend-mid');
  });

  it('choosing a matrix reports its id', () => {
    const p = props();
    render(<RolesView {...p} />);
    fireEvent.click(within(item('my-backend')).getByTestId('matrix-select'));
    expect(p.onSelect).toHaveBeenCalledWith('my-backend');
  });

  it('deletes one of the recruiter’s matrices only after confirmation, and never offers it for presets', () => {
    const p = props();
    render(<RolesView {...p} />);
    expect(within(item('backend-senior')).queryByTestId('matrix-delete')).toBeNull();
    fireEvent.click(within(item('my-backend')).getByTestId('matrix-delete'));
    expect(p.onDelete).not.toHaveBeenCalled();
    fireEvent.click(within(item('my-backend')).getByTestId('matrix-delete-confirm'));
    expect(p.onDelete).toHaveBeenCalledWith('my-backend');
  });
});

describe('a preset', () => {
  it('is shown read-only: no field to edit and no save, only “Duplicate to edit”', () => {
    const p = props({ activeId: 'backend-senior' });
    render(<RolesView {...p} />);
    expect(screen.queryByTestId('matrix-name-input')).toBeNull();
    expect(screen.queryByTestId('matrix-save')).toBeNull();
    expect(screen.queryAllByTestId('requirement-editor')).toHaveLength(0);
    expect(screen.queryByTestId('requirement-add')).toBeNull();
    const readonly = screen.getByTestId('matrix-readonly');
    expect(readonly.dataset.id).toBe('backend-senior');
    expect(readonly.querySelectorAll('input, select, textarea')).toHaveLength(0);
    expect(readonly.querySelectorAll('[data-requirement]').length).toBe(presetById('backend-senior')?.requirements.length);
    fireEvent.click(within(readonly).getByTestId('preset-duplicate'));
    expect(p.onDuplicate).toHaveBeenCalledWith('backend-senior');
  });

  it('opens the recruiter’s own matrix in the editor', () => {
    render(<RolesView {...props({ activeId: 'my-backend' })} />);
    expect((screen.getByTestId('matrix-name-input') as HTMLInputElement).value).toBe('My backend role');
    expect(screen.getAllByTestId('requirement-editor').map((el) => el.dataset.requirement)).toEqual(ownMatrix().requirements.map((r) => r.id));
  });
});

describe('accessibility', () => {
  it('labels every field of the editor and import, and names every button', () => {
    render(<RolesView {...props({ activeId: 'my-backend' })} />);
    const view = screen.getByTestId('roles-view');
    const controls = [...view.querySelectorAll<HTMLElement>('input, select, textarea')];
    expect(controls.length).toBeGreaterThan(50);
    const unlabelled = controls.filter((el) => !(el.id && view.querySelector(`label[for="${el.id}"]`)?.textContent?.trim()) && !el.getAttribute('aria-label'));
    expect(unlabelled.map((el) => el.outerHTML)).toEqual([]);
    const nameless = [...view.querySelectorAll('button')].filter((b) => !b.getAttribute('aria-label') && !b.textContent?.trim());
    expect(nameless).toEqual([]);
  });
});

describe('export and restore', () => {
  it('exports the recruiter’s own matrices, or just the open one', () => {
    const p = props({ activeId: 'backend-mid' });
    render(<RolesView {...p} />);
    fireEvent.click(screen.getByTestId('matrix-export'));
    expect(p.onExport).toHaveBeenLastCalledWith(['my-backend']);
    fireEvent.click(screen.getByTestId('matrix-export-active'));
    expect(p.onExport).toHaveBeenLastCalledWith(['backend-mid']);
  });

  it('offers no export of “my matrices” while there are none', () => {
    render(<RolesView {...props({ matrices: [...PRESETS] })} />);
    expect((screen.getByTestId('matrix-export') as HTMLButtonElement).disabled).toBe(true);
  });

  it('restores the presets on request', () => {
    const p = props();
    render(<RolesView {...p} />);
    fireEvent.click(screen.getByTestId('restore-presets'));
    expect(p.onRestorePresets).toHaveBeenCalledTimes(1);
  });
});

/** The view wired to the real import parser, the way the panel wires it to the store. */
function ImportHarness() {
  const [matrices, setMatrices] = useState<Matrix[]>([...PRESETS]);
  return (
    <RolesView
      {...props({
        matrices,
        onImport: async (text) => {
          const parsed = parseMatrixImport(text);
          if (!parsed.ok) return parsed;
          setMatrices((old) => [...old, ...parsed.matrices]);
          return { ok: true, count: parsed.matrices.length };
        },
      })}
    />
  );
}

function chooseFile(text: string) {
  const file = new File([text], 'matrices.json', { type: 'application/json' });
  fireEvent.change(screen.getByTestId('matrix-import-input'), { target: { files: [file] } });
}

describe('import', () => {
  it('a bad file shows the error naming the field and changes nothing', async () => {
    render(<ImportHarness />);
    const bad = JSON.parse(exportMatrices([ownMatrix()])) as { matrices: { requirements: { priority: string }[] }[] };
    const first = bad.matrices[0]?.requirements[2];
    if (!first) throw new Error('fixture has no third requirement');
    first.priority = 'essential';
    chooseFile(JSON.stringify(bad));
    const error = await screen.findByTestId('matrix-error');
    expect(error.dataset.source).toBe('import');
    expect(error.textContent).toContain('matrices[0].requirements[2].priority');
    expect(screen.getAllByTestId('matrix-item')).toHaveLength(PRESETS.length);
    expect(screen.queryByTestId('matrix-import-result')).toBeNull();
  });

  it('a good file adds its matrices and says how many', async () => {
    render(<ImportHarness />);
    chooseFile(exportMatrices([ownMatrix()]));
    const result = await screen.findByTestId('matrix-import-result');
    expect(result.dataset.count).toBe('1');
    expect(result.textContent).toContain('1');
    expect(screen.getAllByTestId('matrix-item').map((el) => el.dataset.id)).toContain('my-backend');
    expect(screen.queryByTestId('matrix-error')).toBeNull();
  });

  it('pasted JSON that is not JSON is refused with a message', async () => {
    render(<ImportHarness />);
    fireEvent.change(screen.getByTestId('matrix-import-text'), { target: { value: '{ not json' } });
    fireEvent.click(screen.getByTestId('matrix-import-paste'));
    const error = await screen.findByTestId('matrix-error');
    expect(error.textContent).toContain('not JSON');
    await waitFor(() => expect((screen.getByTestId('matrix-import-text') as HTMLTextAreaElement).value).toBe('{ not json'));
    expect(screen.getAllByTestId('matrix-item')).toHaveLength(PRESETS.length);
  });
});
