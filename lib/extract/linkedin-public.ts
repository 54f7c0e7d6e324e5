/**
 * Strategy 4: the public, logged-out layout (`top-card-layout`,
 * `experience-item`, `date-range`, `education__list-item`), read by its classes.
 */
import type { LinkedinCertification, LinkedinEducation, LinkedinExperience } from '../schemas/profile';
import { linkedinSelectors as S } from '../selectors/linkedin';
import { parseDateRange, parsePartialDate, type DateRange } from './dates';
import { absoluteHttpUrl, cleanText, queryAllFirst, queryFirst } from './dom';
import { readCompanyLines, visibleLine } from './linkedin-lines';
import type { LinkedinReading } from './linkedin-reading';
import { linksIn } from './linkedin-sections';

const EXPERIENCE_GROUP = S.publicExperienceGroup.join(',');

/** A `date-range`: its `<time>` elements when there are, else its text. */
function readDateRange(item: Element): DateRange | null {
  const range = queryFirst(item, S.publicDateRange);
  if (!range) return null;
  const times = Array.from(range.querySelectorAll('time'))
    .map((t) => parsePartialDate(t.getAttribute('datetime') ?? t.textContent ?? '') ?? parsePartialDate(t.textContent ?? ''))
    .filter((t): t is string => t !== null);
  if (times.length >= 2) return { start: times[0]!, end: times[1]!, current: false };
  const text = visibleLine(range) ?? '';
  const parsed = parseDateRange(text);
  if (parsed) return parsed;
  // `<time>Jan 2020</time> - Present <span>4 years</span>`: one time, then "until now".
  if (times.length === 1) {
    const withoutDuration = Array.from(range.childNodes)
      .filter((n) => n.nodeType === 3 || (n as Element).tagName === 'TIME')
      .map((n) => n.textContent ?? '')
      .join(' ');
    const again = parseDateRange(cleanText(withoutDuration) ?? '');
    return again ?? { start: times[0]!, end: null, current: true };
  }
  return null;
}

function readRole(item: Element, company: string | null): LinkedinExperience | null {
  const title = visibleLine(queryFirst(item, S.publicItemTitle));
  if (!title) return null;
  const subtitle = visibleLine(queryFirst(item, S.publicItemSubtitle));
  const meta = readCompanyLines(subtitle ? [subtitle] : []);
  const range = readDateRange(item);
  return {
    title,
    company: company ?? meta.company,
    start: range?.start ?? null,
    end: range?.end ?? null,
    description: visibleLine(queryFirst(item, S.publicItemDescription)),
    location: visibleLine(queryFirst(item, S.publicItemLocation)),
    employmentType: meta.employmentType,
  };
}

function readExperience(doc: Document): LinkedinExperience[] {
  const out: LinkedinExperience[] = [];
  const seen = new Set<Element>();
  for (const item of queryAllFirst(doc, S.publicExperienceItems)) {
    if (seen.has(item) || item.parentElement?.closest(EXPERIENCE_GROUP)) continue;
    seen.add(item);
    if (item.matches(EXPERIENCE_GROUP)) {
      const company = visibleLine(queryFirst(item, S.publicExperienceGroupCompany));
      for (const role of queryAllFirst(item, S.publicExperienceGroupRoles)) {
        const read = readRole(role, company);
        if (read) out.push(read);
      }
    } else {
      const read = readRole(item, null);
      if (read) out.push(read);
    }
  }
  return out;
}

function readEducation(doc: Document): LinkedinEducation[] {
  return queryAllFirst(doc, S.publicEducationItems)
    .map((item) => {
      const school = visibleLine(queryFirst(item, S.publicEducationSchool));
      if (!school) return null;
      // A degree and its field may sit in separate spans: read them as one line, comma-separated.
      const degreeEl = queryFirst(item, S.publicEducationDegree);
      const parts = degreeEl ? Array.from(degreeEl.children) : [];
      const degree = parts.length > 1 ? cleanText(parts.map(visibleLine).filter(Boolean).join(', ')) : visibleLine(degreeEl);
      const range = readDateRange(item);
      return { school, degree, start: range?.start ?? null, end: range?.end ?? null };
    })
    .filter((e): e is LinkedinEducation => e !== null);
}

function readCertifications(doc: Document): LinkedinCertification[] {
  return queryAllFirst(doc, S.publicCertificationItems)
    .map((item) => {
      const name = visibleLine(queryFirst(item, S.publicCertificationName));
      return name ? { name, issuer: visibleLine(queryFirst(item, S.publicCertificationIssuer)) } : null;
    })
    .filter((c): c is LinkedinCertification => c !== null);
}

/** What the public, logged-out layout shows. */
export function readPublic(doc: Document, url: string): LinkedinReading {
  const aboutEl = queryFirst(doc, S.publicAbout);
  const about = visibleLine(aboutEl);
  const topCard = queryFirst(doc, S.publicTopCard);
  return {
    name: visibleLine(queryFirst(doc, S.publicName)),
    headline: visibleLine(queryFirst(doc, S.publicHeadline)),
    location: visibleLine(queryFirst(doc, S.publicLocation)),
    avatarUrl: absoluteHttpUrl(queryFirst(doc, S.publicAvatar)?.getAttribute('src'), url),
    about,
    experience: readExperience(doc),
    education: readEducation(doc),
    skills: queryAllFirst(doc, S.publicSkillItems)
      .map((li) => visibleLine(li))
      .filter((s): s is string => s !== null),
    certifications: readCertifications(doc),
    links: [...linksIn(topCard, url), ...linksIn(aboutEl?.closest('section') ?? null, url)],
    texts: about ? [about] : [],
  };
}
