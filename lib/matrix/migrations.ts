/**
 * Pure migrations of matrices and of the stored collection from every earlier
 * schema version to the current one. An old value is migrated, never dropped.
 *
 * v1 → v2: a row's `skills` became `anyOf` and rows gained a `kind`; the loose
 * `minYears`/`maxYears` became `experienceBand` with a named band.
 */
import { MATRIX_SCHEMA_VERSION, MatrixCollectionV1, MatrixV1, bandForYears, type MatrixInput } from './schema';

export function migrateMatrixV1(m: MatrixV1): MatrixInput {
  const minYears = m.minYears ?? 0;
  return {
    schemaVersion: MATRIX_SCHEMA_VERSION,
    id: m.id,
    name: m.name,
    description: m.description ?? '',
    requirements: m.requirements.map((r) => ({
      kind: 'skill' as const,
      id: r.id,
      label: r.label,
      priority: r.priority,
      anyOf: r.skills,
      minStrength: r.minStrength,
      weight: r.weight,
    })),
    experienceBand: { minYears, maxYears: m.maxYears ?? null, band: bandForYears(minYears) },
    basedOn: null,
  };
}

/** A stored v1 collection → the v2 shape (still to be parsed by MatrixCollection). */
export function migrateCollectionV1(value: unknown): { version: number; matrices: unknown[] } {
  const parsed = MatrixCollectionV1.safeParse(value);
  if (!parsed.success) return { version: MATRIX_SCHEMA_VERSION, matrices: [] };
  return { version: MATRIX_SCHEMA_VERSION, matrices: parsed.data.matrices.map(migrateMatrixV1) };
}

/** The schema version a raw matrix object says it has (1 when it has none and looks like v1). */
export function matrixVersionOf(value: unknown): number | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const v = (value as { schemaVersion?: unknown }).schemaVersion;
  if (typeof v === 'number') return v;
  return MatrixV1.safeParse(value).success ? 1 : MATRIX_SCHEMA_VERSION;
}

/** Bring one raw matrix object up to the current version; unknown shapes pass through for the parser to report. */
export function migrateMatrix(value: unknown): unknown {
  if (matrixVersionOf(value) === 1) {
    const v1 = MatrixV1.safeParse(value);
    if (v1.success) return migrateMatrixV1(v1.data);
  }
  return value;
}
