/**
 * The candidate store: IndexedDB through a thin promise wrapper (the one module
 * in lib/candidates that touches storage; merging and migrations are pure and
 * live beside it).
 *
 * Versions of the database `hirelens-candidates`:
 *   1  object store `candidates`, keyed by `id`, holding schema-v1 records
 *   2  adds the multi-entry index `byPersonKey` over each record's `personKeys`
 *      (the `gh:`/`li:` keys it owns or links to) and migrates every record to
 *      schema v2 in place; a record that cannot be migrated is left untouched
 *      and reported by listCandidates.
 *
 * Every write is one readwrite transaction: a save reads the same person's
 * records and writes the merge in the same transaction, so two contexts
 * saving at once are serialised by IndexedDB and lose no update; a failed
 * write (a full disk) aborts the transaction and leaves nothing half-written.
 */
import { describeZodError, migrateCandidate } from './migrations';
import { matchingCandidates, ownKeys, personKeys } from './identity';
import { candidateFromSave, mergeCandidates } from './merge';
import { unionTags } from './tags';
import { Candidate, CandidatePatch, SaveCandidateInput, revisionOf } from './schema';
import { lazyDatabase, requestResult, transactionDone } from '../storage/idb-promise';

export const CANDIDATES_DB_NAME = 'hirelens-candidates';
export const CANDIDATES_DB_VERSION = 2;
export const CANDIDATES_STORE = 'candidates';
export const BY_PERSON_KEY = 'byPersonKey';

export type CandidateStoreErrorKind = 'quota' | 'invalid' | 'not-found' | 'unavailable' | 'failed' | 'conflict';

export class CandidateStoreError extends Error {
  override readonly name = 'CandidateStoreError';
  readonly kind: CandidateStoreErrorKind;
  constructor(kind: CandidateStoreErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.kind = kind;
  }
}

/**
 * The record changed since the caller read it (another panel saved or edited
 * it): nothing was written. `current` is the record as it is now (null when
 * it was deleted), for the caller to show and ask.
 */
export class CandidateConflictError extends CandidateStoreError {
  readonly current: Candidate | null;
  constructor(current: Candidate | null) {
    super(
      'conflict',
      current
        ? 'This candidate was changed in another panel since you opened it; nothing was saved.'
        : 'This candidate was deleted in another panel since you opened it; nothing was saved.',
    );
    this.current = current;
  }
}

/** What updateCandidateIfUnchanged did: written, or refused because the record had moved on. */
export type CheckedUpdate = { ok: true; candidate: Candidate } | { ok: false; current: Candidate | null };

/** What removeCandidate took away: the record as it was (null when it could not be read), or nothing. */
export type RemovedCandidate = { deleted: true; candidate: Candidate | null; key: string } | { deleted: false };

export interface SkippedRecord {
  id: string;
  reason: string;
}

export interface CandidateList {
  candidates: Candidate[];
  /** records that could not be read; they stay stored, untouched */
  skipped: SkippedRecord[];
}

export interface SaveResult {
  candidate: Candidate;
  /** true when no record of this person existed */
  created: boolean;
  /** ids of other records of the same person folded into this one (and removed) */
  mergedIds: string[];
}

/** What transformAll's change decides: the records to write, the ids to delete, and what it returns. */
export interface TransformPlan<T> {
  toWrite: readonly Candidate[];
  toDelete?: readonly string[];
  value: T;
}

export interface CandidateStore {
  saveCandidate(input: SaveCandidateInput): Promise<SaveResult>;
  listCandidates(): Promise<CandidateList>;
  /** by record id, or by any `gh:<login>`/`li:<slug>` the record owns; null when none */
  getCandidate(id: string): Promise<Candidate | null>;
  updateCandidate(id: string, patch: CandidatePatch): Promise<Candidate>;
  /**
   * Like updateCandidate, but only while the record is still at `revision`
   * (the one the caller read): a second panel's edit never overwrites the
   * first one's unasked.
   */
  updateCandidateIfUnchanged(id: string, patch: CandidatePatch, revision: number): Promise<CheckedUpdate>;
  /** true when a record was deleted */
  deleteCandidate(id: string): Promise<boolean>;
  /** deletes the record and says who it was (to erase the rest of their traces) */
  removeCandidate(id: string): Promise<RemovedCandidate>;
  eraseAllCandidates(): Promise<void>;
  /** writes whole records (an import plan's toWrite), all or none */
  bulkPut(candidates: readonly Candidate[]): Promise<void>;
  /**
   * Reads every readable record, lets `change` (synchronous, pure) decide what to
   * write, and writes it, all in one transaction: a save from another context
   * cannot fall between the read and the write and be overwritten. Ids in
   * `toDelete` are deleted in the same transaction (a merge folds one record away).
   */
  transformAll<T>(action: string, change: (candidates: Candidate[]) => TransformPlan<T>): Promise<T>;
  close(): void;
}

