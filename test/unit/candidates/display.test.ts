import { describe, expect, test } from 'vitest';
import { displayName, handleOf, roleNameOf } from '../../../lib/candidates/display';
import { candidate, githubProfile, linkedinProfile, snapshot } from './fixtures';

describe('how a record is shown', () => {
  test('a record is known by its login, else its slug', () => {
    expect(handleOf(candidate({ profiles: { github: githubProfile('anas') } }))).toBe('anas');
    expect(handleOf(candidate({ profiles: { linkedin: linkedinProfile('ana-silva') } }))).toBe('ana-silva');
  });

  test('a record is shown under its name, else its handle', () => {
    expect(displayName(candidate({ profiles: { github: githubProfile('anas', { name: 'Ana Silva' }) } }))).toBe('Ana Silva');
    expect(displayName({ id: 'gh:anas', name: '  ', githubLogin: 'anas', linkedinSlug: null })).toBe('anas');
  });

  test('the role is the matrix\'s current name, else the name it was scored under, else its id', () => {
    const c = { roleId: 'backend-senior', snapshot: snapshot({ matrixId: 'backend-senior', matrixName: 'Backend (senior)' }) };
    expect(roleNameOf(c, new Map([['backend-senior', 'Senior backend']]))).toBe('Senior backend');
    expect(roleNameOf(c)).toBe('Backend (senior)');
    expect(roleNameOf({ ...c, roleId: 'other' })).toBe('other');
  });
});
