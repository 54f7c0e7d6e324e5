import { describe, expect, test } from 'vitest';
import { mergeLinkedinProfiles } from '@/lib/extract/linkedin';
import { LinkedinProfile } from '@/lib/schemas/profile';

function profile(overrides: Partial<LinkedinProfile>): LinkedinProfile {
  return LinkedinProfile.parse({
    source: 'linkedin',
    slug: 'sam-lee',
    name: null,
    headline: null,
    location: null,
    about: null,
    experience: [],
    education: [],
    skills: [],
    certifications: [],
    githubUrl: null,
    ...overrides,
  });
}

const base = profile({
  name: 'Sam Lee',
  page: 'main',
  skills: ['Go', 'SQL'],
  certifications: [{ name: 'CKA', issuer: 'CNCF' }],
  experience: [{ title: 'Engineer', company: 'A', start: '2020', end: null, description: null }],
  experienceComplete: false,
  strategies: { name: 'anchored', skills: 'anchored', experience: 'anchored' },
});

describe('mergeLinkedinProfiles: a details page completes its section', () => {
  test('the skills page gives the full list, keeping any the main page had alone', () => {
    const detail = profile({ page: 'skills', skills: ['Go', 'Kubernetes', 'Terraform'], strategies: { skills: 'headings' } });
    const merged = mergeLinkedinProfiles(base, detail);
    expect(merged.skills).toEqual(['Go', 'Kubernetes', 'Terraform', 'SQL']);
    expect(merged.strategies?.['skills']).toBe('headings');
    expect(merged.experienceComplete).toBe(false);
    expect(merged.name).toBe('Sam Lee');
  });

  test('the certifications and education pages replace their sections', () => {
    const certs = mergeLinkedinProfiles(base, profile({ page: 'certifications', certifications: [{ name: 'CKA', issuer: 'CNCF' }, { name: 'CKAD', issuer: 'CNCF' }] }));
    expect(certs.certifications.map((c) => c.name)).toEqual(['CKA', 'CKAD']);
    const edu = mergeLinkedinProfiles(base, profile({ page: 'education', education: [{ school: 'MIT', degree: null, start: '2010', end: '2014' }] }));
    expect(edu.education[0]?.school).toBe('MIT');
  });

  test('the experience page completes the roles', () => {
    const roles = [
      { title: 'Engineer', company: 'A', start: '2020', end: null, description: null },
      { title: 'Intern', company: 'B', start: '2018', end: '2019', description: null },
    ];
    const merged = mergeLinkedinProfiles(base, profile({ page: 'experience', experience: roles, experienceComplete: true }));
    expect(merged.experience).toEqual(roles);
    expect(merged.experienceComplete).toBe(true);
    expect(merged.page).toBe('main');
  });

  test('a details page still loading (empty) changes nothing', () => {
    const merged = mergeLinkedinProfiles(base, profile({ page: 'experience', unrecognised: true }));
    expect(merged.experience).toEqual(base.experience);
    expect(merged.experienceComplete).toBe(false);
  });

  test('another person’s page changes nothing; the inputs are not modified', () => {
    const before = JSON.stringify(base);
    const other = profile({ slug: 'someone-else', page: 'skills', skills: ['Cobol'] });
    expect(mergeLinkedinProfiles(base, other)).toEqual(base);
    mergeLinkedinProfiles(base, profile({ page: 'skills', skills: ['Rust'] }));
    expect(JSON.stringify(base)).toBe(before);
  });
});
