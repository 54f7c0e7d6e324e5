import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { openCandidateStore } from '../../../lib/candidates/candidate-store';
import { pairKey } from '../../../lib/candidates/identity';
import {
  MergeChangedError,
  laterStage,
  mergeSuggested,
  planMerge,
  planUndo,
  suggestMerges,
  type MergeSuggestion,
  type PairAnswers,
} from '../../../lib/candidates/merge-suggestions';
import type { Candidate } from '../../../lib/candidates/schema';
import { candidate, githubProfile, linkedinProfile, saveInput, snapshot } from './fixtures';

const NO_ANSWERS: PairAnswers = { confirmed: new Set(), rejected: new Set() };
const LI_ANA = 'https://www.linkedin.com/in/ana-silva/';

function githubRecord(login: string, name: string, extra: { links?: string[]; at?: string; notes?: string; tags?: string[]; stage?: Candidate['stage'] } = {}): Candidate {
  return candidate(
    {
      profiles: { github: githubProfile(login, { name, socialLinks: extra.links ?? [] }) },
      notes: extra.notes ?? '',
      tags: extra.tags ?? [],
      stage: extra.stage ?? 'sourced',
    },
    extra.at ?? '2025-03-01T10:00:00.000Z',
  );
}

function linkedinRecord(slug: string, name: string, extra: { github?: string | null; at?: string; notes?: string; tags?: string[]; stage?: Candidate['stage'] } = {}): Candidate {
  return candidate(
    {
      profiles: { linkedin: linkedinProfile(slug, { name, githubUrl: extra.github ?? null }) },
      notes: extra.notes ?? '',
      tags: extra.tags ?? [],
      stage: extra.stage ?? 'sourced',
      snapshot: snapshot({ date: extra.at ?? '2025-04-01T10:00:00.000Z', overall: 55 }),
    },
    extra.at ?? '2025-04-01T10:00:00.000Z',
  );
}

describe('which saved records look like one person', () => {
  test('a GitHub record and a LinkedIn record that link to each other (saved before the link was there) are offered as one, the earlier saved first', () => {
    const gh = githubRecord('anas', 'Ana S.', { links: [LI_ANA] });
    const li = linkedinRecord('ana-silva', 'Ana Silva', { github: 'https://github.com/AnaS' });
    const [s, ...rest] = suggestMerges([li, gh], NO_ANSWERS);
    expect(rest).toEqual([]);
    expect(s).toMatchObject({ pair: 'gh:anas|li:ana-silva', reason: 'back-link', login: 'anas', slug: 'ana-silva' });
    expect([s?.first.id, s?.second.id]).toEqual(['gh:anas', 'li:ana-silva']);
  });

  test('a one-way link the recruiter confirmed ("Is this their GitHub?" → Yes) is offered, with the LinkedIn record first when it was saved first', () => {
    const li = linkedinRecord('ana-silva', 'Ana Silva', { github: 'https://github.com/anas', at: '2025-01-01T10:00:00.000Z' });
    const gh = githubRecord('anas', 'Ana Doe');
    expect(suggestMerges([gh, li], NO_ANSWERS)).toEqual([]);
    const [s] = suggestMerges([gh, li], { confirmed: new Set([pairKey('AnaS', 'Ana-Silva')]), rejected: new Set() });
    expect(s?.reason).toBe('recruiter');
    expect(s?.first.id).toBe('li:ana-silva');
  });

  test('a one-way link between records saved under the same name (case, accents and spacing aside) is offered', () => {
    const gh = githubRecord('anas', 'Ána  Silva', { links: [LI_ANA] });
    const li = linkedinRecord('ana-silva', 'ana silva');
    expect(suggestMerges([gh, li], NO_ANSWERS).map((s) => s.reason)).toEqual(['same-name']);
  });

  test('a LinkedIn page that merely names someone else’s GitHub offers nothing without confirmation', () => {
    const torvalds = githubRecord('torvalds', 'Linus Torvalds');
    const claimer = linkedinRecord('someone', 'Some One', { github: 'https://github.com/torvalds' });
    expect(suggestMerges([torvalds, claimer], NO_ANSWERS)).toEqual([]);
  });

  test('the same name alone is not enough', () => {
    expect(suggestMerges([githubRecord('anas', 'Ana Silva'), linkedinRecord('ana-silva', 'Ana Silva')], NO_ANSWERS)).toEqual([]);
  });

  test('a name that is only the login or slug (the page showed none) does not count as the same name', () => {
    const gh = githubRecord('anas', '', { links: ['https://www.linkedin.com/in/anas/'] });
    const li = linkedinRecord('anas', 'anas');
    expect(gh.name).toBe('anas');
    expect(suggestMerges([gh, li], NO_ANSWERS)).toEqual([]);
  });

  test('never when the recruiter said they are not the same person, even with links both ways', () => {
    const gh = githubRecord('anas', 'Ana Silva', { links: [LI_ANA] });
    const li = linkedinRecord('ana-silva', 'Ana Silva', { github: 'https://github.com/anas' });
    expect(suggestMerges([gh, li], { confirmed: new Set([pairKey('anas', 'ana-silva')]), rejected: new Set([pairKey('anas', 'ana-silva')]) })).toEqual([]);
  });

  test('a confirmation of another pair does not count, and two records of one site are never offered', () => {
    const li = linkedinRecord('ana-silva', 'Ana Silva', { github: 'https://github.com/anas' });
    const gh = githubRecord('anas', 'Ana Doe');
    expect(suggestMerges([gh, li], { confirmed: new Set([pairKey('anas', 'other-slug')]), rejected: new Set() })).toEqual([]);
    const twin = githubRecord('ana-silva-2', 'Ana Silva', { links: [LI_ANA] });
    expect(suggestMerges([twin, githubRecord('anas', 'Ana Silva', { links: [LI_ANA] })], NO_ANSWERS)).toEqual([]);
  });
});

