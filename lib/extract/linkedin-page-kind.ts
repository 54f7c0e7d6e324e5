/**
 * What a page under a profile address is when it shows no person: LinkedIn's
 * "profile not found" page, the sign-in wall it shows logged-out visitors,
 * "This profile is not available", a private-profile notice, LinkedIn's "page
 * not found", a bare HTTP error page, or an anti-bot interstitial. Each gets a
 * plain sentence for the recruiter: what the page is and what to do.
 *
 * A page with any mark of a person's profile (a top card of a known layout, a
 * JSON-LD Person, a name heading the page vouches for) is a profile, whatever
 * else it says. Pure: (Document, url) → note | null.
 */
import { parseLinkedinProfileUrl } from '../page/linkedin-url';
import type { LinkedinPageKind, LinkedinPageNote } from '../schemas/profile';
import { linkedinSelectors as S } from '../selectors/linkedin';
import { foldText } from './dates';
import { cleanText, queryFirst } from './dom';
import { readJsonLd } from './linkedin-jsonld';
import { nameChecker } from './linkedin-name';

/** What the recruiter reads for each kind of page. */
const NOTES = {
  profileNotFound:
    'LinkedIn found no profile at this address. Check the address (the part after /in/), or search LinkedIn for the person by name.',
  unavailable:
    'LinkedIn says this profile is not available: the member may have hidden, restricted or closed it. Check the address, or look the person up with LinkedIn search.',
  private:
    "This member's profile is private, so LinkedIn shows nothing to read here. Ask the candidate for a CV or another profile to evaluate.",
  pageNotFound: "LinkedIn says this page doesn't exist. Check the address of the profile, or search LinkedIn for the person by name.",
  signInWall: 'LinkedIn is showing its sign-in page instead of the profile. Sign in to LinkedIn in this browser, then open the profile again.',
  challenge:
    'LinkedIn is showing an automated-traffic check instead of the profile. Reload the page (and complete the check if one appears), then open the profile again.',
} as const;

function errorNote(code: string | null): string {
  const what = code ? `an error (${code})` : 'an error';
  return `LinkedIn answered with ${what} instead of the profile. Check the address, then reload the page; if it keeps failing, try again later.`;
}

interface Rule {
  kind: LinkedinPageKind;
  note: string;
  /** Folded text (lower case, no accents, straight apostrophes) that says what the page is. */
  says: readonly RegExp[];
}

