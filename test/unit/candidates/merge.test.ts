import { describe, expect, test } from 'vitest';
import { combineNotes, mergeCandidates } from '../../../lib/candidates/merge';
import { Candidate } from '../../../lib/candidates/schema';
import { candidate, githubProfile, linkedinProfile, snapshot } from './fixtures';

describe('merging two records of one person', () => {
  test('saving again keeps stage, notes and tags when the save does not set them, and takes the newer score', () => {
    const stored = {
      ...candidate({ profiles: { github: githubProfile('anas') }, stage: 'screening', tags: ['python'], notes: 'Called on Monday' }),
    };
    const again = candidate(
      { profiles: { github: githubProfile('anas', { name: 'Ana Silva' }) }, snapshot: snapshot({ date: '2025-04-01T10:00:00.000Z', overall: 81 }) },
      '2025-04-01T10:00:00.000Z',
    );
    const { candidate: merged } = mergeCandidates(stored, again);
    expect(merged.id).toBe('gh:anas');
    expect(merged.stage).toBe('screening');
    expect(merged.notes).toBe('Called on Monday');
    expect(merged.tags).toEqual(['python']);
    expect(merged.snapshot.overall).toBe(81);
    expect(merged.name).toBe('Ana Silva');
    expect(merged.createdAt).toBe('2025-03-01T10:00:00.000Z');
    expect(merged.updatedAt).toBe('2025-04-01T10:00:00.000Z');
    expect(Candidate.safeParse(merged).success).toBe(true);
  });

  test('a save that sets the stage changes it; tags are united without case duplicates', () => {
    const stored = candidate({ profiles: { github: githubProfile('anas') }, stage: 'screening', tags: ['Python', 'remote'] });
    const again = candidate({ profiles: { github: githubProfile('anas') }, stage: 'offer', tags: ['python', 'urgent'] }, '2025-03-02T10:00:00.000Z');
    const { candidate: merged } = mergeCandidates(stored, again, { incomingSetsStage: true });
    expect(merged.stage).toBe('offer');
    expect(merged.tags).toEqual(['Python', 'remote', 'urgent']);
  });

  test('an older snapshot never replaces a newer one', () => {
    const stored = candidate({ profiles: { github: githubProfile('anas') }, snapshot: snapshot({ date: '2025-05-01T00:00:00.000Z', overall: 90 }) });
    const old = candidate({ profiles: { github: githubProfile('anas') }, snapshot: snapshot({ date: '2025-01-01T00:00:00.000Z', overall: 40 }) });
    const result = mergeCandidates(stored, old);
    expect(result.candidate.snapshot.overall).toBe(90);
    expect(result.conflicts).toContainEqual({ id: 'gh:anas', field: 'snapshot', kept: '2025-05-01T00:00:00.000Z', incoming: '2025-01-01T00:00:00.000Z' });
  });

  test('a GitHub record and a LinkedIn record become one candidate with both profiles and both links', () => {
    const gh = candidate({ profiles: { github: githubProfile('anas', { avatarUrl: 'https://avatars.githubusercontent.com/u/1' }) }, tags: ['python'] });
    const li = candidate(
      { profiles: { linkedin: linkedinProfile('ana-silva', { name: 'Ana Silva', headline: 'Backend engineer', githubUrl: 'https://github.com/anas' }) }, tags: ['berlin'] },
      '2025-03-05T10:00:00.000Z',
    );
    const { candidate: merged } = mergeCandidates(gh, li);
    expect(merged.id).toBe('gh:anas');
    expect(merged.profiles.github?.login).toBe('anas');
    expect(merged.profiles.linkedin?.slug).toBe('ana-silva');
    expect(merged.githubLogin).toBe('anas');
    expect(merged.linkedinSlug).toBe('ana-silva');
    expect(merged.githubUrl).toBe('https://github.com/anas');
    expect(merged.linkedinUrl).toBe('https://www.linkedin.com/in/ana-silva/');
    expect(merged.name).toBe('Ana Silva');
    expect(merged.headline).toBe('Backend engineer');
    expect(merged.avatarUrl).toBe('https://avatars.githubusercontent.com/u/1');
    expect(merged.tags).toEqual(['python', 'berlin']);
  });
});

describe('notes are never lost', () => {
  test.each([
    ['Called Monday', '', 'Called Monday', false],
    ['', 'Strong Go', 'Strong Go', false],
    ['Called Monday', 'Called Monday', 'Called Monday', false],
    ['Called Monday', 'Called Monday. Sent offer.', 'Called Monday. Sent offer.', false],
    ['Called Monday', 'Prefers remote', 'Called Monday\n\nPrefers remote', true],
  ])('stored %j + incoming %j → %j', (existing, incoming, notes, appended) => {
    expect(combineNotes(existing, incoming)).toEqual({ notes, appended });
  });
});