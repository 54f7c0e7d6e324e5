import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PRESETS } from '../../../lib/matrix';
import {
  deleteMatrix, duplicateMatrix, getMatrix, importMatrices, listMatrices, matricesItem, readUserMatrices, restorePresets, saveMatrix,
} from '../../../lib/matrix/matrix-store';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the matrix store', () => {
  test('lists the presets when nothing is stored', async () => {
    expect((await listMatrices()).map((m) => m.id)).toEqual(['backend-junior', 'backend-mid', 'backend-senior']);
  });

  test('a preset is duplicated, edited and saved; the preset stays as shipped', async () => {
    const copy = await duplicateMatrix('backend-senior', 'Senior, Berlin team');
    expect(copy?.id).toBe('backend-senior-copy');
    expect(copy?.basedOn).toBe('backend-senior');
    const edited = { ...copy!, requirements: copy!.requirements.filter((r) => r.id !== 'kubernetes') };
    expect((await saveMatrix(edited)).ok).toBe(true);
    expect((await getMatrix('backend-senior-copy'))?.requirements.some((r) => r.id === 'kubernetes')).toBe(false);
    expect((await getMatrix('backend-senior'))?.requirements.some((r) => r.id === 'kubernetes')).toBe(true);
    expect((await duplicateMatrix('backend-senior'))?.id).toBe('backend-senior-copy-2');
  });

  test('saving under a preset id is refused and nothing changes', async () => {
    const result = await saveMatrix({ ...PRESETS[2]!, name: 'hijacked' });
    expect(result.ok).toBe(false);
    expect(await readUserMatrices()).toEqual([]);
    expect((await getMatrix('backend-senior'))?.name).not.toBe('hijacked');
  });

  test('an invalid matrix is refused with the field named', async () => {
    const result = await saveMatrix({ ...PRESETS[0]!, id: 'mine', requirements: [] });
    expect(result).toEqual({ ok: false, error: 'requirements: expected at least one requirement' });
  });

  test('imports never overwrite: a taken id gets a fresh one', async () => {
    const added = await importMatrices([PRESETS[0]!]);
    expect(added[0]?.id).toBe('backend-junior-copy');
    expect((await listMatrices()).length).toBe(4);
  });

  test('delete removes a user matrix but never a preset', async () => {
    await duplicateMatrix('backend-mid');
    expect(await deleteMatrix('backend-mid')).toBe(false);
    expect(await deleteMatrix('backend-mid-copy')).toBe(true);
    expect(await readUserMatrices()).toEqual([]);
  });

  test('restorePresets drops stored entries that shadow a preset id', async () => {
    await matricesItem.setValue({ version: 2, matrices: [{ ...PRESETS[2]!, name: 'tampered' }] });
    await restorePresets();
    expect((await matricesItem.getValue()).matrices).toEqual([]);
    expect((await getMatrix('backend-senior'))?.name).toBe(PRESETS[2]!.name);
  });

  test('a stored v1 collection is migrated on read, never dropped', async () => {
    await fakeBrowser.storage.local.set({
      matrices: { matrices: [{ id: 'legacy', name: 'Legacy', requirements: [{ id: 'lang', label: 'Lang', priority: 'must', skills: ['java'], minStrength: 0.2, weight: 1 }], minYears: 1 }] },
      matrices$: { v: 1 },
    });
    await matricesItem.migrate();
    const legacy = (await readUserMatrices()).find((m) => m.id === 'legacy');
    expect(legacy?.requirements[0]).toMatchObject({ kind: 'skill', anyOf: ['java'] });
  });
});