export interface CandidateStoreOptions {
  dbName?: string;
  /** defaults to the global indexedDB */
  indexedDB?: IDBFactory;
  /** the clock, for tests */
  now?: () => Date;
}

type StoredRecord = Candidate & { personKeys: string[] };

function toRecord(candidate: Candidate): StoredRecord {
  return { ...candidate, personKeys: personKeys(candidate) };
}

/** The record as written over `before` (null: a new one): one revision later. */
function nextRevision(candidate: Candidate, before: Pick<Candidate, 'revision'> | null): Candidate {
  return { ...candidate, revision: (before ? revisionOf(before) : 0) + 1 };
}

/** The revision of a raw stored value, for records written by bulkPut/transformAll. */
function storedRevision(raw: unknown): Pick<Candidate, 'revision'> | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = (raw as { revision?: unknown }).revision;
  return { revision: typeof r === 'number' && Number.isInteger(r) && r >= 0 ? r : 0 };
}

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

function errorName(error: unknown): string | null {
  return error && typeof error === 'object' && 'name' in error && typeof error.name === 'string' ? error.name : null;
}

export function isQuotaError(error: unknown): boolean {
  const name = errorName(error);
  if (name && QUOTA_NAMES.has(name)) return true;
  return error instanceof DOMException && error.code === 22;
}

/** Any failure → a CandidateStoreError a recruiter can read; a full disk says so. */
export function toStoreError(error: unknown, action: string): CandidateStoreError {
  if (error instanceof CandidateStoreError) return error;
  if (isQuotaError(error)) {
    return new CandidateStoreError(
      'quota',
      `Storage is full: could not ${action}, and nothing was changed. Delete candidates you no longer need or erase the cached GitHub data, then try again.`,
      { cause: error },
    );
  }
  const detail = error instanceof Error && error.message ? error.message : String(error);
  return new CandidateStoreError('failed', `Could not ${action}: ${detail}`, { cause: error });
}

/** Creates or migrates the schema from `oldVersion`; never drops a record. */
function upgrade(db: IDBDatabase, tx: IDBTransaction, oldVersion: number): void {
  if (oldVersion < 1) db.createObjectStore(CANDIDATES_STORE, { keyPath: 'id' });
  if (oldVersion < 2) {
    const store = tx.objectStore(CANDIDATES_STORE);
    store.createIndex(BY_PERSON_KEY, 'personKeys', { multiEntry: true });
    if (oldVersion >= 1) {
      const cursorRequest = store.openCursor();
      cursorRequest.onsuccess = () => {
        const cursor = cursorRequest.result;
        if (!cursor) return;
        const migrated = migrateCandidate(cursor.value);
        if (migrated.ok) {
          if (migrated.candidate.id === cursor.primaryKey) cursor.update(toRecord(migrated.candidate));
          else {
            cursor.delete();
            store.put(toRecord(migrated.candidate));
          }
        }
        cursor.continue();
      };
    }
  }
}

/** Whole records checked against the schema; an invalid one refuses them all. */
function toRecords(candidates: readonly Candidate[]): StoredRecord[] {
  return candidates.map((c, i) => {
    const parsed = Candidate.safeParse(c);
    if (!parsed.success) throw new CandidateStoreError('invalid', `Could not import: ${describeZodError(parsed.error, [i])}`);
    return toRecord(parsed.data);
  });
}

/** The records of every key, each once, read inside `store`'s transaction. */
async function recordsByKeys(store: IDBObjectStore, keys: readonly string[]): Promise<unknown[]> {
  const index = store.index(BY_PERSON_KEY);
  const lists = await Promise.all(keys.map((k) => requestResult(index.getAll(k))));
  const seen = new Set<string>();
  const out: unknown[] = [];
  for (const list of lists) {
    for (const raw of list as unknown[]) {
      const id = raw && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined;
      if (typeof id === 'string') {
        if (seen.has(id)) continue;
        seen.add(id);
      }
      out.push(raw);
    }
  }
  return out;
}

function readable(raws: readonly unknown[]): Candidate[] {
  const out: Candidate[] = [];
  for (const raw of raws) {
    const m = migrateCandidate(raw);
    if (m.ok) out.push(m.candidate);
  }
  return out;
}

