/**
 * Where the tokens live: the extension's own IndexedDB, database
 * `hirelens-secrets`.
 *
 * Why here and not in extension storage: every content script can read and
 * write `storage.local` (Firefox has no way to restrict it, Chrome only from
 * version 140), so a content script compromised by a renderer bug could read
 * the token there. IndexedDB belongs to an origin, and a content script's
 * IndexedDB is the web page's origin: this database, on the extension's
 * origin, is reachable only from the extension's own pages and its worker.
 * `storage.session` would be out of content scripts' reach too, but it is
 * forgotten when the browser closes, and an encrypted copy kept on disk
 * beside it would need its key kept somewhere content scripts cannot read:
 * here again. So the token is kept here, once.
 *
 * Versions of the database:
 *   1  object store `secrets`, keyed by `name`
 * Each record carries its own `version` (1 for all today):
 *   { name: 'githubToken', version, token }            the github.com token
 *   { name: 'enterpriseToken', version, host, token }  the Enterprise token and its host
 *   { name: 'legacyTokensMoved', version, at }         the old storage.local copies were moved (settings-store.ts)
 */
import { z } from 'zod';
import { EnterpriseHost } from './enterprise-host';
import { lazyDatabase, requestResult, transactionDone, type LazyDatabase } from '../storage/idb-promise';

export const SECRETS_DB_NAME = 'hirelens-secrets';
export const SECRETS_DB_VERSION = 1;
const STORE = 'secrets';

const Token = z.string().trim().min(1).max(1000);

export const GithubTokenRecord = z.object({ name: z.literal('githubToken'), version: z.literal(1), token: Token });
export const EnterpriseTokenRecord = z.object({ name: z.literal('enterpriseToken'), version: z.literal(1), host: EnterpriseHost, token: Token });
export const LegacyMovedRecord = z.object({ name: z.literal('legacyTokensMoved'), version: z.literal(1), at: z.number() });

export const SecretRecord = z.discriminatedUnion('name', [GithubTokenRecord, EnterpriseTokenRecord, LegacyMovedRecord]);
export type SecretRecord = z.infer<typeof SecretRecord>;
export type SecretName = SecretRecord['name'];
type RecordOf<N extends SecretName> = Extract<SecretRecord, { name: N }>;

const SCHEMAS: { [N in SecretName]: z.ZodType<RecordOf<N>> } = {
  githubToken: GithubTokenRecord,
  enterpriseToken: EnterpriseTokenRecord,
  legacyTokensMoved: LegacyMovedRecord,
};

export interface SecretStore {
  /** the record read back through its schema; null when absent or damaged */
  get<N extends SecretName>(name: N): Promise<RecordOf<N> | null>;
  put(record: SecretRecord): Promise<void>;
  delete(name: SecretName): Promise<void>;
  close(): void;
}

export interface SecretStoreOptions {
  dbName?: string;
  /** defaults to the global indexedDB */
  indexedDB?: IDBFactory;
}

function upgrade(db: IDBDatabase, _tx: IDBTransaction, oldVersion: number): void {
  if (oldVersion < 1) db.createObjectStore(STORE, { keyPath: 'name' });
}

export function openSecretStore(options: SecretStoreOptions = {}): SecretStore {
  const database: LazyDatabase = lazyDatabase({
    name: options.dbName ?? SECRETS_DB_NAME,
    version: SECRETS_DB_VERSION,
    upgrade,
    ...(options.indexedDB ? { factory: options.indexedDB } : {}),
    unavailable: () => new Error('The token store is not available: this context has no IndexedDB'),
  });
  return {
    async get(name) {
      const d = await database.db();
      const raw: unknown = await requestResult(d.transaction(STORE, 'readonly').objectStore(STORE).get(name));
      const parsed = SCHEMAS[name].safeParse(raw);
      return parsed.success ? parsed.data : null;
    },
    async put(record) {
      const d = await database.db();
      const tx = d.transaction(STORE, 'readwrite');
      tx.objectStore(STORE).put(SecretRecord.parse(record));
      await transactionDone(tx);
    },
    async delete(name) {
      const d = await database.db();
      const tx = d.transaction(STORE, 'readwrite');
      tx.objectStore(STORE).delete(name);
      await transactionDone(tx);
    },
    close() {
      database.close();
    },
  };
}

let shared: SecretStore | null = null;

/** The store on this context's global IndexedDB. */
export function secretStore(): SecretStore {
  shared ??= openSecretStore();
  return shared;
}

/** Tests: the next secretStore() opens on whatever indexedDB is global then. */
export function resetSecretStoreForTests(): void {
  shared?.close();
  shared = null;
}
