import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { duplicateMatrix, listMatrices, saveMatrix } from '@/lib/matrix/matrix-store';
import { presetById, type Matrix } from '@/lib/matrix';
import { readSettings, updateSettings } from '@/lib/settings/settings-store';

beforeEach(() => {
  fakeBrowser.reset();
});

function own(id: string, name: string): Matrix {
  const base = presetById('backend-mid')!;
  return { ...structuredClone(base), id, name, basedOn: base.id };
}

describe('two windows changing roles and settings at the same moment', () => {
  test('every matrix saved at once is kept', async () => {
    await Promise.all([
      saveMatrix(own('platform-team', 'Platform team')),
      saveMatrix(own('payments-team', 'Payments team')),
      duplicateMatrix('backend-senior', 'Senior, Berlin'),
      saveMatrix(own('data-team', 'Data team')),
    ]);
    const names = (await listMatrices()).map((m) => m.name);
    expect(names).toEqual(expect.arrayContaining(['Platform team', 'Payments team', 'Senior, Berlin', 'Data team']));
  });

  test('two settings changed at once are both kept', async () => {
    await Promise.all([updateSettings({ activeMatrixId: 'backend-junior' }), updateSettings({ freshnessHours: 6 })]);
    const settings = await readSettings();
    expect(settings.activeMatrixId).toBe('backend-junior');
    expect(settings.freshnessHours).toBe(6);
  });
});
