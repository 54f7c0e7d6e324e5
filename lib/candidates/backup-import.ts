/**
 * Restoring a backup in one confirmed step: the file is read and checked, and
 * what it would change is shown (candidates added and merged, roles added and
 * already there) before anything is written; once the recruiter confirms,
 * the roles and the candidates are written together. Nothing is written when
 * the file is refused or the recruiter cancels.
 *
 * The plan is made again at the moment of writing, against the list as it is
 * then (another panel may have saved someone meanwhile), so the preview is a
 * preview and the write never overwrites what changed since.
 */
import { parseMatrixImport, planMatrixImport } from '../matrix/import-export';
import type { Matrix } from '../matrix/schema';
import { importMatrices, listMatrices } from '../matrix/matrix-store';
import { parseBackup, planImport, type Backup } from './backup';
import { listCandidates, transformAllCandidates } from './candidate-store';
import type { MergeConflict } from './merge';
import type { Candidate } from './schema';

export interface BackupPreview {
  /** the file's export time, no later than now */
  exportedAt: string;
  candidates: { added: number; merged: number; unchanged: number; conflicts: MergeConflict[] };
  /** role names to be added, and those already kept as they are (not duplicated) */
  roles: { added: string[]; alreadyThere: string[] };
  /** candidate records with a date later than the export time or now, brought back to the earlier of the two */
  datesClamped: number;
  /** true when the file carries settings: a backup restores candidates and roles, never settings (Options keeps those) */
  settingsNotRestored: boolean;
}

/** A checked file, ready to write once confirmed. */
export interface PreparedImport {
  preview: BackupPreview;
  candidates: Candidate[];
  matrices: Matrix[];
}

export type PrepareResult = { ok: true; prepared: PreparedImport } | { ok: false; error: string };

export interface ImportOutcome {
  added: number;
  merged: number;
  unchanged: number;
  conflicts: MergeConflict[];
  rolesAdded: number;
  rolesAlreadyThere: number;
}

/** Where the import reads and writes (tests pass their own). */
export interface BackupImportDeps {
  listCandidates: () => Promise<{ candidates: Candidate[] }>;
  transformAllCandidates: <T>(action: string, change: (candidates: Candidate[]) => { toWrite: readonly Candidate[]; value: T }) => Promise<T>;
  listMatrices: () => Promise<Matrix[]>;
  importMatrices: (matrices: readonly Matrix[]) => Promise<Matrix[]>;
  now: () => Date;
}

const DEFAULT_DEPS: BackupImportDeps = {
  listCandidates,
  transformAllCandidates,
  listMatrices,
  importMatrices,
  now: () => new Date(),
};

function matricesOf(backup: Backup): { ok: true; matrices: Matrix[] } | { ok: false; error: string } {
  if (backup.matrices.length === 0) return { ok: true, matrices: [] };
  const parsed = parseMatrixImport(JSON.stringify({ matrices: backup.matrices }));
  return parsed.ok ? { ok: true, matrices: parsed.matrices } : { ok: false, error: `matrices: ${parsed.error}` };
}

function carriesSettings(settings: unknown): boolean {
  return settings !== null && typeof settings === 'object' && Object.keys(settings).length > 0;
}

/** Reads and checks a backup file and says what importing it would change; writes nothing. */
export async function prepareBackupImport(text: string, deps: Partial<BackupImportDeps> = {}): Promise<PrepareResult> {
  const d = { ...DEFAULT_DEPS, ...deps };
  const now = d.now();
  const parsed = parseBackup(text, now);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const matrices = matricesOf(parsed.backup);
  if (!matrices.ok) return { ok: false, error: matrices.error };
  const [{ candidates: existing }, existingMatrices] = await Promise.all([d.listCandidates(), d.listMatrices()]);
  const plan = planImport(existing, parsed.backup.candidates, now);
  const roles = planMatrixImport(matrices.matrices, existingMatrices);
  return {
    ok: true,
    prepared: {
      preview: {
        exportedAt: parsed.backup.exportedAt,
        candidates: { added: plan.added, merged: plan.merged, unchanged: plan.unchanged, conflicts: plan.conflicts },
        roles: { added: roles.toAdd.map((m) => m.name), alreadyThere: roles.alreadyThere.map((m) => m.name) },
        datesClamped: parsed.datesClamped,
        settingsNotRestored: carriesSettings(parsed.backup.settings),
      },
      candidates: parsed.backup.candidates,
      matrices: matrices.matrices,
    },
  };
}

/** Writes a prepared import the recruiter confirmed: the roles not already kept, then the candidates, planned again against the list as it is now. */
export async function applyBackupImport(prepared: PreparedImport, deps: Partial<BackupImportDeps> = {}): Promise<ImportOutcome> {
  const d = { ...DEFAULT_DEPS, ...deps };
  const roles = planMatrixImport(prepared.matrices, await d.listMatrices());
  if (roles.toAdd.length > 0) await d.importMatrices(roles.toAdd);
  const now = d.now();
  const plan = await d.transformAllCandidates('import the backup', (existing) => {
    const p = planImport(existing, prepared.candidates, now);
    return { toWrite: p.toWrite, value: p };
  });
  return {
    added: plan.added,
    merged: plan.merged,
    unchanged: plan.unchanged,
    conflicts: plan.conflicts,
    rolesAdded: roles.toAdd.length,
    rolesAlreadyThere: roles.alreadyThere.length,
  };
}
