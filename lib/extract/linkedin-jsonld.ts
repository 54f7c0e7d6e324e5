/**
 * Strategy 1: the `application/ld+json` Person of the public profile page
 * (possibly inside an `@graph`). The data is parsed, never trusted: every
 * field is checked for its type before it is used (with plain type checks, so
 * the content script carries no schema library; the background validates the
 * whole reading against the LinkedinProfile schema when it arrives).
 */
import type { LinkedinCertification, LinkedinEducation, LinkedinExperience } from '../schemas/profile';
import { linkedinSelectors as S } from '../selectors/linkedin';
import { cleanText } from './dom';
import type { LinkedinReading } from './linkedin-reading';

type Loose = Record<string, unknown>;

/** A plain JSON object (not an array, not null), or null. */
function asObject(value: unknown): Loose | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Loose) : null;
}

function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function str(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' ? cleanText(value) : null;
}

function hasType(node: Loose, type: string): boolean {
  return asArray(node['@type']).some((t) => t === type);
}

/** `2020`, `2020-03`, `2020-03-01` → `YYYY` or `YYYY-MM`. */
function jsonLdDate(value: unknown): string | null {
  const text = str(value);
  if (!text) return null;
  const m = /^(\d{4})(?:-(0[1-9]|1[0-2]))?/.exec(text);
  if (!m) return null;
  return m[2] ? `${m[1]}-${m[2]}` : m[1]!;
}

/** Every Person node in the page's JSON-LD blocks. */
function findPersons(doc: Document): Loose[] {
  const persons: Loose[] = [];
  for (const script of Array.from(doc.querySelectorAll(S.jsonLd.join(',')))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const roots = asArray(data);
    for (const root of roots) {
      const obj = asObject(root);
      if (!obj) continue;
      const nodes = obj['@graph'] !== undefined ? asArray(obj['@graph']) : [obj];
      for (const node of nodes) {
        const candidate = asObject(node);
        if (candidate && hasType(candidate, 'Person')) persons.push(candidate);
      }
    }
  }
  return persons;
}

function location(person: Loose): string | null {
  const address = asObject(person['address']);
  if (!address) return str(person['homeLocation']);
  const parts = [str(address['addressLocality']), str(address['addressRegion']), str(address['addressCountry'])].filter(
    (p): p is string => p !== null,
  );
  return parts.length > 0 ? parts.join(', ') : null;
}

function experience(person: Loose): LinkedinExperience[] {
  const orgs = asArray(person['worksFor']).map(asObject).filter((o): o is Loose => o !== null);
  const out: LinkedinExperience[] = [];
  const titles = asArray(person['jobTitle']).map(str);
  orgs.forEach((org, index) => {
    const member = asObject(org['member']) ?? {};
    // The title must be stated: by the role itself, or by a `jobTitle` list that
    // pairs one to one with the organisations. A later strategy that reads the
    // page's own list replaces these roles when it reads more of them.
    const title = str(member['roleName']) ?? (titles.length === orgs.length ? (titles[index] ?? null) : null);
    if (!title) return;
    const end = jsonLdDate(member['endDate']);
    out.push({
      title,
      company: str(org['name']),
      start: jsonLdDate(member['startDate']),
      end,
      description: str(member['description']),
      location: str(asObject(org['location'])?.['name'] ?? org['location']),
      employmentType: null,
    });
  });
  return out;
}

function education(person: Loose): LinkedinEducation[] {
  return asArray(person['alumniOf'])
    .map(asObject)
    .filter((o): o is Loose => o !== null && hasType(o, 'EducationalOrganization'))
    .map((org) => {
      const member = asObject(org['member']) ?? {};
      return {
        school: str(org['name']) ?? '',
        degree: str(member['roleName']) ?? str(member['description']),
        start: jsonLdDate(member['startDate']),
        end: jsonLdDate(member['endDate']),
      };
    })
    .filter((e) => e.school.length > 0);
}

function certifications(person: Loose): LinkedinCertification[] {
  return asArray(person['hasCredential'])
    .map((c) => {
      const obj = asObject(c);
      if (!obj) return str(c) ? { name: str(c)!, issuer: null } : null;
      const name = str(obj['name']);
      if (!name) return null;
      const issuer = str(asObject(obj['recognizedBy'])?.['name'] ?? obj['recognizedBy']);
      return { name, issuer };
    })
    .filter((c): c is LinkedinCertification => c !== null);
}

/** What the page's JSON-LD Person says; empty when there is none. */
export function readJsonLd(doc: Document): LinkedinReading {
  const person = findPersons(doc)[0];
  if (!person) return {};
  const skills = asArray(person['knowsAbout'])
    .map((s) => str(s) ?? str(asObject(s)?.['name']))
    .filter((s): s is string => s !== null);
  const about = str(person['description']);
  const links = [...asArray(person['sameAs']), person['url']].map(str).filter((s): s is string => s !== null);
  const image = asObject(person['image']);
  return {
    name: str(person['name']),
    headline: str(person['headline']) ?? null,
    location: location(person),
    about,
    avatarUrl: str(image?.['contentUrl'] ?? person['image']),
    experience: experience(person),
    education: education(person),
    skills,
    certifications: certifications(person),
    links,
    texts: about ? [about] : [],
  };
}
