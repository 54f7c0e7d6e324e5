/**
 * "LinkedIn Member" is what LinkedIn shows in place of the name of a member
 * outside the viewer's network. It is never read as the person's name: the
 * reading keeps the headline, location and roles it read, and the panel asks
 * the recruiter for the name inline. Each older layout is built from its saved
 * page with the name replaced the way LinkedIn replaces it (heading, title,
 * photo alt, JSON-LD).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { ProfilePanel } from '@/components/ProfilePanel';
import { extractLinkedinProfile } from '@/lib/extract/linkedin';
import { LinkedinProfile } from '@/lib/schemas/profile';
import { pageState, unscoredPanelProps } from '../support/panel-state';

afterEach(cleanup);

function hiddenName(fixture: string, name: string, placeholder = 'LinkedIn Member'): Document {
  const html = readFileSync(join(import.meta.dirname, '../fixtures/linkedin', fixture), 'utf8');
  expect(html).toContain(name);
  return new DOMParser().parseFromString(html.split(name).join(placeholder), 'text/html');
}

const LAYOUTS = [
  {
    layout: '2024 anchored (logged in)',
    fixture: 'logged-in-anchored.html',
    url: 'https://www.linkedin.com/in/mara-lindqvist/',
    name: 'Mara Lindqvist',
    headline: 'Senior Backend Engineer at Northwind Payments | Go, PostgreSQL, Kafka',
    location: 'Stockholm, Stockholm County, Sweden',
    roles: 4,
  },
  {
    layout: '2025 hashed classes (by headings)',
    fixture: 'hashed-headings.html',
    url: 'https://www.linkedin.com/in/tomas-okafor/',
    name: 'Tomás Okafor',
    headline: 'Staff Engineer at Lattice Compilers · Rust, LLVM',
    location: 'Lagos, Lagos State, Nigeria',
    roles: 4,
  },
  {
    layout: 'public (logged out, JSON-LD)',
    fixture: 'public-jsonld.html',
    url: 'https://www.linkedin.com/in/priya-raman-dev/',
    name: 'Priya Raman',
    headline: 'Platform Engineer at Cobalt Cloud · Kubernetes operators, Go',
    location: 'Pune, IN',
    roles: 3,
  },
] as const;

describe('"LinkedIn Member" is not a name', () => {
  it.each(LAYOUTS)('$layout: no name, the headline, location and roles kept, and the reading asks for the rest', (page) => {
    // the page as it shows a named member: the name is read
    const named = extractLinkedinProfile(hiddenName(page.fixture, page.name, page.name), page.url);
    expect(named?.name).toBe(page.name);

    const profile = LinkedinProfile.parse(extractLinkedinProfile(hiddenName(page.fixture, page.name), page.url));
    expect(profile.name).toBeNull();
    expect(profile.unrecognised).toBe(true);
    expect(profile.headline).toBe(page.headline);
    expect(profile.location).toBe(page.location);
    expect(profile.experience).toHaveLength(page.roles);
    expect(JSON.stringify(profile)).not.toMatch(/"LinkedIn Member"/);
  });

  it.each(['LinkedIn-Mitglied', 'Membre de LinkedIn', 'Miembro de LinkedIn', 'LINKEDIN MEMBER'])('the same words in another interface language ("%s") are no name either', (placeholder) => {
    const page = LAYOUTS[0];
    const profile = extractLinkedinProfile(hiddenName(page.fixture, page.name, placeholder), page.url);
    expect(profile?.name).toBeNull();
    expect(profile?.headline).toBe(page.headline);
  });

  it('a real name that only contains the word is still read', () => {
    const page = LAYOUTS[0];
    const profile = extractLinkedinProfile(hiddenName(page.fixture, page.name, 'Linnea Member'), page.url);
    expect(profile?.name).toBe('Linnea Member');
  });

  it('the panel shows no "LinkedIn Member" and asks for the name inline, with the headline that was read', () => {
    const page = LAYOUTS[1];
    const profile = LinkedinProfile.parse(extractLinkedinProfile(hiddenName(page.fixture, page.name), page.url));
    const onCorrectionsChange = vi.fn();
    // the side panel starts the fields with the name and headline read
    const corrections = { name: profile.name ?? '', headline: profile.headline ?? '' };
    render(<ProfilePanel {...unscoredPanelProps(pageState(page.url, profile), { links: { github: null, linkedin: page.url }, corrections, onCorrectionsChange })} />);
    expect(screen.getByTestId('profile-name').textContent).not.toContain('LinkedIn Member');
    expect(document.body.textContent).not.toContain('LinkedIn Member');
    expect((screen.getByTestId('correct-name') as HTMLInputElement).value).toBe('');
    expect((screen.getByTestId('correct-headline') as HTMLInputElement).value).toBe(page.headline);
  });
});