/** An IndexedDB-backed candidate store; the connection opens on first use. */
export function openCandidateStore(options: CandidateStoreOptions = {}): CandidateStore {
  const name = options.dbName ?? CANDIDATES_DB_NAME;
  const clock = options.now ?? (() => new Date());
  const database = lazyDatabase({
    name,
    version: CANDIDATES_DB_VERSION,
    upgrade,
    ...(options.indexedDB ? { factory: options.indexedDB } : {}),
    unavailable: () => new CandidateStoreError('unavailable', 'The candidate list is not available: this context has no IndexedDB.'),
  });
  const db = () => database.db();

  /** Runs `body` in one transaction; any failure aborts it, so nothing is half-written. */
  async function run<T>(mode: IDBTransactionMode, action: string, body: (store: IDBObjectStore) => Promise<T>): Promise<T> {
    let tx: IDBTransaction | null = null;
    let done: Promise<void> | null = null;
    try {
      const d = await db();
      tx = d.transaction(CANDIDATES_STORE, mode);
      done = transactionDone(tx);
      done.catch(() => undefined);
      const result = await body(tx.objectStore(CANDIDATES_STORE));
      await done;
      return result;
    } catch (error) {
      if (tx) {
        try {
          tx.abort();
        } catch {
          // already aborted or finished
        }
        await done?.catch(() => undefined);
      }
      throw toStoreError(tx?.error && isQuotaError(tx.error) ? tx.error : error, action);
    }
  }

  async function findStored(store: IDBObjectStore, id: string): Promise<{ key: string; raw: unknown } | null> {
    const raw: unknown = await requestResult(store.get(id));
    if (raw !== undefined) return { key: id, raw };
    const key = id.toLowerCase();
    const list = (await requestResult(store.index(BY_PERSON_KEY).getAll(key))) as unknown[];
    for (const r of list) {
      const m = migrateCandidate(r);
      if (m.ok && (ownKeys(m.candidate) as string[]).includes(key)) return { key: m.candidate.id, raw: r };
    }
    return null;
  }

  /** An edit of the stored record; with `revision`, only while the record is still at it. */
  function checkedUpdate(id: string, patch: CandidatePatch, revision: number | null): Promise<CheckedUpdate> {
    const parsed = CandidatePatch.safeParse(patch);
    if (!parsed.success) return Promise.reject(new CandidateStoreError('invalid', `Could not update the candidate: ${describeZodError(parsed.error)}`));
    const now = clock().toISOString();
    return run('readwrite', 'update the candidate', async (store): Promise<CheckedUpdate> => {
      const found = await findStored(store, id);
      if (!found) return { ok: false, current: null };
      const m = migrateCandidate(found.raw);
      if (!m.ok) throw new CandidateStoreError('invalid', `The saved candidate "${id}" cannot be read: ${m.reason}`);
      if (revision !== null && revisionOf(m.candidate) !== revision) return { ok: false, current: m.candidate };
      const p = parsed.data;
      const next = Candidate.parse(
        nextRevision(
          {
            ...m.candidate,
            ...(p.stage !== undefined && { stage: p.stage }),
            ...(p.tags !== undefined && { tags: unionTags(p.tags, []) }),
            ...(p.notes !== undefined && { notes: p.notes }),
            ...(p.roleId !== undefined && { roleId: p.roleId }),
            updatedAt: now,
          },
          m.candidate,
        ),
      );
      store.put(toRecord(next));
      return { ok: true, candidate: next };
    });
  }

  return {
    async saveCandidate(input) {
      const parsed = SaveCandidateInput.safeParse(input);
      if (!parsed.success) throw new CandidateStoreError('invalid', `Could not save the candidate: ${describeZodError(parsed.error)}`);
      const now = clock().toISOString();
      const draft = candidateFromSave(parsed.data, now);
      return run('readwrite', 'save the candidate', async (store) => {
        const [nearby, sameId] = await Promise.all([recordsByKeys(store, personKeys(draft)), requestResult(store.get(draft.id))]);
        const known = readable(nearby);
        const sameIdReadable = sameId === undefined ? null : migrateCandidate(sameId);
        if (sameIdReadable?.ok && !known.some((c) => c.id === draft.id)) known.push(sameIdReadable.candidate);
        const matches = matchingCandidates(known, draft, new Set(parsed.data.notSamePairs ?? []));
        let result: Candidate = draft;
        const [base, ...others] = matches;
        const expected = parsed.data.expectedRevision;
        if (expected !== undefined && (base ? revisionOf(base) : 0) !== expected) throw new CandidateConflictError(base ?? null);
        if (base) {
          let merged = base;
          for (const other of others) merged = mergeCandidates(merged, other).candidate;
          // a save made now takes its own snapshot, whatever date the stored one carries
          result = mergeCandidates(merged, draft, { incomingSetsStage: parsed.data.stage !== undefined, now, freshSave: true }).candidate;
        } else if (sameId && typeof sameId === 'object') {
          // an unreadable record under this id is moved aside, not overwritten
          store.put({ ...sameId, id: `${draft.id}#unreadable-${now}` });
        }
        for (const other of others) store.delete(other.id);
        result = Candidate.parse(nextRevision(result, base ?? null));
        store.put(toRecord(result));
        return { candidate: result, created: !base, mergedIds: others.map((o) => o.id) };
      });
    },

    async listCandidates() {
      return run('readonly', 'read the candidate list', async (store) => {
        const [values, keys] = await Promise.all([requestResult(store.getAll()), requestResult(store.getAllKeys())]);
        const candidates: Candidate[] = [];
        const skipped: SkippedRecord[] = [];
        values.forEach((raw: unknown, i) => {
          const m = migrateCandidate(raw);
          if (m.ok) candidates.push(m.candidate);
          else skipped.push({ id: String(keys[i] ?? '?'), reason: m.reason });
        });
        return { candidates, skipped };
      });
    },

    async getCandidate(id) {
      return run('readonly', 'read the candidate', async (store) => {
        const found = await findStored(store, id);
        if (!found) return null;
        const m = migrateCandidate(found.raw);
        return m.ok ? m.candidate : null;
      });
    },

    async updateCandidate(id, patch) {
      const result = await checkedUpdate(id, patch, null);
      if (!result.ok) throw new CandidateStoreError('not-found', `No saved candidate "${id}".`);
      return result.candidate;
    },

    async updateCandidateIfUnchanged(id, patch, revision) {
      return checkedUpdate(id, patch, revision);
    },

    async deleteCandidate(id) {
      return run('readwrite', 'delete the candidate', async (store) => {
        const found = await findStored(store, id);
        if (!found) return false;
        store.delete(found.key);
        return true;
      });
    },

    async removeCandidate(id) {
      return run('readwrite', 'delete the candidate', async (store): Promise<RemovedCandidate> => {
        const found = await findStored(store, id);
        if (!found) return { deleted: false };
        store.delete(found.key);
        const m = migrateCandidate(found.raw);
        return { deleted: true, candidate: m.ok ? m.candidate : null, key: found.key };
      });
    },

    async eraseAllCandidates() {
      await run('readwrite', 'erase the candidates', async (store) => {
        store.clear();
      });
    },

    async bulkPut(candidates) {
      const records = toRecords(candidates);
      await run('readwrite', `write ${records.length} candidates`, async (store) => {
        const before = await Promise.all(records.map((r) => requestResult(store.get(r.id)) as Promise<unknown>));
        records.forEach((r, i) => store.put(toRecord(nextRevision(r, storedRevision(before[i])))));
      });
    },

    async transformAll(action, change) {
      return run('readwrite', action, async (store) => {
        const values: unknown[] = await requestResult(store.getAll());
        const current = readable(values);
        const { toWrite, toDelete = [], value } = change(current);
        const byId = new Map(current.map((c) => [c.id, c]));
        for (const r of toRecords(toWrite)) store.put(toRecord(nextRevision(r, byId.get(r.id) ?? null)));
        for (const id of toDelete) store.delete(id);
        return value;
      });
    },

    close() {
      database.close();
    },
  };
}

