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

/** The JSON text of an export file for these matrices. */
export function exportMatrices(matrices: readonly Matrix[]): string {
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: MATRIX_SCHEMA_VERSION, matrices }, null, 2)}\n`;
}

export { formatPath };
