import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractLinkedinProfile } from '@/lib/extract/linkedin';
import { LinkedinProfile } from '@/lib/schemas/profile';

function load(name: string): Document {
  const html = readFileSync(join(import.meta.dirname, '../fixtures/linkedin', name), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('pages that are not a person’s profile give null', () => {
  test.each([
    ['feed.html', 'https://www.linkedin.com/feed/'],
    ['company.html', 'https://www.linkedin.com/company/northwind-payments/'],
    ['jobs.html', 'https://www.linkedin.com/jobs/view/123/'],
    ['search.html', 'https://www.linkedin.com/search/results/people/?keywords=backend'],
    ['feed.html', 'https://www.linkedin.com/messaging/thread/2-abc/'],
    ['logged-in-anchored.html', 'https://www.linkedin.com/in/mara-lindqvist/recent-activity/all/'],
    ['logged-in-anchored.html', 'https://linkedin.com.evil.example/in/mara-lindqvist/'],
  ])('%s at %s', (fixture, url) => {
    expect(extractLinkedinProfile(load(fixture), url)).toBeNull();
  });
});

describe('a profile URL whose layout is not understood', () => {
  test('gives the slug, empty fields and says it was not understood', () => {
    const profile = LinkedinProfile.parse(extractLinkedinProfile(load('unrecognised-layout.html'), 'https://www.linkedin.com/in/ana-silva/'));
    expect(profile).toMatchObject({ slug: 'ana-silva', name: null, headline: null, experience: [], skills: [], unrecognised: true });
    expect(profile.strategies).toEqual({});
  });

  test('a page still showing the feed while the profile loads is not taken for a person', () => {
    const profile = extractLinkedinProfile(load('feed.html'), 'https://www.linkedin.com/in/ana-silva/');
    expect(profile?.unrecognised).toBe(true);
    expect(profile?.name).toBeNull();
    expect(profile?.githubUrl).toBeNull();
  });

  test('a details page with no list says so', () => {
    const profile = extractLinkedinProfile(load('unrecognised-layout.html'), 'https://www.linkedin.com/in/ana-silva/details/skills/');
    expect(profile).toMatchObject({ page: 'skills', skills: [], unrecognised: true });
  });
});

describe('hostile text', () => {
  const doc = load('hostile-text.html');
  const profile = LinkedinProfile.parse(extractLinkedinProfile(doc, 'https://www.linkedin.com/in/robin-evil/'));

  test('markup in the headline stays plain text, and nothing runs or is added to the page', () => {
    expect(profile.headline).toBe('<img src=x onerror=alert(1)> Staff Engineer <script>alert("hl")</script>');
    expect(profile.name).toBe('Robin <b>Hacker</b>');
    expect(profile.experience[0]?.title).toBe('<img src=x onerror=alert(2)>');
    expect(doc.querySelectorAll('img[src="x"]')).toHaveLength(0);
    expect(doc.querySelectorAll('main script')).toHaveLength(0);
  });

  test('a 50 KB about is read whole, once', () => {
    expect(profile.about?.length).toBeGreaterThan(50_000);
    expect(profile.about?.startsWith('<script>fetch(')).toBe(true);
    expect(profile.about?.match(/<script>fetch/g)).toHaveLength(1);
  });

  test('an about beyond the schema limit is cut, so the profile stays valid', () => {
    const huge = new DOMParser().parseFromString('<main><h1>Long Talker</h1></main>', 'text/html');
    const section = huge.body.appendChild(huge.createElement('section'));
    section.appendChild(huge.createElement('div')).id = 'about';
    section.appendChild(huge.createElement('p')).textContent = 'word '.repeat(60_000);
    const read = LinkedinProfile.parse(extractLinkedinProfile(huge, 'https://www.linkedin.com/in/long-talker/'));
    expect(read.about?.length).toBe(200_000);
  });
});
