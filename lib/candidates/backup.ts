/**
 * The JSON backup of everything a recruiter keeps (candidates, matrices,
 * settings), and importing one. Pure.
 *
 * A backup never holds a token: the token lives in its own store and is not
 * passed in, and as a second line of defence every key that names a secret
 * (token, githubToken, auth, authorization, password, secret, api key,
 * credential) and every string shaped like a GitHub token is removed from the
 * settings and matrices, on export and again on import.
 *
 * Import merges and never drops what is stored: a person already in the list
 * keeps their stage and notes (different incoming notes are appended), tags
 * are united, the newer snapshot wins, and every such difference is reported.
 */
import { z } from 'zod';
import { findSamePerson, personKeys } from './identity';
import { mergeCandidates, type MergeConflict } from './merge';
import { describeZodError, migrateCandidate } from './migrations';
import { Candidate } from './schema';

export const BACKUP_FORMAT = 'hirelens-backup';
export const BACKUP_VERSION = 1;

export const Backup = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  candidates: z.array(Candidate),
  /** matrices as the matrix module exports them; validated by its import */
  matrices: z.array(z.unknown()),
  settings: z.unknown(),
});
export type Backup = z.infer<typeof Backup>;

export interface BackupInput {
  candidates: readonly Candidate[];
  matrices: readonly unknown[];
  settings: unknown;
}

export type ParseBackupResult = { ok: true; backup: Backup } | { ok: false; error: string };

const SECRET_KEY = /token|secret|passw|credential|api[-_]?key|authorization|^auth([^o]|$)/i;
/** classic and fine-grained GitHub tokens: ghp_, gho_, ghu_, ghs_, ghr_, github_pat_ */
const TOKEN_VALUE = /\b(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})\b/;

export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key);
}

/** A deep copy without any key that names a secret and without any string that looks like a GitHub token. */
export function stripSecrets(value: unknown): unknown {
  const seen = new WeakSet<object>();
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return TOKEN_VALUE.test(v) ? undefined : v;
    if (v === null || typeof v !== 'object') return v;
    if (seen.has(v)) return undefined;
    seen.add(v);
    if (Array.isArray(v)) return v.map(walk).filter((x) => x !== undefined);
    const out: Record<string, unknown> = {};
    for (const [k, inner] of Object.entries(v)) {
      if (isSecretKey(k)) continue;
      const w = walk(inner);
      if (w !== undefined) out[k] = w;
    }
    return out;
  };
  return walk(value);
}

/** The backup file's text. `now` is the export time. */
export function exportBackup(input: BackupInput, now: Date = new Date()): string {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    candidates: [...input.candidates],
    matrices: (stripSecrets([...input.matrices]) as unknown[] | undefined) ?? [],
    settings: stripSecrets(input.settings) ?? {},
  };
  return JSON.stringify(backup, null, 2);
}

/** `hirelens-backup-2025-01-31.json` */
export function backupFileName(date: Date): string {
  return `hirelens-backup-${date.toISOString().slice(0, 10)}.json`;
}

const Envelope = z.object({
  format: z.literal(BACKUP_FORMAT, { error: `expected "${BACKUP_FORMAT}" (this is not a Hirelens backup)` }),
  version: z.number({ error: 'expected a number' }).int(),
  exportedAt: z.iso.datetime({ offset: true, error: 'expected an ISO date-time' }),
  candidates: z.array(z.unknown(), { error: 'expected a list of candidates' }),
  matrices: z.array(z.unknown(), { error: 'expected a list of matrices' }).default([]),
  settings: z.unknown().default({}),
});

/** Reads a backup file; an error names the field it is about (`candidates[3].stage: …`). Older candidate records are migrated. */
export function parseBackup(text: string): ParseBackupResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `The file is not JSON${e instanceof Error ? ` (${e.message})` : ''}.` };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, error: `The file is not a Hirelens backup: expected an object with "format": "${BACKUP_FORMAT}".` };
  }
  const envelope = Envelope.safeParse(data);
  if (!envelope.success) return { ok: false, error: describeZodError(envelope.error) };
  const e = envelope.data;
  if (e.version > BACKUP_VERSION) {
    return { ok: false, error: `version: this backup was made by a newer Hirelens (backup version ${e.version}); update the extension to import it.` };
  }
  if (e.version < 1) return { ok: false, error: `version: unknown backup version ${e.version}` };
  const candidates: Candidate[] = [];
  for (const [i, raw] of e.candidates.entries()) {
    const m = migrateCandidate(raw, ['candidates', i]);
    if (!m.ok) return { ok: false, error: m.reason };
    candidates.push(m.candidate);
  }
  const matrices = stripSecrets(e.matrices);
  return {
    ok: true,
    backup: {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: e.exportedAt,
      candidates,
      matrices: Array.isArray(matrices) ? matrices : [],
      settings: stripSecrets(e.settings) ?? {},
    },
  };
}

export interface ImportPlan {
  /** whole records to write (bulkPut); records not listed stay as they are */
  toWrite: Candidate[];
  /** incoming records folded into a person already stored (or earlier in the file) that changed it */
  merged: number;
  /** incoming records of new people */
  added: number;
  /** incoming records that changed nothing */
  unchanged: number;
  conflicts: MergeConflict[];
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/**
 * What importing `incoming` into `existing` writes. Nothing stored is dropped:
 * each incoming person is merged into their stored record (found by id or by a
 * GitHub/LinkedIn link) with the stored stage and notes kept, or added.
 */
export function planImport(existing: readonly Candidate[], incoming: readonly Candidate[]): ImportPlan {
  const byId = new Map<string, Candidate>(existing.map((c) => [c.id, c]));
  const byKey = new Map<string, Set<string>>();
  const indexKeys = (c: Candidate) => {
    for (const k of personKeys(c)) {
      let ids = byKey.get(k);
      if (!ids) byKey.set(k, (ids = new Set()));
      ids.add(c.id);
    }
  };
  existing.forEach(indexKeys);

  const writes = new Map<string, Candidate>();
  const conflicts: MergeConflict[] = [];
  let merged = 0;
  let added = 0;
  let unchanged = 0;

  for (const inc of incoming) {
    const nearIds = new Set<string>([inc.id]);
    for (const k of personKeys(inc)) for (const id of byKey.get(k) ?? []) nearIds.add(id);
    const near = [...nearIds].map((id) => byId.get(id)).filter((c): c is Candidate => c !== undefined);
    const match = findSamePerson(near, inc);
    if (!match) {
      byId.set(inc.id, inc);
      indexKeys(inc);
      writes.set(inc.id, inc);
      added++;
      continue;
    }
    const result = mergeCandidates(match, inc);
    conflicts.push(...result.conflicts);
    if (stableJson(result.candidate) === stableJson(match)) {
      unchanged++;
      continue;
    }
    byId.set(match.id, result.candidate);
    indexKeys(result.candidate);
    writes.set(match.id, result.candidate);
    merged++;
  }
  return { toWrite: [...writes.values()], merged, added, unchanged, conflicts };
}
