import { describe, expect, test } from 'vitest';
import { buildSearchIndex, foldText, listRoles, listTags, queryCandidates } from '../../../lib/candidates/query';
import type { Candidate } from '../../../lib/candidates/schema';
import { candidate, githubProfile, linkedinProfile, snapshot } from './fixtures';

const jose: Candidate = candidate(
  {
    profiles: { linkedin: linkedinProfile('jose-garcia', { name: 'José García', location: 'Málaga' }) },
    snapshot: snapshot({ overall: 91, skills: [{ skill: 'postgresql', strength: 0.9 }], matrixId: 'backend-senior' }),
    tags: ['Remote'],
    notes: 'Prefers async work',
    stage: 'offer',
  },
  '2025-01-10T00:00:00.000Z',
);
const ana: Candidate = candidate(
  {
    profiles: { github: githubProfile('AnaS', { name: 'Ana Silva' }) },
    snapshot: snapshot({ overall: 64, skills: [{ skill: 'python', strength: 0.7 }, { skill: 'kafka', strength: 0 }], matrixId: 'backend-mid', matrixName: 'Backend (mid)' }),
    roleId: 'backend-mid',
    tags: ['python', 'remote'],
    stage: 'screening',
  },
  '2025-03-10T00:00:00.000Z',
);
const bob: Candidate = candidate(
  {
    profiles: { github: githubProfile('bob-dev', { name: 'Bob Åkesson' }) },
    snapshot: snapshot({ overall: 30, skills: [{ skill: 'go', strength: 0.5 }] }),
    notes: 'Call back in May',
  },
  '2025-02-10T00:00:00.000Z',
);
const index = buildSearchIndex([jose, ana, bob]);
const ids = (cs: Candidate[]) => cs.map((c) => c.id);

describe('searching the candidate list', () => {
  test('accents and case do not matter, either way round', () => {
    expect(foldText('José ÅKESSON')).toBe('jose akesson');
    expect(ids(queryCandidates(index, { text: 'jose' }))).toEqual(['li:jose-garcia']);
    expect(ids(queryCandidates(index, { text: 'GARCÍA' }))).toEqual(['li:jose-garcia']);
    expect(ids(queryCandidates(index, { text: 'akesson' }))).toEqual(['gh:bob-dev']);
  });

  test('finds by login, slug, skill id or skill name, tag and notes', () => {
    expect(ids(queryCandidates(index, { text: 'anas' }))).toEqual(['gh:anas']);
    expect(ids(queryCandidates(index, { text: 'jose-garcia' }))).toEqual(['li:jose-garcia']);
    expect(ids(queryCandidates(index, { text: 'postgres' }))).toEqual(['li:jose-garcia']);
    expect(ids(queryCandidates(index, { text: 'Python' }))).toEqual(['gh:anas']);
    expect(ids(queryCandidates(index, { text: 'call back' }))).toEqual(['gh:bob-dev']);
    expect(ids(queryCandidates(index, { text: 'remote', sort: 'name' }))).toEqual(['gh:anas', 'li:jose-garcia']);
  });

  test('a skill with no evidence does not make a match', () => {
    expect(ids(queryCandidates(index, { text: 'kafka' }))).toEqual([]);
  });

  test('every word must match', () => {
    expect(ids(queryCandidates(index, { text: 'remote silva' }))).toEqual(['gh:anas']);
    expect(ids(queryCandidates(index, { text: 'remote bob' }))).toEqual([]);
  });
});

describe('filters and sorting', () => {
  test('by role, stage, tag and minimum score', () => {
    expect(ids(queryCandidates(index, { roleId: 'backend-mid' }))).toEqual(['gh:anas']);
    expect(ids(queryCandidates(index, { stage: 'offer' }))).toEqual(['li:jose-garcia']);
    expect(ids(queryCandidates(index, { tag: 'REMOTE' }))).toEqual(['li:jose-garcia', 'gh:anas']);
    expect(ids(queryCandidates(index, { minScore: 60 }))).toEqual(['li:jose-garcia', 'gh:anas']);
    expect(ids(queryCandidates(index, { minScore: 60, tag: 'python', text: 'ana' }))).toEqual(['gh:anas']);
  });

  test('by score (highest first), date saved (newest first) or name (A→Z), and reversed', () => {
    expect(ids(queryCandidates(index))).toEqual(['li:jose-garcia', 'gh:anas', 'gh:bob-dev']);
    expect(ids(queryCandidates(index, { sort: 'saved' }))).toEqual(['gh:anas', 'gh:bob-dev', 'li:jose-garcia']);
    expect(ids(queryCandidates(index, { sort: 'name' }))).toEqual(['gh:anas', 'gh:bob-dev', 'li:jose-garcia']);
    expect(ids(queryCandidates(index, { sort: 'score', direction: 'asc' }))).toEqual(['gh:bob-dev', 'gh:anas', 'li:jose-garcia']);
  });

  test('the tag and role choices offered to the filters', () => {
    expect(listTags([jose, ana, bob])).toEqual(['python', 'Remote']);
    expect(listRoles([jose, ana, bob])).toEqual([
      { id: 'backend-mid', name: 'Backend (mid)' },
      { id: 'backend-senior', name: 'Backend (senior)' },
    ]);
  });
});
