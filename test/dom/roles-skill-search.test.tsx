import { describe, expect, it } from 'vitest';
import { resolveSkill, searchSkills } from '@/components/roles/skill-search';
import { moveItem, newRequirement } from '@/components/roles/matrix-draft';
import { Requirement } from '@/lib/matrix';

describe('skill autocomplete over the taxonomy', () => {
  it.each([
    ['Postgres', 'postgresql'],
    ['psql', 'postgresql'],
    ['Golang', 'go'],
    ['Node.js', 'nodejs'],
    ['amazon web services', 'aws'],
    ['spring-boot', 'spring-boot'],
    ['Kubernetes', 'kubernetes'],
  ])('“%s” names %s', (typed, id) => {
    expect(resolveSkill(typed)?.id).toBe(id);
  });

  it('names nothing for text that is no skill', () => {
    expect(resolveSkill('Frobnicator')).toBeNull();
    expect(resolveSkill('   ')).toBeNull();
  });

  it('suggests by the start of a name or alias, best match first, leaving out chosen skills', () => {
    expect(searchSkills('postgres')[0]?.id).toBe('postgresql');
    expect(searchSkills('kafk').map((s) => s.id)).toContain('kafka');
    expect(searchSkills('postgres', new Set(['postgresql'])).map((s) => s.id)).not.toContain('postgresql');
    expect(searchSkills('')).toEqual([]);
  });
});

describe('draft steps', () => {
  it('moves a row one place and leaves the list alone at its ends', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('gives a new row an id no other row has, and every kind but a skill-less one passes the schema', () => {
    const taken = ['timezone', 'timezone-2'];
    expect(newRequirement('timezone', taken).id).toBe('timezone-3');
    for (const kind of ['timezone', 'degree', 'experience'] as const) {
      expect(Requirement.safeParse(newRequirement(kind, [])).success).toBe(true);
    }
    expect(Requirement.safeParse(newRequirement('skill', [])).success).toBe(false);
  });
});