describe('merging two records of one person', () => {
  const gh = githubRecord('anas', 'Ana S.', { links: [LI_ANA], notes: 'Called in March', tags: ['go', 'remote'], stage: 'screening' });
  const li = linkedinRecord('ana-silva', 'Ana Silva', { github: 'https://github.com/anas', notes: 'Open to relocation', tags: ['Remote', 'lisbon'], stage: 'contacted' });
  const NOW = '2025-05-01T10:00:00.000Z';

  test('keeps both links, both notes, both tags, the later stage, the newer score and the first saved name', () => {
    const merged = mergeSuggested(gh, li, 'first', NOW);
    expect(merged.id).toBe('gh:anas');
    expect(merged.name).toBe('Ana S.');
    expect([merged.githubLogin, merged.linkedinSlug]).toEqual(['anas', 'ana-silva']);
    expect([merged.githubUrl, merged.linkedinUrl]).toEqual(['https://github.com/anas', 'https://www.linkedin.com/in/ana-silva/']);
    expect(merged.profiles.github?.login).toBe('anas');
    expect(merged.profiles.linkedin?.slug).toBe('ana-silva');
    expect(merged.notes).toContain('Called in March');
    expect(merged.notes).toContain('Open to relocation');
    expect(merged.tags).toEqual(['go', 'remote', 'lisbon']);
    expect(merged.stage).toBe('screening');
    expect(merged.snapshot.overall).toBe(55);
  });

  test('keeps the other name only when the recruiter picks it', () => {
    expect(mergeSuggested(gh, li, 'second', NOW).name).toBe('Ana Silva');
  });

  test('the name chosen at the merge is kept by later saves of either profile', async () => {
    const s = openCandidateStore({ indexedDB: new IDBFactory(), now: () => new Date(NOW) });
    await s.bulkPut([gh, li]);
    const [shown] = suggestMerges((await s.listCandidates()).candidates, NO_ANSWERS);
    if (!shown) throw new Error('expected a suggestion');
    // the recruiter keeps the GitHub record's name, though a save would otherwise take LinkedIn's first
    await s.transformAll('merge two candidates', (current) => planMerge(current, shown, shown.first.id === 'gh:anas' ? 'first' : 'second', NOW));
    expect((await s.listCandidates()).candidates.map((c) => c.name)).toEqual(['Ana S.']);

    await s.saveCandidate(saveInput({ profiles: { linkedin: linkedinProfile('ana-silva', { name: 'Ana Silva', githubUrl: 'https://github.com/anas' }) } }));
    await s.saveCandidate(saveInput({ profiles: { github: githubProfile('anas', { name: 'Ana Maria Silva', socialLinks: [LI_ANA] }) } }));
    const after = (await s.listCandidates()).candidates;
    expect(after.map((c) => [c.id, c.name])).toEqual([['gh:anas', 'Ana S.']]);
    s.close();
  });

  test('a record whose name nobody chose still follows its profiles', async () => {
    const s = openCandidateStore({ indexedDB: new IDBFactory(), now: () => new Date(NOW) });
    await s.bulkPut([gh]);
    await s.saveCandidate(saveInput({ profiles: { github: githubProfile('anas', { name: 'Ana Maria Silva', socialLinks: [LI_ANA] }) } }));
    expect((await s.listCandidates()).candidates.map((c) => c.name)).toEqual(['Ana Maria Silva']);
    s.close();
  });

  test('the later stage is the one further along, whichever record holds it', () => {
    expect(laterStage('offer', 'contacted')).toBe('offer');
    expect(laterStage('sourced', 'technical-interview')).toBe('technical-interview');
  });

  function suggestion(): MergeSuggestion {
    const [s] = suggestMerges([gh, li], NO_ANSWERS);
    if (!s) throw new Error('expected a suggestion');
    return s;
  }

  test('the merge writes one record, deletes the other, and keeps both as they were for Undo', () => {
    const plan = planMerge([gh, li], suggestion(), 'first', NOW);
    expect(plan.toWrite.map((c) => c.id)).toEqual(['gh:anas']);
    expect(plan.toDelete).toEqual(['li:ana-silva']);
    expect(plan.value.originals).toEqual([gh, li]);
  });

  test('a record changed since the suggestion was shown is not merged', () => {
    expect(() => planMerge([{ ...gh, revision: 5 }, li], suggestion(), 'first', NOW)).toThrow(MergeChangedError);
    expect(() => planMerge([gh], suggestion(), 'first', NOW)).toThrow(/removed/);
  });

  test('an undo after the merged record was changed again is refused, so that change is kept', () => {
    const { toWrite, value } = planMerge([gh, li], suggestion(), 'first', NOW);
    const written = { ...toWrite[0]!, revision: value.mergedRevision };
    expect(planUndo([written], value).toWrite).toEqual([gh, li]);
    expect(() => planUndo([{ ...written, revision: value.mergedRevision + 1 }], value)).toThrow(MergeChangedError);
    expect(() => planUndo([written, li], value)).toThrow(MergeChangedError);
  });

  test('in the store: Merge leaves one record, Undo restores both exactly as they were', async () => {
    const s = openCandidateStore({ indexedDB: new IDBFactory(), now: () => new Date(NOW) });
    await s.bulkPut([gh, li]);
    const before = (await s.listCandidates()).candidates.sort((a, b) => a.id.localeCompare(b.id));
    const [shown] = suggestMerges(before, NO_ANSWERS);
    if (!shown) throw new Error('expected a suggestion');

    const undo = await s.transformAll('merge two candidates', (current) => planMerge(current, shown, 'first', NOW));
    const after = (await s.listCandidates()).candidates;
    expect(after.map((c) => [c.id, c.name, c.linkedinSlug])).toEqual([['gh:anas', 'Ana S.', 'ana-silva']]);

    await s.transformAll('undo the merge', (current) => planUndo(current, undo));
    const restored = (await s.listCandidates()).candidates.sort((a, b) => a.id.localeCompare(b.id));
    // every field as it was; only the write counter moves on (another panel's stale edit stays refused)
    const withoutRevision = (c: Candidate) => ({ ...c, revision: undefined });
    expect(restored.map(withoutRevision)).toEqual(before.map(withoutRevision));
    expect(suggestMerges(restored, NO_ANSWERS)).toHaveLength(1);
    s.close();
  });
});