/** Checked in order: the specific notices before the sign-in wall (a not-found page carries a sign-up form too). */
const RULES: readonly Rule[] = [
  {
    kind: 'not-found',
    note: NOTES.profileNotFound,
    says: [
      /an exact match for .+ could not be found/,
      /\bprofile not found\b/,
      /this profile (does not|doesn't) exist/,
      /\bprofil nicht gefunden\b/,
      /\bprofil introuvable\b/,
      /\bperfil no encontrado\b/,
      /\bperfil nao encontrado\b/,
    ],
  },
  {
    kind: 'unavailable',
    note: NOTES.unavailable,
    says: [
      /this (linkedin )?profile is (not|no longer) available/,
      /\bprofile (is )?unavailable\b/,
      /dieses profil ist nicht (mehr )?verfugbar/,
      /ce profil n'est (pas|plus) disponible/,
      /este perfil (ya )?no esta disponible/,
      /este perfil nao esta (mais )?disponivel/,
    ],
  },
  {
    kind: 'private',
    note: NOTES.private,
    says: [
      /\b(this )?(member's )?profile is private\b/,
      /\bprivate profile\b/,
      /\bkeeps? (their|his|her|this) profile private\b/,
      /chosen to keep (their|his|her) profile private/,
      /\bprivates profil\b/,
      /\bprofil (est )?prive\b/,
      /\bperfil (es )?privado\b/,
    ],
  },
  {
    kind: 'not-found',
    note: NOTES.pageNotFound,
    says: [
      /\bpage not found\b/,
      /this page (does not|doesn't) exist/,
      /can't seem to find the page/,
      /\bseite nicht gefunden\b/,
      /\bpage introuvable\b/,
      /\bpagina no encontrada\b/,
      /\bpagina nao encontrada\b/,
    ],
  },
  {
    kind: 'challenge',
    note: NOTES.challenge,
    says: [/quick security check/, /security verification/, /verify (that )?you('re| are) (a )?human/, /\bcaptcha\b/, /checking your browser/],
  },
  {
    kind: 'sign-in-wall',
    note: NOTES.signInWall,
    says: [
      /welcome to your professional community/,
      /\bsign in with (e-?mail|email address)\b/,
      /\bsign in to (view|see) .*profile/,
      /\bjoin (now )?to (view|see) .*profile/,
      /willkommen in ihrer beruflichen community/,
      /bienvenue dans votre communaute professionnelle/,
      /te damos la bienvenida a tu comunidad profesional/,
      /boas-vindas a sua comunidade profissional/,
    ],
  },
];

/** A bare HTTP error page: its status in the title or first heading ("404 Not Found", "HTTP ERROR 999"). */
const HTTP_ERROR = /^(?:http )?(?:error:? )?(4\d\d|5\d\d|999)\b/;
const HTTP_REASON = /^(not found|too many requests|service unavailable|internal server error|bad gateway|gateway time-?out|request denied|forbidden)$/;

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG']);
/** The most page text read: the pages this looks for are short. */
const TEXT_CAP = 20_000;
/** Below this much text the whole page is searched, not only its title and headings. */
const SMALL_PAGE = 4_000;

/** The text a visitor sees, without scripts, styles and templates (capped). */
function visibleText(root: Element): string {
  const parts: string[] = [];
  let length = 0;
  const walk = (el: Element) => {
    for (const node of Array.from(el.childNodes)) {
      if (length > TEXT_CAP) return;
      if (node.nodeType === 3) {
        const text = node.textContent ?? '';
        parts.push(text);
        length += text.length;
      } else if (node.nodeType === 1 && !SKIPPED.has((node as Element).tagName)) {
        parts.push(' ');
        walk(node as Element);
      }
    }
  };
  walk(root);
  return cleanText(parts.join('')) ?? '';
}

/** The rule a text matches: what the page says it is. */
function ruleFor(text: string): Rule | null {
  return RULES.find((rule) => rule.says.some((re) => re.test(text))) ?? null;
}

/** Whether a heading is one of the notices of a page that is not a person ("Page not found", "404"). */
export function isNoticeHeading(text: string): boolean {
  const folded = foldText(text);
  return ruleFor(folded) !== null || HTTP_ERROR.test(folded) || HTTP_REASON.test(folded);
}

/**
 * Whether the page shows a person's profile: a top card of a known layout, a
 * JSON-LD Person, or a heading the page vouches for as a name (title,
 * og:title, photo alt) that is not itself a notice ("Page Not Found | LinkedIn"
 * vouches for the heading "Page not found", which names no one).
 */
function showsPerson(doc: Document): boolean {
  if (queryFirst(doc, S.personMarker)) return true;
  if (readJsonLd(doc).name) return true;
  const root = doc.querySelector('main') ?? doc.body;
  if (!root) return false;
  const check = nameChecker(doc);
  return Array.from(root.querySelectorAll('h1, h2')).some((h) => {
    const name = cleanText(h.textContent);
    if (name === null || name.length > 200 || isNoticeHeading(name)) return false;
    return check(name, h.closest('section') ?? h.parentElement) === 'agrees';
  });
}

/** A meta refresh, also inside `<noscript>` (read as text where scripts run). */
function hasMetaRefresh(doc: Document): boolean {
  if (queryFirst(doc, S.metaRefresh)) return true;
  return Array.from(doc.querySelectorAll('noscript')).some((n) => /http-equiv\s*=\s*["']?refresh/i.test(n.textContent ?? ''));
}

/** An inline script that sends the visitor on to a check (authwall, checkpoint, challenge, captcha). */
function hasChallengeScript(doc: Document): boolean {
  return Array.from(doc.querySelectorAll('script:not([src])')).some((s) => /authwall|checkpoint|challenge|captcha/i.test(s.textContent ?? ''));
}

function note(kind: LinkedinPageKind, text: string): LinkedinPageNote {
  return { kind, note: text };
}

/**
 * What a page under `/in/<slug>/` is when it is not a person's profile, with
 * a sentence for the recruiter; null for a person's profile (or a page still
 * loading that says nothing yet) and for addresses that are not profile pages.
 */
export function describeLinkedinPage(doc: Document, url: string): LinkedinPageNote | null {
  if (!parseLinkedinProfileUrl(url)) return null;
  if (showsPerson(doc)) return null;
  const title = foldText(doc.title ?? '');
  const headings = Array.from(doc.querySelectorAll('h1, h2, h3, [role="heading"]'))
    .slice(0, 50)
    .map((h) => foldText(h.textContent ?? ''))
    .filter((h) => h.length > 0);
  const body = doc.body ? foldText(visibleText(doc.body)) : '';
  const texts = [title, ...headings, ...(body.length <= SMALL_PAGE ? [body] : [])];
  for (const rule of RULES) {
    if (texts.some((text) => rule.says.some((re) => re.test(text)))) return note(rule.kind, rule.note);
  }
  for (const text of [title, headings[0] ?? '']) {
    const code = HTTP_ERROR.exec(text);
    if (code) return note('error', errorNote(code[1]!));
    if (HTTP_REASON.test(text)) return note('error', errorNote(null));
  }
  if (queryFirst(doc, S.signInForm)) return note('sign-in-wall', NOTES.signInWall);
  // Nothing to see, and the page sends the visitor on: an anti-bot interstitial.
  if (body.length === 0 && headings.length === 0 && (hasMetaRefresh(doc) || hasChallengeScript(doc))) {
    return note('challenge', NOTES.challenge);
  }
  return null;
}