let shared: CandidateStore | null = null;

/** The store on this context's global IndexedDB, shared by the functions below. */
export function candidateStore(): CandidateStore {
  shared ??= openCandidateStore();
  return shared;
}

export const saveCandidate = (input: SaveCandidateInput): Promise<SaveResult> => candidateStore().saveCandidate(input);
export const listCandidates = (): Promise<CandidateList> => candidateStore().listCandidates();
export const getCandidate = (id: string): Promise<Candidate | null> => candidateStore().getCandidate(id);
export const updateCandidate = (id: string, patch: CandidatePatch): Promise<Candidate> => candidateStore().updateCandidate(id, patch);
/** An edit made from a record read at `revision` (candidate.revision ?? 0); refused, with the record as it is now, when another panel changed it meanwhile. */
export const updateCandidateIfUnchanged = (id: string, patch: CandidatePatch, revision: number): Promise<CheckedUpdate> =>
  candidateStore().updateCandidateIfUnchanged(id, patch, revision);
export const removeCandidate = (id: string): Promise<RemovedCandidate> => candidateStore().removeCandidate(id);
export const deleteCandidate = (id: string): Promise<boolean> => candidateStore().deleteCandidate(id);
export const eraseAllCandidates = (): Promise<void> => candidateStore().eraseAllCandidates();
export const bulkPut = (candidates: readonly Candidate[]): Promise<void> => candidateStore().bulkPut(candidates);
export const transformAllCandidates = <T,>(action: string, change: (candidates: Candidate[]) => TransformPlan<T>): Promise<T> =>
  candidateStore().transformAll(action, change);