describe('saving after "Not the same person"', () => {
  const AT = '2025-05-01T10:00:00.000Z';
  test('a later save of one of them does not fold the other in, even with links both ways', async () => {
    const s = openCandidateStore({ indexedDB: new IDBFactory(), now: () => new Date(AT) });
    const gh = githubRecord('anas', 'Ana Silva');
    const li = linkedinRecord('ana-silva', 'Ana Silva', { github: 'https://github.com/anas' });
    await s.bulkPut([gh, li]);
    const notSame = [pairKey('anas', 'ana-silva')];
    // the GitHub profile now links to the LinkedIn one, which links back: without the answer they would merge
    const linked = saveInput({ profiles: { github: githubProfile('anas', { name: 'Ana Silva', socialLinks: [LI_ANA] }) } });
    const withAnswer = await s.saveCandidate({ ...linked, notSamePairs: notSame });
    expect(withAnswer.candidate.id).toBe('gh:anas');
    expect(withAnswer.candidate.linkedinSlug ?? null).toBeNull();
    const stored = (await s.listCandidates()).candidates.map((c) => c.id).sort();
    expect(stored).toEqual(['gh:anas', 'li:ana-silva']);
    s.close();
  });

  test('without the answer, the same save folds them into one (links both ways)', async () => {
    const s = openCandidateStore({ indexedDB: new IDBFactory(), now: () => new Date(AT) });
    await s.bulkPut([githubRecord('anas', 'Ana Silva'), linkedinRecord('ana-silva', 'Ana Silva', { github: 'https://github.com/anas' })]);
    await s.saveCandidate(saveInput({ profiles: { github: githubProfile('anas', { name: 'Ana Silva', socialLinks: [LI_ANA] }) } }));
    expect((await s.listCandidates()).candidates.map((c) => c.id)).toEqual(['gh:anas']);
    s.close();
  });
});
