/** Promise forms of IndexedDB's request and transaction events, shared by the IndexedDB stores. */

export function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/** Resolves when the transaction commits; rejects when it fails or is aborted (nothing of it is written). */
export function transactionDone(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

export interface LazyDatabaseOptions {
  name: string;
  version: number;
  /** creates or migrates the schema from `oldVersion`; must never drop records */
  upgrade: (db: IDBDatabase, tx: IDBTransaction, oldVersion: number) => void;
  /** defaults to the global indexedDB */
  factory?: IDBFactory;
  /** the error when this context has no IndexedDB */
  unavailable: () => Error;
}

export interface LazyDatabase {
  /** the open connection, opened (and upgraded) on first use */
  db(): Promise<IDBDatabase>;
  close(): void;
}

function openDatabase(factory: IDBFactory, options: LazyDatabaseOptions): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(options.name, options.version);
    request.onupgradeneeded = (event) => {
      const tx = request.transaction;
      if (tx) options.upgrade(request.result, tx, event.oldVersion);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
    // blocked: another context still holds the previous version; it closes on versionchange and the open proceeds
  });
}

/**
 * One connection per database and context, opened on first use. When another
 * context upgrades the schema this one closes and reopens next time; a failed
 * open is retried on the next call.
 */
export function lazyDatabase(options: LazyDatabaseOptions): LazyDatabase {
  let connection: Promise<IDBDatabase> | null = null;
  return {
    db() {
      const factory = options.factory ?? globalThis.indexedDB;
      if (!factory) return Promise.reject(options.unavailable());
      connection ??= openDatabase(factory, options).then((d) => {
        d.onversionchange = () => {
          d.close();
          connection = null;
        };
        return d;
      });
      connection.catch(() => (connection = null));
      return connection;
    },
    close() {
      void connection?.then((d) => d.close()).catch(() => undefined);
      connection = null;
    },
  };
}
