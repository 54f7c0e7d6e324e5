import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extractLinkedinProfile } from '@/lib/extract/linkedin';
import { LinkedinProfile } from '@/lib/schemas/profile';

function load(name: string): Document {
  const html = readFileSync(new URL(`../fixtures/linkedin/${name}`, import.meta.url), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

const URL_MAIN = 'https://www.linkedin.com/in/mara-lindqvist/';

describe('logged-in layout with section anchors', () => {
  const profile = extractLinkedinProfile(load('logged-in-anchored.html'), URL_MAIN);

  test('reads the top card once, not twice', () => {
    expect(profile).not.toBeNull();
    expect(LinkedinProfile.parse(profile)).toBeTruthy();
    console.log(JSON.stringify(profile, null, 1));
  });
});
