/** Role skill matrices: schema, presets, migrations, import and export (storage is in matrix-store.ts). */
export * from './schema';
export { DEFAULT_MATRIX_ID, PRESETS, PRESET_IDS, isPresetId, presetById, BACKEND_LANGUAGES, BACKEND_FRAMEWORKS, DATABASES } from './presets';
export type { PresetId } from './presets';
export { bandForYears, migrateMatrix, migrateMatrixV1, migrateCollectionV1, matrixVersionOf } from './migrations';
export { parseMatrixImport, exportMatrices, formatPath, EXPORT_FORMAT } from './import-export';
export type { MatrixImportResult } from './import-export';
