import { describe, expect, test } from 'vitest';
import { utcOffsetFromLocation } from '@/lib/scoring/location-offset';
import { scoreCandidate } from '@/lib/scoring/score';
import { linkedinFacts } from '@/lib/evidence/linkedin';
import { PRESETS } from '@/lib/matrix';
import type { Matrix } from '@/lib/matrix';
import type { LinkedinProfile } from '@/lib/schemas/profile';

describe('a time zone from a LinkedIn location', () => {
  test.each([
    ['Stockholm, Stockholm County, Sweden', 1],
    ['São Paulo, Brazil', -3],
    ['Bengaluru, Karnataka, India', 5.5],
    ['Perth, Western Australia, Australia', 8],
    ['Greater Seattle Area', -8],
    ['Berlin, Deutschland', 1],
  ])('%s → UTC%s', (location, offset) => {
    expect(utcOffsetFromLocation(location)?.offset).toBe(offset);
  });

  test('an unknown or missing place gives nothing rather than a guess', () => {
    expect(utcOffsetFromLocation('Remote')).toBeNull();
    expect(utcOffsetFromLocation(null)).toBeNull();
    // "Georgia" the country, not a word inside another name
    expect(utcOffsetFromLocation('Georgetown University')).toBeNull();
  });

  test('the overlap requirement is judged from the LinkedIn location when GitHub shows no local time', () => {
    const base = PRESETS.find((m) => m.id === 'backend-junior')!;
    const matrix: Matrix = {
      ...base,
      id: 'berlin-team',
      requirements: [
        ...base.requirements,
        { kind: 'timezone', id: 'overlap', label: 'Overlap with Berlin', priority: 'nice', weight: 1, teamUtcOffsetHours: 1, teamStartHour: 9, teamEndHour: 17, minOverlapHours: 4 },
      ],
    };
    const person = (location: string): LinkedinProfile => ({
      source: 'linkedin', slug: 'x', name: 'X', headline: null, location, about: null,
      experience: [], education: [], skills: [], certifications: [], githubUrl: null,
    });
    const row = (location: string) => scoreCandidate({ evidence: [], linkedin: linkedinFacts(person(location)) }, matrix, new Date('2026-06-01')).requirements.find((r) => r.id === 'overlap')!;
    expect(row(`Stockholm, Sweden`).status).toBe('met');
    expect(row(`Stockholm, Sweden`).sources[0]?.origin).toBe('linkedin');
    expect(row('San Francisco Bay Area').status).toBe('missing');
    // "Remote" says no time zone: the row is not checked (ask), never a gap
    expect(row('Remote').status).toBe('unchecked');
  });
});
