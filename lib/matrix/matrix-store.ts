/**
 * browser storage for the recruiter's own matrices (the one module in lib/matrix
 * that touches storage). Presets live in code: they are listed first, can be
 * duplicated, and are never written or overwritten here.
 */
import { storage } from 'wxt/utils/storage';
import { exclusive } from '../storage/exclusive';
import { clearFirstScreens } from '../storage/first-screen-store';
import { formatPath } from './import-export';
import { migrateCollectionV1 } from './migrations';
import { PRESETS, isPresetId } from './presets';
import { MATRIX_SCHEMA_VERSION, Matrix, type MatrixCollection, type MatrixInput } from './schema';
import { readSubscribedMatrices } from './subscriptions-store';

const EMPTY: MatrixCollection = { version: MATRIX_SCHEMA_VERSION, matrices: [] };

export const matricesItem = storage.defineItem<MatrixCollection>('local:matrices', {
  fallback: EMPTY,
  version: MATRIX_SCHEMA_VERSION,
  migrations: { 2: migrateCollectionV1 },
});

/** The stored entries as they are, before any is checked: a damaged store gives an empty list. */
function storedList(raw: unknown): unknown[] {
  const matrices = raw && typeof raw === 'object' ? (raw as { matrices?: unknown }).matrices : undefined;
  return Array.isArray(matrices) ? (matrices as unknown[]) : [];
}

export type SaveResult = { ok: true; matrix: Matrix } | { ok: false; error: string };

/** The stored matrices read back through the schema; a damaged entry is left out of the list, not deleted. */
export async function readUserMatrices(): Promise<Matrix[]> {
  const raw: unknown = await matricesItem.getValue();
  const list = storedList(raw);
  const out: Matrix[] = [];
  for (const entry of list) {
    const parsed = Matrix.safeParse(entry);
    if (parsed.success && !isPresetId(parsed.data.id)) out.push(parsed.data);
  }
  return out;
}

async function writeUserMatrices(matrices: Matrix[]): Promise<void> {
  await matricesItem.setValue({ version: MATRIX_SCHEMA_VERSION, matrices });
  await clearFirstScreens();
}

/** Presets first, then the recruiter's matrices, then shared ones (read-only, from subscriptions). */
export async function listMatrices(): Promise<Matrix[]> {
  return [...PRESETS, ...(await readUserMatrices()), ...(await readSubscribedMatrices())];
}

export async function getMatrix(id: string): Promise<Matrix | undefined> {
  return (await listMatrices()).find((m) => m.id === id);
}

/** Creates or replaces one of the recruiter's matrices; a preset's id is refused. */
export function saveMatrix(input: MatrixInput): Promise<SaveResult> {
  return exclusive('matrices', async () => {
    const parsed = Matrix.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { ok: false, error: issue ? `${formatPath(issue.path) || 'matrix'}: ${issue.message}` : 'invalid matrix' };
    }
    if (isPresetId(parsed.data.id)) return { ok: false, error: `"${parsed.data.id}" is a preset; duplicate it to make changes` };
    const matrices = await readUserMatrices();
    const at = matrices.findIndex((m) => m.id === parsed.data.id);
    if (at >= 0) matrices[at] = parsed.data;
    else matrices.push(parsed.data);
    await writeUserMatrices(matrices);
    return { ok: true, matrix: parsed.data };
  });
}

function freeId(base: string, taken: ReadonlySet<string>): string {
  const root = base.replace(/-copy(-\d+)?$/, '');
  let candidate = `${root}-copy`;
  for (let n = 2; taken.has(candidate); n++) candidate = `${root}-copy-${n}`;
  return candidate;
}

/** A stored copy of any matrix (a preset or the recruiter's own) under a new id; null when the source is unknown. */
export function duplicateMatrix(sourceId: string, name?: string): Promise<Matrix | null> {
  return exclusive('matrices', async () => {
    const all = await listMatrices();
    const source = all.find((m) => m.id === sourceId);
    if (!source) return null;
    const copy: Matrix = {
      ...structuredClone(source),
      id: freeId(source.id, new Set(all.map((m) => m.id))),
      name: name?.trim() || `${source.name} (copy)`,
      basedOn: source.id,
    };
    const user = await readUserMatrices();
    user.push(copy);
    await writeUserMatrices(user);
    return copy;
  });
}

/** Deletes one of the recruiter's matrices; presets cannot be deleted. */
export function deleteMatrix(id: string): Promise<boolean> {
  return exclusive('matrices', async () => {
    if (isPresetId(id)) return false;
    const user = await readUserMatrices();
    const next = user.filter((m) => m.id !== id);
    if (next.length === user.length) return false;
    await writeUserMatrices(next);
    return true;
  });
}

/**
 * Adds imported matrices. One whose id is taken (by a preset or a stored
 * matrix) is added under a fresh id instead, so nothing is silently replaced.
 */
export function importMatrices(matrices: readonly Matrix[]): Promise<Matrix[]> {
  return exclusive('matrices', async () => {
    const user = await readUserMatrices();
    const taken = new Set([...PRESETS.map((m) => m.id), ...user.map((m) => m.id)]);
    const added: Matrix[] = [];
    for (const m of matrices) {
      const id = taken.has(m.id) ? freeId(m.id, taken) : m.id;
      taken.add(id);
      const entry: Matrix = { ...structuredClone(m), id, basedOn: id === m.id ? m.basedOn : m.id };
      added.push(entry);
    }
    await writeUserMatrices([...user, ...added]);
    return added;
  });
}

/**
 * Drops any stored matrix that claims a preset's id (from an old version or a
 * hand-edited store) so the presets show as shipped; returns the presets.
 */
export function restorePresets(): Promise<readonly Matrix[]> {
  return exclusive('matrices', async () => {
    const raw: unknown = await matricesItem.getValue();
    const list = storedList(raw);
    const kept = list.filter((entry) => {
      const id = entry && typeof entry === 'object' ? (entry as { id?: unknown }).id : undefined;
      return !(typeof id === 'string' && isPresetId(id));
    });
    if (kept.length !== list.length) {
      await matricesItem.setValue({ version: MATRIX_SCHEMA_VERSION, matrices: kept as Matrix[] });
      await clearFirstScreens();
    }
    return PRESETS;
  });
}
