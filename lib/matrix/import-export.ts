/**
 * Matrices as JSON files: export for sharing, import with validation. A bad
 * file gets one error naming the field, and nothing changes.
 */
import { z } from 'zod';
import { TAXONOMY } from '../skills/taxonomy';
import { migrateMatrix } from './migrations';
import { MATRIX_SCHEMA_VERSION, Matrix } from './schema';
import { formatPath } from '../schemas/issue-path';

export const EXPORT_FORMAT = 'hirelens-matrices';

/** The largest matrix file read (characters); a bigger one is refused before it is parsed. */
export const MAX_MATRIX_FILE_CHARS = 5_000_000;
/** The most matrices one file may hold (the store keeps at most 500). */
export const MAX_MATRICES_PER_FILE = 500;

export type MatrixImportResult = { ok: true; matrices: Matrix[] } | { ok: false; error: string };

const knownSkills = new Set(TAXONOMY.map((s) => s.id));

function firstIssue(error: z.ZodError, prefix: readonly PropertyKey[]): string {
  const issue = error.issues[0];
  if (!issue) return 'the file is not a valid matrix';
  const where = formatPath([...prefix, ...issue.path]);
  return where ? `${where}: ${issue.message}` : issue.message;
}

function checkSkills(m: Matrix, prefix: readonly PropertyKey[]): string | null {
  for (const [i, r] of m.requirements.entries()) {
    if (!('anyOf' in r)) continue;
    for (const [j, id] of r.anyOf.entries()) {
      if (!knownSkills.has(id)) return `${formatPath([...prefix, 'requirements', i, 'anyOf', j])}: unknown skill "${id}"`;
    }
  }
  return null;
}

/**
 * Reads an exported file: `{format, version, matrices: [...]}`, a bare array of
 * matrices, or one matrix. Earlier schema versions are migrated first.
 */
export function parseMatrixImport(text: string): MatrixImportResult {
  if (text.length > MAX_MATRIX_FILE_CHARS) {
    return { ok: false, error: `the file is ${megabytes(text.length)}; a roles file may be at most ${megabytes(MAX_MATRIX_FILE_CHARS)}` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'the file is not JSON' };
  }
  let list: unknown[];
  let prefix: (i: number) => PropertyKey[];
  if (Array.isArray(data)) {
    list = data;
    prefix = (i) => [i];
  } else if (data && typeof data === 'object' && 'matrices' in data) {
    const matrices = (data as { matrices: unknown }).matrices;
    if (!Array.isArray(matrices)) return { ok: false, error: 'matrices: expected an array' };
    list = matrices;
    prefix = (i) => ['matrices', i];
  } else if (data && typeof data === 'object') {
    list = [data];
    prefix = () => [];
  } else {
    return { ok: false, error: 'expected a matrix or a list of matrices' };
  }
  if (list.length === 0) return { ok: false, error: 'the file holds no matrices' };
  if (list.length > MAX_MATRICES_PER_FILE) {
    return { ok: false, error: `the file holds ${list.length} matrices; at most ${MAX_MATRICES_PER_FILE} are imported at once` };
  }
  const out: Matrix[] = [];
  const ids = new Set<string>();
  for (const [i, raw] of list.entries()) {
    const parsed = Matrix.safeParse(migrateMatrix(raw));
    if (!parsed.success) return { ok: false, error: firstIssue(parsed.error, prefix(i)) };
    const bad = checkSkills(parsed.data, prefix(i));
    if (bad) return { ok: false, error: bad };
    if (ids.has(parsed.data.id)) return { ok: false, error: `${formatPath([...prefix(i), 'id'])}: duplicate matrix id "${parsed.data.id}"` };
    ids.add(parsed.data.id);
    out.push(parsed.data);
  }
  return { ok: true, matrices: out };
}

/** "1.2 MB", for a file-size message. */
export function megabytes(chars: number): string {
  return `${(chars / 1_000_000).toFixed(1)} MB`;
}

/** JSON with every object's keys sorted: equal values give equal text. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/** What a matrix says, without where it is kept (its id and the matrix it was copied from). */
export function matrixContentKey(m: Matrix): string {
  return stableJson({ name: m.name, description: m.description, requirements: m.requirements, experienceBand: m.experienceBand });
}

export interface MatrixImportPlan {
  /** matrices to add (importMatrices gives a taken id a fresh one) */
  toAdd: Matrix[];
  /** matrices already kept as they are: under their id, or as the copy an earlier import made of them */
  alreadyThere: Matrix[];
}

/**
 * Which incoming matrices are new. One already kept with the same content,
 * under its own id or as the copy an earlier import made when the id was
 * taken (`basedOn` its id), is not added again: restoring the same roles
 * twice does not duplicate them. Two identical matrices in one file count once.
 */
export function planMatrixImport(incoming: readonly Matrix[], existing: readonly Matrix[]): MatrixImportPlan {
  const kept = new Map<string, Set<string>>();
  const remember = (id: string, m: Matrix) => {
    let keys = kept.get(id);
    if (!keys) kept.set(id, (keys = new Set()));
    keys.add(matrixContentKey(m));
  };
  for (const m of existing) {
    remember(m.id, m);
    if (m.basedOn) remember(m.basedOn, m);
  }
  const toAdd: Matrix[] = [];
  const alreadyThere: Matrix[] = [];
  for (const m of incoming) {
    if (kept.get(m.id)?.has(matrixContentKey(m))) {
      alreadyThere.push(m);
      continue;
    }
    remember(m.id, m);
    toAdd.push(m);
  }
  return { toAdd, alreadyThere };
}

/** The JSON text of an export file for these matrices. */
export function exportMatrices(matrices: readonly Matrix[]): string {
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: MATRIX_SCHEMA_VERSION, matrices }, null, 2)}\n`;
}

export { formatPath };
