/**
 * Erase-all for data-protection requests: every saved candidate, every cached
 * GitHub answer about people and the retention notice (it lists candidates),
 * in one call. The token and the recruiter's matrices and settings are not
 * personal data about candidates and stay.
 *
 * The complete erase, which also empties the bulk queue and this session's
 * readings, is `eraseEverything` (lib/evaluation/erase-person.ts), run by the
 * background for the panel's `data:erase-all` message.
 */
import { clearHttpCache } from '../github/http-cache';
import { candidateStore, type CandidateStore } from './candidate-store';
import { writeRetentionNotice } from './retention-store';

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
    writeRetentionNotice(null),
  ]);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}
