/**
 * Erase-all for data-protection requests: every saved candidate and every
 * cached GitHub answer about people, in one call. The token and the
 * recruiter's matrices and settings are not personal data about candidates
 * and stay.
 */
import { clearHttpCache } from '../github/http-cache';
import { candidateStore, type CandidateStore } from './candidate-store';

export interface EraseAllOptions {
  /** defaults to the shared store on the global IndexedDB */
  store?: CandidateStore;
  /** defaults to the global indexedDB, for the HTTP cache */
  indexedDB?: IDBFactory;
}

/** Erases both; if one fails the other is still attempted, then the first failure is thrown. */
export async function eraseAllPersonalData(options: EraseAllOptions = {}): Promise<void> {
  const store = options.store ?? candidateStore();
  const results = await Promise.allSettled([
    store.eraseAllCandidates(),
    clearHttpCache(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
  ]);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}
