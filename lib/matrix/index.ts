/** Role skill matrices: schema, presets, migrations, import and export (storage is in matrix-store.ts). */
export * from './schema';
export { DEFAULT_MATRIX_ID, PRESETS, isPresetId, presetById } from './presets';
export { migrateMatrix, migrateCollectionV1 } from './migrations';
export { parseMatrixImport, exportMatrices, formatPath } from './import-export';
export type { MatrixImportResult } from './import-export';
