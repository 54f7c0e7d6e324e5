/**
 * Whether a name read off a heading is the person's. A heading alone is never
 * taken for a name: the page must say the same name somewhere else, in the
 * `<title>` ("Name | LinkedIn"), the Open Graph title, the JSON-LD Person, or
 * (when those name no one) the alt text of the photo in the same card. Pure.
 */
import { linkedinSelectors as S } from '../selectors/linkedin';
import { foldText } from './dates';
import { cleanText, queryFirst } from './dom';
import { readJsonLd } from './linkedin-jsonld';

/** A name as compared: case, accents, emoji and symbols, and punctuation at its ends ignored. */
export function nameKey(name: string): string {
  return foldText(name.normalize('NFKC'))
    .replace(/\p{Extended_Pictographic}|\p{So}|\p{Sk}|\u200d|\ufe0e|\ufe0f/gu, '')
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '')
    .replace(/\s+/g, ' ');
}

/**
 * What LinkedIn shows in place of the name of a member outside the viewer's
 * network (or one who restricted their profile): "LinkedIn Member". It is
 * never a person's name. English is the form seen on the pages; the others
 * are the same words in LinkedIn's German, French, Spanish, Portuguese,
 * Italian, Dutch and Swedish interfaces, held to the same rule in case a
 * recruiter browses LinkedIn in those languages.
 */
const PLACEHOLDER_NAMES = new Set([
  'linkedin member',
  'linkedin-mitglied',
  'linkedin mitglied',
  'membre linkedin',
  'membre de linkedin',
  'miembro de linkedin',
  'membro do linkedin',
  'membro di linkedin',
  'utente linkedin',
  'linkedin-lid',
  'linkedin-medlem',
]);

/** Whether a name read off the page is LinkedIn's stand-in for a hidden name ("LinkedIn Member"), not a person's. */
export function isPlaceholderName(name: string | null | undefined): boolean {
  return typeof name === 'string' && PLACEHOLDER_NAMES.has(nameKey(name));
}

/**
 * The names a title gives: `Name | LinkedIn`, `(3) Name | LinkedIn` (unread
 * notifications), and for `Name - Headline | LinkedIn` also the part before the
 * first dash. A title without the site's name gives none.
 */
export function namesFromTitle(title: string | null | undefined): string[] {
  const text = cleanText(title);
  if (!text) return [];
  const m = /^(?:\(\d+\+?\)\s*)?(.+?)\s*[|–—-]\s*LinkedIn$/i.exec(text);
  if (!m) return [];
  const whole = m[1]!.trim();
  const first = whole.split(/\s+[-–—]\s+/)[0]!.trim();
  return [...new Set([whole, first].filter((n) => n.length > 0))];
}

/** The names the page itself vouches for, outside any heading: title, Open Graph title, JSON-LD. */
function vouchingNames(doc: Document): string[] {
  const og = queryFirst(doc, S.ogTitle)?.getAttribute('content');
  const ogNames = namesFromTitle(og);
  const ogPlain = cleanText(og);
  const person = readJsonLd(doc).name;
  return [
    ...namesFromTitle(doc.title),
    ...(ogNames.length > 0 ? ogNames : ogPlain ? [ogPlain] : []),
    ...(person ? [person] : []),
  ];
}

/** Alt texts of the images of a card (the profile photo says whose it is). */
function altTexts(card: Element | null): string[] {
  if (!card) return [];
  return Array.from(card.querySelectorAll('img[alt]'))
    .map((img) => cleanText(img.getAttribute('alt')))
    .filter((alt): alt is string => alt !== null);
}

/** What the page says about a heading's name: it agrees, names someone else, or says nothing. */
export type NameCheck = 'agrees' | 'disagrees' | 'silent';

/** Checks names read off headings against what the page says elsewhere (read once). */
export type NameChecker = (name: string, card: Element | null) => NameCheck;

/**
 * A checker of names read off headings in `doc`. The title, the Open Graph
 * title and the JSON-LD Person come first: when they name someone, the heading
 * must be that person (a page whose title names someone else still shows the
 * previous person). When they name no one, the alt text of an image in the
 * heading's card (the profile photo) may vouch for it.
 */
export function nameChecker(doc: Document): NameChecker {
  const keys = new Set(vouchingNames(doc).filter((name) => !isPlaceholderName(name)).map(nameKey).filter((key) => key.length > 0 && key !== 'linkedin'));
  return (name, card) => {
    const key = nameKey(name);
    if (key.length === 0 || key === 'linkedin' || isPlaceholderName(name)) return 'disagrees';
    if (keys.size > 0) return keys.has(key) ? 'agrees' : 'disagrees';
    return altTexts(card).some((alt) => nameKey(alt) === key) ? 'agrees' : 'silent';
  };
}

/** The first image of `card` whose alt text is `name` (the profile photo). */
export function photoOf(name: string, card: Element): Element | null {
  const key = nameKey(name);
  return Array.from(card.querySelectorAll('img[alt]')).find((img) => nameKey(img.getAttribute('alt') ?? '') === key) ?? null;
}
