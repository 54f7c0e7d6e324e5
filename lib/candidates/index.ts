/** The candidate list: schemas, identity, merge, tags and display, store, search, CSV and backup. Import from here. */
export * from './schema';
export * from './identity';
export * from './merge';
export * from './tags';
export * from './display';
export { migrateCandidate, migrateCandidateV1, candidateVersionOf, CandidateV1, describeZodError, formatPath } from './migrations';
export type { MigrationResult } from './migrations';
export * from './candidate-store';
export * from './query';
export * from './csv';
export { parseCsv, CsvParseError } from './csv-parse';
export * from './backup';
export { eraseAllPersonalData } from './erase-all';
export type { EraseAllOptions } from './erase-all';
