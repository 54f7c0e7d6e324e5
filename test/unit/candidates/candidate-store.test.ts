import { IDBFactory, IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  CANDIDATES_DB_NAME,
  CANDIDATES_STORE,
  CandidateStoreError,
  openCandidateStore,
  type CandidateStore,
} from '../../../lib/candidates/candidate-store';
import { candidate, githubProfile, linkedinProfile, saveInput, snapshot } from './fixtures';

let factory: IDBFactory;
const opened: CandidateStore[] = [];
let clock = Date.parse('2025-03-01T10:00:00.000Z');

function store(): CandidateStore {
  const s = openCandidateStore({ indexedDB: factory, now: () => new Date((clock += 1000)) });
  opened.push(s);
  return s;
}

function rawDb(version?: number, upgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(CANDIDATES_DB_NAME, version);
    request.onupgradeneeded = () => upgrade?.(request.result);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function rawPut(db: IDBDatabase, value: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(CANDIDATES_STORE, 'readwrite');
    tx.objectStore(CANDIDATES_STORE).put(value);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

function rawGet(db: IDBDatabase, id: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const request = db.transaction(CANDIDATES_STORE, 'readonly').objectStore(CANDIDATES_STORE).get(id);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Makes every put after the first `allowed` ones fail the way a full disk does: the request errors and the transaction aborts. */
function fillDiskAfter(allowed: number): void {
  const original = FakeObjectStore.prototype.put;
  let count = 0;
  vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
    if (count++ < allowed) return original.call(this, value, key);
    const tx = this.transaction as unknown as { _execRequestAsync(o: { operation: () => unknown; source: unknown }): IDBRequest<IDBValidKey> };
    return tx._execRequestAsync({
      operation: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
      source: this,
    });
  });
}

beforeEach(() => {
  factory = new IDBFactory();
});

afterEach(() => {
  vi.restoreAllMocks();
  for (const s of opened.splice(0)) s.close();
});

describe('saving candidates', () => {
  test('a saved candidate is in the list with its score snapshot and evidence', async () => {
    const s = store();
    const { candidate: saved, created } = await s.saveCandidate(
      saveInput({ profiles: { github: githubProfile('AnaS', { name: 'Ana Silva' }) }, tags: ['python'], stage: 'contacted', notes: 'Good fit' }),
    );
    expect(created).toBe(true);
    expect(saved.id).toBe('gh:anas');
    const { candidates, skipped } = await s.listCandidates();
    expect(skipped).toEqual([]);
    expect(candidates).toHaveLength(1);
    const c = candidates[0]!;
    expect(c.name).toBe('Ana Silva');
    expect(c.stage).toBe('contacted');
    expect(c.tags).toEqual(['python']);
    expect(c.snapshot.overall).toBe(72);
    expect(c.snapshot.evidence[0]?.sources[0]?.repo).toBe('someone/tool');
    expect(c.profiles.github?.login).toBe('AnaS');
  });

  test('saving the same person again updates the record and never duplicates it', async () => {
    const s = store();
    await s.saveCandidate(saveInput({ profiles: { github: githubProfile('anas') }, tags: ['python'], stage: 'screening', notes: 'Called' }));
    const again = await s.saveCandidate(
      saveInput({ profiles: { github: githubProfile('ANAS') }, snapshot: snapshot({ date: '2025-06-01T00:00:00.000Z', overall: 88 }) }),
    );
    expect(again.created).toBe(false);
    const { candidates } = await s.listCandidates();
    expect(candidates).toHaveLength(1);
    expect(candidates[0]).toMatchObject({ stage: 'screening', tags: ['python'], notes: 'Called' });
    expect(candidates[0]?.snapshot.overall).toBe(88);
  });

  test('a LinkedIn save of a person already saved from GitHub merges into one candidate', async () => {
    const s = store();
    // the two profiles link to each other, so the link is confirmed both ways
    await s.saveCandidate(saveInput({ profiles: { github: githubProfile('anas', { socialLinks: ['https://www.linkedin.com/in/ana-silva'] }) }, tags: ['python'] }));
    const result = await s.saveCandidate(
      saveInput({ profiles: { linkedin: linkedinProfile('ana-silva', { name: 'Ana Silva', githubUrl: 'https://github.com/AnaS' }) }, tags: ['berlin'] }),
    );
    expect(result.candidate.id).toBe('gh:anas');
    const { candidates } = await s.listCandidates();
    expect(candidates).toHaveLength(1);
    expect(candidates[0]?.profiles.github?.login).toBe('anas');
    expect(candidates[0]?.profiles.linkedin?.slug).toBe('ana-silva');
    expect(candidates[0]?.tags).toEqual(['python', 'berlin']);
    // found under either identity
    expect((await s.getCandidate('li:ana-silva'))?.id).toBe('gh:anas');
    expect((await s.getCandidate('gh:anas'))?.name).toBe('Ana Silva');
  });

  test('a save with both profiles folds an earlier GitHub record and an earlier LinkedIn record into one', async () => {
    const s = store();
    await s.saveCandidate(saveInput({ profiles: { github: githubProfile('anas') }, notes: 'from GitHub' }));
    await s.saveCandidate(saveInput({ profiles: { linkedin: linkedinProfile('ana-silva') }, notes: 'from LinkedIn' }));
    expect((await s.listCandidates()).candidates).toHaveLength(2);
    const result = await s.saveCandidate(saveInput({ profiles: { github: githubProfile('anas'), linkedin: linkedinProfile('ana-silva') } }));
    expect(result.mergedIds).toEqual(['li:ana-silva']);
    const { candidates } = await s.listCandidates();
    expect(candidates.map((c) => c.id)).toEqual(['gh:anas']);
    expect(candidates[0]?.notes).toBe('from GitHub\n\nfrom LinkedIn');
  });

  test('an invalid save is refused with the field named and nothing stored', async () => {
    const s = store();
    const bad = saveInput({ profiles: { github: githubProfile('anas') }, snapshot: snapshot({ overall: 140 }) });
    await expect(s.saveCandidate(bad)).rejects.toThrow(/snapshot\.overall/);
    await expect(s.saveCandidate(saveInput({ profiles: {} }))).rejects.toMatchObject({ kind: 'invalid' });
    expect((await s.listCandidates()).candidates).toEqual([]);
  });
});

describe('two contexts saving at once', () => {
  test('two saves of the same person with different tags keep both tags', async () => {
    const panel = store();
    const otherWindow = store();
    await Promise.all([
      panel.saveCandidate(saveInput({ profiles: { github: githubProfile('anas') }, tags: ['python'] })),
      otherWindow.saveCandidate(saveInput({ profiles: { github: githubProfile('anas') }, tags: ['remote'] })),
    ]);
    const { candidates } = await panel.listCandidates();
    expect(candidates).toHaveLength(1);
    expect([...candidates[0]!.tags].sort()).toEqual(['python', 'remote']);
  });

  test('many saves of one person from two contexts lose no tag', async () => {
    const a = store();
    const b = store();
    const tags = Array.from({ length: 20 }, (_, i) => `t${i}`);
    await Promise.all(tags.map((t, i) => (i % 2 ? a : b).saveCandidate(saveInput({ profiles: { github: githubProfile('anas') }, tags: [t] }))));
    const { candidates } = await a.listCandidates();
    expect(candidates).toHaveLength(1);
    expect([...candidates[0]!.tags].sort()).toEqual([...tags].sort());
  });

  test('saves of different people at once are all kept', async () => {
    const a = store();
    const b = store();
    await Promise.all([
      a.saveCandidate(saveInput({ profiles: { github: githubProfile('anas') } })),
      b.saveCandidate(saveInput({ profiles: { linkedin: linkedinProfile('bob-jones') } })),
    ]);
    expect((await a.listCandidates()).candidates.map((c) => c.id).sort()).toEqual(['gh:anas', 'li:bob-jones']);
  });
});

describe('editing and erasing', () => {
  test('stage, tags and notes are edited in place', async () => {
    const s = store();
    await s.saveCandidate(saveInput({ profiles: { github: githubProfile('anas') }, tags: ['python', 'remote'], notes: 'old' }));
    const updated = await s.updateCandidate('gh:anas', { stage: 'technical-interview', tags: ['remote'], notes: 'Interview on Friday' });
    expect(updated).toMatchObject({ stage: 'technical-interview', tags: ['remote'], notes: 'Interview on Friday' });
    expect(await s.getCandidate('gh:anas')).toMatchObject({ stage: 'technical-interview', tags: ['remote'], notes: 'Interview on Friday' });
  });

  test('editing a candidate that is not saved says so', async () => {
    const s = store();
    await expect(s.updateCandidate('gh:nobody', { stage: 'offer' })).rejects.toMatchObject({ kind: 'not-found' });
  });

  test('delete removes one candidate; erase-all removes everyone', async () => {
    const s = store();
    await s.saveCandidate(saveInput({ profiles: { github: githubProfile('anas') } }));
    await s.saveCandidate(saveInput({ profiles: { github: githubProfile('bob') } }));
    await s.saveCandidate(saveInput({ profiles: { github: githubProfile('carol') } }));
    expect(await s.deleteCandidate('gh:bob')).toBe(true);
    expect(await s.deleteCandidate('gh:bob')).toBe(false);
    expect((await s.listCandidates()).candidates.map((c) => c.id).sort()).toEqual(['gh:anas', 'gh:carol']);
    await s.eraseAllCandidates();
    expect(await s.listCandidates()).toEqual({ candidates: [], skipped: [] });
    // and a fresh context sees the same
    expect((await store().listCandidates()).candidates).toEqual([]);
  });

  test('bulkPut writes imported records that later saves merge into', async () => {
    const s = store();
    await s.bulkPut([candidate({ profiles: { github: githubProfile('anas') }, tags: ['imported'] }), candidate({ profiles: { github: githubProfile('bob') } })]);
    await s.saveCandidate(saveInput({ profiles: { github: githubProfile('anas') }, tags: ['new'] }));
    const { candidates } = await s.listCandidates();
    expect(candidates).toHaveLength(2);
    expect(candidates.find((c) => c.id === 'gh:anas')?.tags).toEqual(['imported', 'new']);
  });
});

describe('damaged and full storage', () => {
  test('a corrupt record is skipped and reported, the rest loads', async () => {
    const s = store();
    await s.saveCandidate(saveInput({ profiles: { github: githubProfile('anas') } }));
    s.close();
    const db = await rawDb();
    await rawPut(db, { id: 'gh:broken', schemaVersion: 2, name: 42 });
    await rawPut(db, { id: 'gh:future', schemaVersion: 9 });
    db.close();
    const { candidates, skipped } = await store().listCandidates();
    expect(candidates.map((c) => c.id)).toEqual(['gh:anas']);
    expect(skipped.map((x) => x.id).sort()).toEqual(['gh:broken', 'gh:future']);
    expect(skipped.find((x) => x.id === 'gh:future')?.reason).toMatch(/newer Hirelens/);
    expect(skipped.find((x) => x.id === 'gh:broken')?.reason).toMatch(/^name: /);
  });

  test('saving over an unreadable record moves it aside instead of overwriting it', async () => {
    const s = store();
    await s.listCandidates(); // creates the database
    s.close();
    const db = await rawDb();
    await rawPut(db, { id: 'gh:anas', schemaVersion: 2, name: 'damaged', notes: 'precious' });
    db.close();
    const s2 = store();
    await s2.saveCandidate(saveInput({ profiles: { github: githubProfile('anas') } }));
    const { candidates, skipped } = await s2.listCandidates();
    expect(candidates.map((c) => c.id)).toEqual(['gh:anas']);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]?.id).toMatch(/^gh:anas#unreadable-/);
  });

  test('a full disk gives a clear error and leaves the stored records as they were', async () => {
    const s = store();
    await s.saveCandidate(saveInput({ profiles: { github: githubProfile('anas') }, notes: 'from GitHub' }));
    await s.saveCandidate(saveInput({ profiles: { linkedin: linkedinProfile('ana-silva') }, notes: 'from LinkedIn' }));
    fillDiskAfter(0);
    const error = await s
      .saveCandidate(saveInput({ profiles: { github: githubProfile('anas'), linkedin: linkedinProfile('ana-silva') }, tags: ['x'] }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CandidateStoreError);
    expect((error as CandidateStoreError).kind).toBe('quota');
    expect((error as CandidateStoreError).message).toMatch(/^Storage is full: /);
    vi.restoreAllMocks();
    // the merge would have deleted the LinkedIn record: the abort rolled that back too
    const { candidates } = await s.listCandidates();
    expect(candidates.map((c) => [c.id, c.notes, c.tags]).sort()).toEqual([
      ['gh:anas', 'from GitHub', []],
      ['li:ana-silva', 'from LinkedIn', []],
    ]);
  });

  test('an import that runs out of space writes none of its records', async () => {
    const s = store();
    await s.listCandidates();
    fillDiskAfter(2);
    const people = ['a1', 'a2', 'a3'].map((login) => candidate({ profiles: { github: githubProfile(login) } }));
    await expect(s.bulkPut(people)).rejects.toThrow(/^Storage is full: /);
    vi.restoreAllMocks();
    expect((await s.listCandidates()).candidates).toEqual([]);
  });
});

describe('migrations', () => {
  test('a database of version 1 with v1 records opens with every record migrated in place', async () => {
    const db = await rawDb(1, (d) => d.createObjectStore(CANDIDATES_STORE, { keyPath: 'id' }));
    await rawPut(db, {
      id: 'gh:anas',
      name: 'Ana Silva',
      stage: 'Technical interview',
      tags: ['python'],
      notes: 'Met at PyCon',
      roleId: 'backend-mid',
      profile: githubProfile('anas', { socialLinks: ['https://www.linkedin.com/in/ana-silva'] }),
      score: { overall: 64.4, band: 'mid', matrixId: 'backend-mid', date: '2024-11-02T09:00:00Z' },
      savedAt: Date.parse('2024-11-02T09:00:00Z'),
    });
    await rawPut(db, { id: 'li:broken', stage: 'Somewhere', profile: null });
    db.close();

    const s = store();
    const { candidates, skipped } = await s.listCandidates();
    expect(candidates).toHaveLength(1);
    expect(candidates[0]).toMatchObject({
      id: 'gh:anas',
      schemaVersion: 2,
      name: 'Ana Silva',
      stage: 'technical-interview',
      tags: ['python'],
      notes: 'Met at PyCon',
      roleId: 'backend-mid',
      githubUrl: 'https://github.com/anas',
      linkedinUrl: 'https://www.linkedin.com/in/ana-silva/',
      createdAt: '2024-11-02T09:00:00.000Z',
    });
    expect(candidates[0]?.snapshot).toMatchObject({ overall: 64, band: 'mid', matrixId: 'backend-mid', evidence: [] });
    expect(skipped.map((x) => x.id)).toEqual(['li:broken']);

    // migrated in place, and indexed: a LinkedIn save of the linked profile, linking back, merges into it
    s.close();
    const after = await rawDb();
    expect(await rawGet(after, 'gh:anas')).toMatchObject({ schemaVersion: 2, stage: 'technical-interview' });
    expect(await rawGet(after, 'li:broken')).toMatchObject({ stage: 'Somewhere' });
    after.close();
    const s2 = store();
    await s2.saveCandidate(saveInput({ profiles: { linkedin: linkedinProfile('ana-silva', { githubUrl: 'https://github.com/anas' }) } }));
    expect((await s2.listCandidates()).candidates.map((c) => c.id)).toEqual(['gh:anas']);
  });
});
