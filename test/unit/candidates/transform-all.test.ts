import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { openCandidateStore } from '../../../lib/candidates/candidate-store';
import { planImport } from '../../../lib/candidates/backup';
import { candidate, githubProfile, saveInput } from './fixtures';

describe('rewriting the list while another window saves', () => {
  test('an import lands, and a save made meanwhile is not overwritten by the rewrite', async () => {
    const factory = new IDBFactory();
    const panel = openCandidateStore({ indexedDB: factory });
    const otherWindow = openCandidateStore({ indexedDB: factory });
    await panel.saveCandidate(saveInput({ profiles: { github: githubProfile('mona-dev') }, tags: ['first'] }));

    const backup = [candidate({ profiles: { github: githubProfile('ada-l') } })];
    const [plan] = await Promise.all([
      // like re-scoring: every record written back, plus what the backup adds
      panel.transformAll('import and re-score', (existing) => {
        const p = planImport(existing, backup);
        return { toWrite: [...existing.map((c) => ({ ...c, notes: 'rescored' })), ...p.toWrite], value: p };
      }),
      otherWindow.saveCandidate(saveInput({ profiles: { github: githubProfile('mona-dev') }, tags: ['second'] })),
    ]);

    expect(plan.added).toBe(1);
    const { candidates } = await panel.listCandidates();
    expect(candidates.map((c) => c.id).sort()).toEqual(['gh:ada-l', 'gh:mona-dev']);
    expect(candidates.find((c) => c.id === 'gh:mona-dev')?.tags.sort()).toEqual(['first', 'second']);
    panel.close();
    otherWindow.close();
  });

  test('a record the change makes invalid refuses the whole write', async () => {
    const store = openCandidateStore({ indexedDB: new IDBFactory() });
    await store.saveCandidate(saveInput({ profiles: { github: githubProfile('mona-dev') } }));
    await expect(
      store.transformAll('re-score', (existing) => ({ toWrite: existing.map((c) => ({ ...c, stage: 'nowhere' as never })), value: null })),
    ).rejects.toThrow(/stage/);
    expect((await store.listCandidates()).candidates[0]?.stage).toBe('sourced');
    store.close();
  });
});
