import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractLinkedinProfile, mergeLinkedinProfiles } from '@/lib/extract/linkedin';
import { LinkedinProfile } from '@/lib/schemas/profile';

function load(name: string): Document {
  const html = readFileSync(join(import.meta.dirname, '../fixtures/linkedin', name), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

function read(name: string, url: string): LinkedinProfile {
  const profile = extractLinkedinProfile(load(name), url);
  if (!profile) throw new Error(`${name} gave no profile`);
  return LinkedinProfile.parse(profile);
}

describe('logged-in layout with section anchors', () => {
  const profile = read('logged-in-anchored.html', 'https://www.linkedin.com/in/mara-lindqvist/');

  test('the top card reads once, not twice (visually-hidden copies are skipped)', () => {
    expect(profile.slug).toBe('mara-lindqvist');
    expect(profile.name).toBe('Mara Lindqvist');
    expect(profile.headline).toBe('Senior Backend Engineer at Northwind Payments | Go, PostgreSQL, Kafka');
    expect(profile.location).toBe('Stockholm, Stockholm County, Sweden');
    expect(profile.about).toMatch(/^Backend engineer who likes boring, reliable systems\./);
    expect(profile.about).not.toMatch(/see more/);
    expect(profile.about?.match(/Backend engineer who likes/g)).toHaveLength(1);
  });

  test('a current role, with the company line split from the employment type', () => {
    expect(profile.experience[0]).toEqual({
      title: 'Senior Backend Engineer',
      company: 'Northwind Payments',
      start: '2021-01',
      end: null,
      description: expect.stringContaining('double-entry bookkeeping service in Go'),
      location: 'Stockholm, Sweden · Hybrid',
      employmentType: 'Full-time',
    });
  });

  test('two roles grouped under one company both name that company', () => {
    const fjord = profile.experience.filter((e) => e.company === 'Fjord Analytics');
    expect(fjord.map((e) => [e.title, e.start, e.end])).toEqual([
      ['Backend Engineer', '2018-03', '2020-12'],
      ['Junior Developer', '2016-07', '2018-02'],
    ]);
    expect(fjord[1]?.employmentType).toBe('Internship');
    expect(profile.experience.map((e) => e.company)).not.toContain('Full-time · 4 yrs 6 mos');
  });

  test('every role, in page order, with year-only dates kept as years', () => {
    expect(profile.experience.map((e) => e.title)).toEqual([
      'Senior Backend Engineer',
      'Backend Engineer',
      'Junior Developer',
      'Teaching Assistant',
    ]);
    expect(profile.experience[3]).toMatchObject({ company: 'Chalmers University of Technology', start: '2015', end: '2016', employmentType: 'Part-time' });
  });

  test('education, skills and certifications', () => {
    expect(profile.education).toEqual([
      { school: 'Chalmers University of Technology', degree: 'Master of Science - MS, Computer Science', start: '2014', end: '2016' },
      { school: 'Lund University', degree: 'Bachelor of Science - BS, Mathematics', start: '2011-09', end: '2014-06' },
    ]);
    expect(profile.skills).toEqual(['Go', 'PostgreSQL', 'Kubernetes']);
    expect(profile.certifications).toEqual([
      { name: 'Certified Kubernetes Application Developer (CKAD)', issuer: 'The Linux Foundation' },
      { name: 'AWS Certified Developer – Associate', issuer: 'Amazon Web Services (AWS)' },
    ]);
  });

  test('the GitHub login written in the about, a repository link, becomes the profile URL', () => {
    expect(profile.githubUrl).toBe('https://github.com/maralind');
  });

  test('says the anchored strategy read every section, and the list is complete', () => {
    expect(profile.strategies).toMatchObject({ name: 'anchored', about: 'anchored', experience: 'anchored', education: 'anchored', skills: 'anchored', certifications: 'anchored' });
    expect(profile.page).toBe('main');
    expect(profile.experienceComplete).toBe(true);
    expect(profile.unrecognised).toBeUndefined();
  });
});

describe('a profile with missing sections', () => {
  const profile = read('missing-sections.html', 'https://www.linkedin.com/in/jonas-berg-ops/');

  test('reads what is there and leaves the rest empty', () => {
    expect(profile.name).toBe('Jonas Berg');
    expect(profile.location).toBe('Oslo, Norway');
    expect(profile.experience).toEqual([
      { title: 'Operations Engineer', company: 'Havbris AS', start: '2023-02', end: null, description: null, location: null, employmentType: null },
    ]);
    expect(profile.about).toBeNull();
    expect(profile.education).toEqual([]);
    expect(profile.skills).toEqual([]);
    expect(profile.certifications).toEqual([]);
    expect(profile.githubUrl).toBeNull();
    expect(Object.keys(profile.strategies ?? {})).not.toContain('education');
    expect(profile.unrecognised).toBeUndefined();
  });
});

describe('a truncated experience list and its details page', () => {
  const main = read('truncated-main.html', 'https://www.linkedin.com/in/noor-vandijk/');
  const details = read('truncated-details-experience.html', 'https://www.linkedin.com/in/noor-vandijk/details/experience/');

  test('the main page says it shows only some roles', () => {
    expect(main.experience.map((e) => e.title)).toEqual(['Principal Engineer', 'Engineering Manager']);
    expect(main.experienceComplete).toBe(false);
  });

  test('the details page reads every role', () => {
    expect(details.page).toBe('experience');
    expect(details.slug).toBe('noor-vandijk');
    expect(details.experience).toHaveLength(5);
    expect(details.experience[4]).toMatchObject({ title: 'Junior Developer', company: 'Kanaal Media', start: '2012-09', end: '2014-08', employmentType: 'Part-time' });
    expect(details.experienceComplete).toBe(true);
    expect(details.strategies).toEqual({ experience: 'anchored' });
  });

  test('merged, the person has all five roles and keeps the main page fields', () => {
    const merged = LinkedinProfile.parse(mergeLinkedinProfiles(main, details));
    expect(merged.name).toBe('Noor van Dijk');
    expect(merged.skills).toEqual(['TypeScript', 'Node.js']);
    expect(merged.experience.map((e) => e.company)).toEqual(['Quartz Mobility', 'Quartz Mobility', 'Tulip Data BV', 'Tulip Data BV', 'Kanaal Media']);
    expect(merged.experienceComplete).toBe(true);
    expect(merged.page).toBe('main');
  });

  test('the details page of another person changes nothing', () => {
    const other = { ...details, slug: 'someone-else' };
    expect(mergeLinkedinProfiles(main, other)).toEqual(main);
  });
});

describe('the skills details page', () => {
  test('reads the whole list once, and merges into the main page', () => {
    const skill = (name: string, extra: string) =>
      `<li class="pvs-list__paged-list-item"><div class="pvs-entity"><div class="t-bold"><span aria-hidden="true">${name}</span><span class="visually-hidden">${name}</span></div>` +
      `<div class="pvs-entity__sub-components"><ul><li><span aria-hidden="true">${extra}</span></li></ul></div></div></li>`;
    const html =
      '<html><body><main><section><div class="pvs-header"><h2><span aria-hidden="true">Skills</span></h2></div>' +
      '<div class="artdeco-tablist"><button role="tab">All</button><button role="tab">Industry Knowledge</button></div>' +
      `<div class="pvs-list__container"><ul class="pvs-list">${skill('Go', '12 endorsements')}${skill('Terraform', 'Senior Backend Engineer at Northwind Payments')}${skill('gRPC', '3 endorsements')}</ul></div>` +
      '</section></main></body></html>';
    const detail = LinkedinProfile.parse(
      extractLinkedinProfile(new DOMParser().parseFromString(html, 'text/html'), 'https://www.linkedin.com/in/mara-lindqvist/details/skills/'),
    );
    expect(detail).toMatchObject({ page: 'skills', skills: ['Go', 'Terraform', 'gRPC'], strategies: { skills: 'anchored' } });
    const main = read('logged-in-anchored.html', 'https://www.linkedin.com/in/mara-lindqvist/');
    expect(mergeLinkedinProfiles(main, detail).skills).toEqual(['Go', 'Terraform', 'gRPC', 'PostgreSQL', 'Kubernetes']);
  });
});
