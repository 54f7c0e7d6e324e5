import { describe, expect, test } from 'vitest';
import {
  DEFAULT_MATRIX_ID, Matrix, PRESETS, exportMatrices, migrateMatrix, migrateCollectionV1, parseMatrixImport, presetById,
  MatrixCollection,
} from '../../../lib/matrix';
import { skillById } from '../../../lib/skills';

describe('the presets', () => {
  test('are the three backend matrices, backend-senior the default, all valid', () => {
    expect(PRESETS.map((m) => m.id)).toEqual(['backend-junior', 'backend-mid', 'backend-senior']);
    expect(DEFAULT_MATRIX_ID).toBe('backend-senior');
    for (const m of PRESETS) expect(Matrix.safeParse(m).success, m.id).toBe(true);
  });

  test('every skill they name exists in the taxonomy', () => {
    for (const m of PRESETS) for (const r of m.requirements) if ('anyOf' in r) for (const id of r.anyOf) expect(skillById(id), id).toBeDefined();
  });

  test('the must-haves follow the issue, cloud, Docker and CI/CD from mid upward', () => {
    const musts = (id: string) => presetById(id)!.requirements.filter((r) => r.priority === 'must').map((r) => r.id);
    expect(musts('backend-junior')).toEqual(['primary-language', 'framework', 'database', 'rest-api', 'git']);
    expect(musts('backend-mid')).toEqual(['primary-language', 'framework', 'database', 'rest-api', 'git', 'cloud', 'docker', 'ci-cd']);
    expect(musts('backend-senior')).toEqual(expect.arrayContaining(['cloud', 'docker', 'ci-cd', 'experience']));
    const primary = presetById('backend-junior')!.requirements.find((r) => r.id === 'primary-language');
    expect(primary && 'anyOf' in primary ? primary.anyOf : []).toEqual(['python', 'nodejs', 'java', 'go', 'php', 'ruby', 'csharp']);
  });

  test('the senior preset asks for stronger evidence than the junior one', () => {
    const min = (id: string) => {
      const r = presetById(id)!.requirements.find((q) => q.id === 'framework');
      return r?.kind === 'skill' ? r.minStrength : NaN;
    };
    expect(min('backend-senior')).toBeGreaterThan(min('backend-mid'));
    expect(min('backend-mid')).toBeGreaterThan(min('backend-junior'));
  });

  test('experience bands: junior 0–2, mid 2–5, senior 5+', () => {
    expect(PRESETS.map((m) => [m.experienceBand.minYears, m.experienceBand.maxYears, m.experienceBand.band])).toEqual([
      [0, 2, 'junior'], [2, 5, 'mid'], [5, null, 'senior'],
    ]);
  });
});

describe('import and export', () => {
  test('an export reads back as the same matrices', () => {
    const result = parseMatrixImport(exportMatrices(PRESETS));
    expect(result).toEqual({ ok: true, matrices: PRESETS });
  });

  test('a single matrix object is accepted, and a row without kind is a skill row', () => {
    const m = { ...structuredClone(PRESETS[0]!), id: 'my-role' } as Record<string, unknown>;
    const reqs = m.requirements as Record<string, unknown>[];
    delete reqs[0]!.kind;
    const result = parseMatrixImport(JSON.stringify(m));
    expect(result.ok && result.matrices[0]?.requirements[0]?.kind).toBe('skill');
  });

  test('a bad priority is reported with the field path', () => {
    const m = structuredClone(PRESETS[0]!) as unknown as { requirements: { priority: string }[] };
    m.requirements[2]!.priority = 'should';
    expect(parseMatrixImport(JSON.stringify(m))).toEqual({ ok: false, error: 'requirements[2].priority: expected "must" or "nice"' });
  });

  test('a bad field inside a collection names the matrix too', () => {
    const file = JSON.parse(exportMatrices(PRESETS)) as { matrices: { requirements: { weight: number }[] }[] };
    file.matrices[1]!.requirements[0]!.weight = -1;
    const result = parseMatrixImport(JSON.stringify(file));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^matrices\[1\]\.requirements\[0\]\.weight: /);
  });

  test('an unknown skill id, a non-JSON file and an empty file are refused', () => {
    const m = structuredClone(PRESETS[0]!) as unknown as { requirements: { anyOf: string[] }[] };
    m.requirements[0]!.anyOf = ['python', 'cobolx'];
    expect(parseMatrixImport(JSON.stringify(m))).toEqual({ ok: false, error: 'requirements[0].anyOf[1]: unknown skill "cobolx"' });
    expect(parseMatrixImport('{nope').ok).toBe(false);
    expect(parseMatrixImport('[]').ok).toBe(false);
  });
});

describe('migrations', () => {
  const v1 = {
    id: 'old-role',
    name: 'Old role',
    requirements: [{ id: 'lang', label: 'Language', priority: 'must', skills: ['python', 'go'], minStrength: 0.3, weight: 2 }],
    minYears: 3,
    maxYears: 6,
  };

  test('a v1 matrix becomes v2: skills → anyOf, years → experience band', () => {
    const parsed = Matrix.parse(migrateMatrix(v1));
    expect(parsed.schemaVersion).toBe(2);
    expect(parsed.requirements[0]).toMatchObject({ kind: 'skill', anyOf: ['python', 'go'], minStrength: 0.3, weight: 2 });
    expect(parsed.experienceBand).toEqual({ minYears: 3, maxYears: 6, band: 'mid' });
  });

  test('a stored v1 collection migrates whole', () => {
    const migrated = MatrixCollection.parse(migrateCollectionV1({ version: 1, matrices: [v1] }));
    expect(migrated.matrices.map((m) => m.id)).toEqual(['old-role']);
  });

  test('a v1 file imports', () => {
    const result = parseMatrixImport(JSON.stringify([v1]));
    expect(result.ok && result.matrices[0]?.requirements[0]).toMatchObject({ anyOf: ['python', 'go'] });
  });
});
