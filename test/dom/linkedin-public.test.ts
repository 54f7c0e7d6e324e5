import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractLinkedinProfile } from '@/lib/extract/linkedin';
import { LinkedinProfile } from '@/lib/schemas/profile';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('the public, logged-out page with JSON-LD', () => {
  const html = readFileSync(join(import.meta.dirname, '../fixtures/linkedin/public-jsonld.html'), 'utf8');
  const profile = LinkedinProfile.parse(extractLinkedinProfile(parse(html), 'https://www.linkedin.com/in/priya-raman-dev/'));

  test('name, about and the GitHub link from the structured data', () => {
    expect(profile.name).toBe('Priya Raman');
    expect(profile.about).toMatch(/^Platform engineer focused on Kubernetes operators/);
    expect(profile.githubUrl).toBe('https://github.com/priyaraman-dev');
    expect(profile.strategies).toMatchObject({ name: 'json-ld', about: 'json-ld' });
  });

  test('the headline from top-card-layout', () => {
    expect(profile.headline).toBe('Platform Engineer at Cobalt Cloud · Kubernetes operators, Go');
    expect(profile.strategies?.['headline']).toBe('public');
  });

  test('roles from experience-item and date-range, with month precision and a current role', () => {
    expect(profile.experience.map((e) => [e.title, e.company, e.start, e.end])).toEqual([
      ['Platform Engineer', 'Cobalt Cloud', '2021-08', null],
      ['Site Reliability Engineer', 'Meridian Bank', '2020-01', '2021-07'],
      ['Graduate Engineer Trainee', 'Meridian Bank', '2018-07', '2019-12'],
    ]);
    expect(profile.experience[0]?.description).toMatch(/cluster-provisioning operator/);
    expect(profile.experience[1]?.location).toBe('Mumbai, Maharashtra, India');
    expect(profile.strategies?.['experience']).toBe('public');
  });

  test('education with its degree, and certifications', () => {
    expect(profile.education).toEqual([
      { school: 'College of Engineering, Pune', degree: 'Bachelor of Technology - BTech, Computer Engineering', start: '2014', end: '2018' },
    ]);
    expect(profile.certifications).toEqual([{ name: 'Certified Kubernetes Administrator (CKA)', issuer: 'Cloud Native Computing Foundation' }]);
  });

  test('the footer’s github.com/linkedin link is not taken for the person', () => {
    expect(profile.githubUrl).not.toBe('https://github.com/linkedin');
  });
});

describe('JSON-LD alone (the page classes changed beyond recognition)', () => {
  const person = {
    '@context': 'http://schema.org',
    '@graph': [
      { '@type': 'WebPage', name: 'Profile' },
      {
        '@type': 'Person',
        name: 'Ines Duarte',
        address: { '@type': 'PostalAddress', addressLocality: 'Porto', addressCountry: 'PT' },
        description: 'Backend developer.',
        worksFor: [
          { '@type': 'Organization', name: 'Douro Systems', member: { '@type': 'OrganizationRole', roleName: 'Backend Developer', startDate: '2022-04' } },
          { '@type': 'Organization', name: 'No Title Given Ltd', member: { '@type': 'OrganizationRole', startDate: 2019 } },
        ],
        alumniOf: [{ '@type': 'EducationalOrganization', name: 'Universidade do Porto', member: { '@type': 'OrganizationRole', startDate: 2015, endDate: 2019 } }],
        knowsAbout: ['Go', { name: 'gRPC' }],
        sameAs: ['https://www.linkedin.com/in/ines-duarte', 'https://github.com/inesduarte'],
      },
    ],
  };
  const doc = parse(`<html><head><script type="application/ld+json">${JSON.stringify(person)}</script></head><body><main><div class="zz"></div></main></body></html>`);
  const profile = LinkedinProfile.parse(extractLinkedinProfile(doc, 'https://www.linkedin.com/in/ines-duarte/'));

  test('reads the Person inside @graph', () => {
    expect(profile.name).toBe('Ines Duarte');
    expect(profile.location).toBe('Porto, PT');
    expect(profile.skills).toEqual(['Go', 'gRPC']);
    expect(profile.education).toEqual([{ school: 'Universidade do Porto', degree: null, start: '2015', end: '2019' }]);
    expect(profile.githubUrl).toBe('https://github.com/inesduarte');
    expect(profile.strategies).toMatchObject({ name: 'json-ld', experience: 'json-ld', skills: 'json-ld' });
  });

  test('keeps only roles whose title is stated', () => {
    expect(profile.experience).toEqual([
      { title: 'Backend Developer', company: 'Douro Systems', start: '2022-04', end: null, description: null, location: null, employmentType: null },
    ]);
  });

  test('a jobTitle list that pairs one to one with worksFor gives the titles', () => {
    const paired = {
      '@type': 'Person',
      name: 'Lee Park',
      jobTitle: ['CTO', 'Engineer'],
      worksFor: [
        { '@type': 'Organization', name: 'Alpha', member: { startDate: 2021 } },
        { '@type': 'Organization', name: 'Beta', member: { startDate: 2017, endDate: 2021 } },
      ],
    };
    const read = extractLinkedinProfile(
      parse(`<html><head><script type="application/ld+json">${JSON.stringify(paired)}</script></head><body></body></html>`),
      'https://www.linkedin.com/in/lee-park/',
    );
    expect(read?.experience.map((e) => [e.title, e.company, e.start, e.end])).toEqual([
      ['CTO', 'Alpha', '2021', null],
      ['Engineer', 'Beta', '2017', '2021'],
    ]);
  });

  test('broken JSON-LD is ignored, not fatal', () => {
    // The title vouches for the heading's name (a lone heading is never taken for a name).
    const broken = parse('<html><head><title>Kim | LinkedIn</title><script type="application/ld+json">{"@type": "Person", name: oops</script></head><body><h1>Kim</h1></body></html>');
    const read = extractLinkedinProfile(broken, 'https://www.linkedin.com/in/kim/');
    expect(read?.name).toBe('Kim');
    expect(read?.strategies?.['name']).toBe('headings');
  });
});
