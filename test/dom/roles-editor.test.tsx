import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { RolesView, type RolesViewProps } from '@/components/roles/RolesView';
import { Matrix, PRESETS, presetById, type MatrixInput } from '@/lib/matrix';

afterEach(cleanup);

function ownMatrix(): Matrix {
  const junior = presetById('backend-junior');
  if (!junior) throw new Error('the junior preset is missing');
  return { ...structuredClone(junior), id: 'my-backend', name: 'My backend role', basedOn: 'backend-junior' };
}

type SaveFn = RolesViewProps['onSave'];

function renderEditor(onSave: SaveFn = vi.fn<SaveFn>(async () => ({ ok: true }))) {
  render(
    <RolesView
      matrices={[...PRESETS, ownMatrix()]}
      activeId="my-backend"
      onSelect={vi.fn()}
      onSave={onSave}
      onDuplicate={vi.fn()}
      onDelete={vi.fn()}
      onImport={vi.fn(async () => ({ ok: true as const, count: 0 }))}
      onExport={vi.fn()}
      onRestorePresets={vi.fn()}
    />,
  );
  return onSave;
}

function row(id: string): HTMLElement {
  const found = screen.getAllByTestId('requirement-editor').find((el) => el.dataset.requirement === id);
  if (!found) throw new Error(`no requirement row ${id}`);
  return found;
}

const order = () => screen.getAllByTestId('requirement-editor').map((el) => el.dataset.requirement);

/** The matrix the last save handed over, checked against the schema the store uses. */
function lastSaved(onSave: ReturnType<typeof vi.fn<SaveFn>>): Matrix {
  const arg: MatrixInput | undefined = onSave.mock.lastCall?.[0];
  const parsed = Matrix.safeParse(arg);
  if (!parsed.success) throw new Error(`saved matrix fails the schema: ${parsed.error.message}`);
  return parsed.data;
}

async function save() {
  fireEvent.click(screen.getByTestId('matrix-save'));
  await waitFor(() => expect((screen.getByTestId('matrix-save') as HTMLButtonElement).disabled).toBe(false));
}

describe('editing and saving', () => {
  it('a changed priority is saved as a matrix that passes the schema', async () => {
    const onSave = vi.fn<SaveFn>(async () => ({ ok: true }));
    renderEditor(onSave);
    fireEvent.change(within(row('database')).getByTestId('requirement-priority'), { target: { value: 'nice' } });
    expect(screen.getByTestId('matrix-save-status').textContent).toBe('rolesUnsaved');
    await save();
    expect(onSave).toHaveBeenCalledTimes(1);
    const saved = lastSaved(onSave);
    expect(saved.id).toBe('my-backend');
    expect(saved.requirements.find((r) => r.id === 'database')?.priority).toBe('nice');
    expect(saved.requirements.find((r) => r.id === 'primary-language')?.priority).toBe('must');
    expect(screen.getByTestId('matrix-save-status').textContent).toBe('rolesSaved');
  });

  it('saves the name, weight, minimum strength and a custom experience band', async () => {
    const onSave = vi.fn<SaveFn>(async () => ({ ok: true }));
    renderEditor(onSave);
    fireEvent.change(screen.getByTestId('matrix-name-input'), { target: { value: 'Platform engineer' } });
    fireEvent.change(within(row('git')).getByTestId('requirement-weight'), { target: { value: '2.5' } });
    fireEvent.change(within(row('git')).getByTestId('requirement-min-strength'), { target: { value: '0.6' } });
    fireEvent.change(screen.getByTestId('matrix-band'), { target: { value: 'custom' } });
    fireEvent.change(screen.getByTestId('matrix-band-min'), { target: { value: '3' } });
    fireEvent.change(screen.getByTestId('matrix-band-max'), { target: { value: '' } });
    fireEvent.change(screen.getByTestId('matrix-band-level'), { target: { value: 'senior' } });
    await save();
    const saved = lastSaved(onSave);
    expect(saved.name).toBe('Platform engineer');
    const git = saved.requirements.find((r) => r.id === 'git');
    expect(git?.weight).toBe(2.5);
    expect(git && 'minStrength' in git ? git.minStrength : null).toBe(0.6);
    expect(saved.experienceBand).toEqual({ minYears: 3, maxYears: null, band: 'senior' });
  });

  it('shows the error the store returns and keeps the edits', async () => {
    const onSave = vi.fn<SaveFn>(async () => ({ ok: false, error: 'name: already taken' }));
    renderEditor(onSave);
    fireEvent.change(screen.getByTestId('matrix-name-input'), { target: { value: 'Taken' } });
    await save();
    expect(screen.getByTestId('matrix-error').textContent).toBe('name: already taken');
    expect((screen.getByTestId('matrix-name-input') as HTMLInputElement).value).toBe('Taken');
    expect(screen.getByTestId('matrix-name-input').getAttribute('aria-invalid')).toBe('true');
  });
});

