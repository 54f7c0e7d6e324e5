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
 *
 * Dates in a file are claims: on import none may be later than the file's
 * export time or than now (a backup dated 2099 would otherwise win every
 * "newer snapshot" comparison and freeze the person's score). A file larger
 * than MAX_BACKUP_CHARS, or holding more than MAX_BACKUP_CANDIDATES
 * candidates or MAX_BACKUP_MATRICES matrices, is refused with a message
 * saying so, before anything is read into the list.
 */
import { z } from 'zod';
import { findSamePerson, personKeys } from './identity';
import { clampDates, mergeCandidates, notAfter, type MergeConflict } from './merge';
import { describeZodError, migrateCandidate } from './migrations';
import { Candidate } from './schema';
import { megabytes, stableJson } from '../matrix/import-export';

export const BACKUP_FORMAT = 'hirelens-backup';
export const BACKUP_VERSION = 1;

/** The largest backup file read (characters, about bytes); a bigger one is refused before it is parsed. */
export const MAX_BACKUP_CHARS = 50_000_000;
/** The most candidates one backup may hold. */
export const MAX_BACKUP_CANDIDATES = 10_000;
/** The most matrices (roles) one backup may hold. */
export const MAX_BACKUP_MATRICES = 500;

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

/** `datesClamped`: how many candidate records had a date later than the export time or now, brought back. */
export type ParseBackupResult = { ok: true; backup: Backup; datesClamped: number } | { ok: false; error: string };

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

/**
 * Reads a backup file; an error names the field it is about (`candidates[3].stage: …`).
 * Older candidate records are migrated; dates later than the export time or
 * than `now` are brought back to the earlier of the two.
 */
export function parseBackup(text: string, now: Date = new Date()): ParseBackupResult {
  if (text.length > MAX_BACKUP_CHARS) {
    return { ok: false, error: `The file is ${megabytes(text.length)}; Hirelens imports backups of at most ${megabytes(MAX_BACKUP_CHARS)}. Nothing was imported.` };
  }
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
  if (e.candidates.length > MAX_BACKUP_CANDIDATES) {
    return { ok: false, error: `candidates: the file holds ${e.candidates.length} candidates; at most ${MAX_BACKUP_CANDIDATES} are imported at once. Nothing was imported.` };
  }
  if (e.matrices.length > MAX_BACKUP_MATRICES) {
    return { ok: false, error: `matrices: the file holds ${e.matrices.length} roles; at most ${MAX_BACKUP_MATRICES} are imported at once. Nothing was imported.` };
  }
  // no date may be later than the export, nor than now
  const exportedAt = notAfter(new Date(Date.parse(e.exportedAt)).toISOString(), now.toISOString());
  const candidates: Candidate[] = [];
  let datesClamped = 0;
  for (const [i, raw] of e.candidates.entries()) {
    const m = migrateCandidate(raw, ['candidates', i]);
    if (!m.ok) return { ok: false, error: m.reason };
    const clamped = clampDates(m.candidate, exportedAt);
    if (clamped !== m.candidate) datesClamped++;
    // a revision counts writes in the list it came from, not in this one
    const { revision: _revision, ...record } = clamped;
    candidates.push(record);
  }
  const matrices = stripSecrets(e.matrices);
  return {
    ok: true,
    backup: {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt,
      candidates,
      matrices: Array.isArray(matrices) ? matrices : [],
      settings: stripSecrets(e.settings) ?? {},
    },
    datesClamped,
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

/**
 * What importing `incoming` into `existing` writes. Nothing stored is dropped:
 * each incoming person is merged into their stored record (found by id or by a
 * GitHub/LinkedIn link) with the stored stage and notes kept, or added.
 */
export function planImport(existing: readonly Candidate[], incoming: readonly Candidate[], now?: Date): ImportPlan {
  // a stored record dated in the future (an import before dates were clamped) is brought back to now
  const stored = now ? existing.map((c) => clampDates(c, now.toISOString())) : existing;
  const byId = new Map<string, Candidate>(stored.map((c) => [c.id, c]));
  const original = new Map<string, Candidate>(existing.map((c) => [c.id, c]));
  const byKey = new Map<string, Set<string>>();
  const indexKeys = (c: Candidate) => {
    for (const k of personKeys(c)) {
      let ids = byKey.get(k);
      if (!ids) byKey.set(k, (ids = new Set()));
      ids.add(c.id);
    }
  };
  stored.forEach(indexKeys);

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
    if (stableJson(result.candidate) === stableJson(writes.get(match.id) ?? original.get(match.id) ?? match)) {
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
