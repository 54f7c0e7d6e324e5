import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { describeLinkedinPage, extractLinkedinProfile } from '@/lib/extract/linkedin';
import { LinkedinPageNote } from '@/lib/schemas/profile';

const AT = 'https://www.linkedin.com/in/jane-qorvath/';

function load(name: string): Document {
  const html = readFileSync(join(import.meta.dirname, '../fixtures/linkedin', name), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('pages under /in/ that are not a person: no profile, and a note saying what the page is', () => {
  test.each([
    ['page-profile-not-found.html', 'not-found', /no profile at this address.*check the address/i],
    ['page-sign-in-wall.html', 'sign-in-wall', /sign in to linkedin/i],
    ['page-unavailable.html', 'unavailable', /not available.*check the address/i],
    ['page-private.html', 'private', /private/i],
    ['page-http-404.html', 'error', /error \(404\).*check the address/i],
    ['page-not-found.html', 'not-found', /doesn't exist.*check the address/i],
    ['page-challenge.html', 'challenge', /check.*reload the page/i],
  ] as const)('%s is %s', (fixture, kind, says) => {
    const doc = load(fixture);
    expect(extractLinkedinProfile(doc, AT)).toBeNull();
    const note = LinkedinPageNote.parse(describeLinkedinPage(doc, AT));
    expect(note.kind).toBe(kind);
    expect(note.note).toMatch(says);
  });

  test('the not-found page is no person named after its heading, located in "Join Now"', () => {
    const doc = load('page-profile-not-found.html');
    expect(extractLinkedinProfile(doc, AT)).toBeNull();
    // on a details sub-page too
    expect(extractLinkedinProfile(doc, `${AT}details/experience/`)).toBeNull();
  });

  test('notes are plain sentences, no markup', () => {
    for (const fixture of ['page-profile-not-found.html', 'page-sign-in-wall.html', 'page-challenge.html']) {
      const note = describeLinkedinPage(load(fixture), AT);
      expect(note?.note).toMatch(/^[A-Z].*\.$/);
      expect(note?.note).not.toMatch(/[<>]/);
    }
  });
});

describe('describeLinkedinPage says nothing of a person’s profile or of pages that are not profile addresses', () => {
  test.each([
    ['logged-in-anchored.html', 'https://www.linkedin.com/in/mara-lindqvist/'],
    ['public-jsonld.html', 'https://www.linkedin.com/in/priya-raman-dev/'],
    ['hashed-headings.html', 'https://www.linkedin.com/in/tomas-okafor/'],
    ['hashed-h2-name.html', 'https://www.linkedin.com/in/mateus-oliveira-dev/'],
    ['sdui-lazy-before.html', 'https://www.linkedin.com/in/sofia-marquez-dev/'],
    ['sdui-details-experience.html', 'https://www.linkedin.com/in/sofia-marquez-dev/details/experience/'],
    ['truncated-details-experience.html', 'https://www.linkedin.com/in/noor-vandijk/details/experience/'],
    // not understood, but not one of the pages above: left unrecognised, as before
    ['unrecognised-layout.html', AT],
    ['feed.html', AT],
    // not a profile address at all
    ['page-sign-in-wall.html', 'https://www.linkedin.com/feed/'],
    ['page-profile-not-found.html', 'https://www.linkedin.com/company/northwind-payments/'],
  ])('%s at %s', (fixture, url) => {
    expect(describeLinkedinPage(load(fixture), url)).toBeNull();
  });

  test('the public profile with a sign-in prompt over it is still the person', () => {
    const doc = load('public-jsonld.html');
    const modal = doc.body.appendChild(doc.createElement('div'));
    modal.appendChild(doc.createElement('h2')).textContent = 'Welcome to your professional community';
    modal.appendChild(doc.createElement('a')).textContent = 'Sign in with email';
    expect(describeLinkedinPage(doc, 'https://www.linkedin.com/in/priya-raman-dev/')).toBeNull();
    expect(extractLinkedinProfile(doc, 'https://www.linkedin.com/in/priya-raman-dev/')?.name).toBe('Priya Raman');
  });

  test('an empty page with no redirect (still loading) is not taken for an anti-bot check', () => {
    const doc = new DOMParser().parseFromString('<html><head><script src="/app.js"></script></head><body></body></html>', 'text/html');
    expect(describeLinkedinPage(doc, AT)).toBeNull();
  });
});