describe('validation before saving', () => {
  it('a weight of 0 is refused with an error naming the field, and nothing is saved', async () => {
    const onSave = vi.fn<SaveFn>(async () => ({ ok: true }));
    renderEditor(onSave);
    const index = ownMatrix().requirements.findIndex((r) => r.id === 'git');
    const weight = within(row('git')).getByTestId('requirement-weight');
    fireEvent.change(weight, { target: { value: '0' } });
    fireEvent.click(screen.getByTestId('matrix-save'));
    const error = await screen.findByTestId('matrix-error');
    expect(error.textContent).toContain(`requirements[${index}].weight`);
    expect(error.textContent).toContain('weight above 0');
    expect(weight.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(weight);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('a cleared weight is refused as not a number', async () => {
    const onSave = vi.fn<SaveFn>(async () => ({ ok: true }));
    renderEditor(onSave);
    fireEvent.change(within(row('framework')).getByTestId('requirement-weight'), { target: { value: '' } });
    fireEvent.click(screen.getByTestId('matrix-save'));
    expect((await screen.findByTestId('matrix-error')).textContent).toMatch(/^requirements\[1\]\.weight: expected a number/);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('a custom band whose maximum is below its minimum is refused naming experienceBand.maxYears', async () => {
    const onSave = vi.fn<SaveFn>(async () => ({ ok: true }));
    renderEditor(onSave);
    fireEvent.change(screen.getByTestId('matrix-band'), { target: { value: 'custom' } });
    fireEvent.change(screen.getByTestId('matrix-band-min'), { target: { value: '6' } });
    fireEvent.change(screen.getByTestId('matrix-band-max'), { target: { value: '3' } });
    fireEvent.click(screen.getByTestId('matrix-save'));
    expect((await screen.findByTestId('matrix-error')).textContent).toContain('experienceBand.maxYears');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('a new skill requirement without skills is refused naming its anyOf', async () => {
    const onSave = vi.fn<SaveFn>(async () => ({ ok: true }));
    renderEditor(onSave);
    const count = ownMatrix().requirements.length;
    fireEvent.click(screen.getByTestId('requirement-add'));
    fireEvent.click(screen.getByTestId('matrix-save'));
    expect((await screen.findByTestId('matrix-error')).textContent).toContain(`requirements[${count}].anyOf`);
    expect(onSave).not.toHaveBeenCalled();
  });
});

describe('skills', () => {
  it('typing the alias “Postgres” picks postgresql', async () => {
    const onSave = vi.fn<SaveFn>(async () => ({ ok: true }));
    renderEditor(onSave);
    fireEvent.click(screen.getByTestId('requirement-add'));
    const added = screen.getAllByTestId('requirement-editor').at(-1);
    if (!added) throw new Error('no row was added');
    const input = within(added).getByTestId('skill-input');
    fireEvent.change(input, { target: { value: 'Postgres' } });
    expect(within(added).getAllByTestId('skill-option')[0]?.dataset.skill).toBe('postgresql');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(within(added).getAllByTestId('skill-chip').map((c) => c.dataset.skill)).toEqual(['postgresql']);
    expect((input as HTMLInputElement).value).toBe('');
    await save();
    const saved = lastSaved(onSave);
    const last = saved.requirements.at(-1);
    expect(last && 'anyOf' in last ? last.anyOf : null).toEqual(['postgresql']);
  });

  it('a suggestion can be picked with the arrow keys', () => {
    renderEditor();
    const input = within(row('rest-api')).getByTestId('skill-input');
    fireEvent.change(input, { target: { value: 'kube' } });
    const options = within(row('rest-api')).getAllByTestId('skill-option');
    expect(options.map((o) => o.dataset.skill)).toContain('kubernetes');
    const target = options.findIndex((o) => o.dataset.skill === 'kubernetes');
    for (let i = 0; i <= target; i++) fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).toBe(options[target]?.id);
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(within(row('rest-api')).getAllByTestId('skill-chip').map((c) => c.dataset.skill)).toEqual(['rest', 'kubernetes']);
  });

  it('an unknown skill is refused and nothing is added', () => {
    renderEditor();
    const input = within(row('git')).getByTestId('skill-input');
    fireEvent.change(input, { target: { value: 'Frobnicator' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(within(row('git')).getAllByTestId('skill-chip').map((c) => c.dataset.skill)).toEqual(['git']);
    expect(within(row('git')).getByRole('status').textContent).toContain('Frobnicator');
  });

  it('a chip’s remove button takes the skill out', async () => {
    const onSave = vi.fn<SaveFn>(async () => ({ ok: true }));
    renderEditor(onSave);
    const chip = within(row('cloud'))
      .getAllByTestId('skill-chip')
      .find((c) => c.dataset.skill === 'gcp');
    if (!chip) throw new Error('no gcp chip');
    fireEvent.click(within(chip).getByRole('button'));
    await save();
    const cloud = lastSaved(onSave).requirements.find((r) => r.id === 'cloud');
    expect(cloud && 'anyOf' in cloud ? cloud.anyOf : null).toEqual(['aws', 'azure']);
  });
});

describe('rows', () => {
  it('move up and down reorder the requirements, keep focus on the moved row, and save in the new order', async () => {
    const onSave = vi.fn<SaveFn>(async () => ({ ok: true }));
    renderEditor(onSave);
    const before = ownMatrix().requirements.map((r) => r.id);
    fireEvent.click(within(row('database')).getByTestId('requirement-move-up'));
    expect(order().slice(0, 3)).toEqual(['primary-language', 'database', 'framework']);
    await waitFor(() => expect(row('database').contains(document.activeElement)).toBe(true));
    fireEvent.click(within(row('primary-language')).getByTestId('requirement-move-down'));
    expect(order().slice(0, 3)).toEqual(['database', 'primary-language', 'framework']);
    expect((within(row('database')).getByTestId('requirement-move-up') as HTMLButtonElement).disabled).toBe(true);
    await save();
    const saved = lastSaved(onSave).requirements.map((r) => r.id);
    expect(saved.slice(0, 3)).toEqual(['database', 'primary-language', 'framework']);
    expect([...saved].sort()).toEqual([...before].sort());
  });

  it('removes a requirement', async () => {
    const onSave = vi.fn<SaveFn>(async () => ({ ok: true }));
    renderEditor(onSave);
    fireEvent.click(within(row('docker')).getByTestId('requirement-remove'));
    expect(order()).not.toContain('docker');
    await save();
    expect(lastSaved(onSave).requirements.map((r) => r.id)).not.toContain('docker');
  });

  it('adds a working-hours overlap requirement with the team’s time zone', async () => {
    const onSave = vi.fn<SaveFn>(async () => ({ ok: true }));
    renderEditor(onSave);
    fireEvent.change(screen.getByTestId('requirement-kind'), { target: { value: 'timezone' } });
    fireEvent.click(screen.getByTestId('requirement-add'));
    const added = screen.getAllByTestId('requirement-editor').at(-1);
    if (!added) throw new Error('no row was added');
    expect(added.dataset.kind).toBe('timezone');
    fireEvent.change(within(added).getByTestId('requirement-team-offset'), { target: { value: '-5' } });
    fireEvent.change(within(added).getByTestId('requirement-min-overlap'), { target: { value: '3' } });
    fireEvent.change(within(added).getByTestId('requirement-priority'), { target: { value: 'must' } });
    await save();
    const tz = lastSaved(onSave).requirements.at(-1);
    expect(tz).toMatchObject({ kind: 'timezone', priority: 'must', teamUtcOffsetHours: -5, minOverlapHours: 3, teamStartHour: 9, teamEndHour: 17 });
  });

  it('adds degree and certification requirements with their lists', async () => {
    const onSave = vi.fn<SaveFn>(async () => ({ ok: true }));
    renderEditor(onSave);
    fireEvent.change(screen.getByTestId('requirement-kind'), { target: { value: 'degree' } });
    fireEvent.click(screen.getByTestId('requirement-add'));
    fireEvent.change(screen.getByTestId('requirement-degree-fields'), { target: { value: 'Computer Science, Mathematics' } });
    fireEvent.change(screen.getByTestId('requirement-kind'), { target: { value: 'certification' } });
    fireEvent.click(screen.getByTestId('requirement-add'));
    const cert = screen.getAllByTestId('requirement-editor').at(-1);
    if (!cert) throw new Error('no row was added');
    fireEvent.change(within(cert).getByTestId('requirement-cert-names'), { target: { value: 'Solutions Architect' } });
    const input = within(cert).getByTestId('skill-input');
    fireEvent.change(input, { target: { value: 'Amazon Web Services' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await save();
    const reqs = lastSaved(onSave).requirements;
    expect(reqs.at(-2)).toMatchObject({ kind: 'degree', fields: ['Computer Science', 'Mathematics'] });
    expect(reqs.at(-1)).toMatchObject({ kind: 'certification', names: ['Solutions Architect'], anyOf: ['aws'] });
  });
});

describe('the minimum strength in words', () => {
  it('reads the threshold in the same words as the profile, and follows an edit', () => {
    renderEditor(vi.fn<SaveFn>(async () => ({ ok: true })));
    const word = () => within(row('git')).getByTestId('requirement-min-strength-word').dataset.word;
    fireEvent.change(within(row('git')).getByTestId('requirement-min-strength'), { target: { value: '0.6' } });
    expect(word()).toBe('solid');
    fireEvent.change(within(row('git')).getByTestId('requirement-min-strength'), { target: { value: '0.8' } });
    expect(word()).toBe('strong');
  });
});
