/**
 * Reads the list a recruiter pastes or imports for a bulk evaluation: GitHub
 * logins, `@login`, or profile URLs (`https://github.com/login`,
 * `github.com/login?tab=repositories`), one a line or separated by commas,
 * semicolons or tabs (a spreadsheet's columns). A login has no spaces, so an
 * entry with spaces in it ("Mona Developer", or two logins with only a space
 * between them) is one bad entry with its reason, never several logins.
 * LinkedIn profile links are accepted and kept apart, "to visit": their pages
 * must be opened in the browser to be read. Pure; no browser APIs.
 */
import { z } from 'zod';
import { GITHUB_RESERVED_PATHS, GITHUB_LOGIN } from '../page/github-url';
import { linkedinProfileUrl } from '../page/profile-urls';

/** The most logins one bulk run takes. */
export const MAX_BULK_LOGINS = 1000;

export const RejectReason = z.enum(['invalid-login', 'reserved', 'not-github', 'not-a-profile', 'too-many', 'has-spaces']);
export type RejectReason = z.infer<typeof RejectReason>;

export const RejectedInput = z.object({
  /** what was pasted (shortened to 200 characters) */
  input: z.string(),
  reason: RejectReason,
});
export type RejectedInput = z.infer<typeof RejectedInput>;

/** A LinkedIn profile in the list: kept, to be opened and read in the browser. */
export interface ToVisit {
  /** what was pasted (shortened to 200 characters) */
  input: string;
  slug: string;
  /** the profile's canonical address */
  url: string;
}

export interface LoginList {
  /** in the order first given, each once */
  logins: string[];
  rejected: RejectedInput[];
  /** inputs that named a login (or a LinkedIn profile) already in the list (any letter case) */
  duplicates: string[];
  /** LinkedIn profiles, each once, in the order given */
  toVisit: ToVisit[];
}

/** What the panel says about each kind of rejected input. */
export const REJECT_REASON_TEXT: Readonly<Record<RejectReason, string>> = {
  'invalid-login': 'not a valid GitHub login',
  reserved: 'a GitHub page, not a person',
  'not-github': 'not a github.com link',
  'not-a-profile': 'a repository or other page, not a profile',
  'too-many': `over the limit of ${MAX_BULK_LOGINS} logins in one run`,
  'has-spaces': 'has spaces: a login has none (put one a line, or separate them with commas)',
};

/** Why LinkedIn links are kept apart rather than evaluated. */
export const TO_VISIT_REASON = 'LinkedIn pages can only be read by opening them in the browser: open each, and Hirelens reads it.';

type Reading = { login: string } | { reason: RejectReason } | { linkedin: string };

function fromPath(path: string): Reading {
  const parts = path.split('/').filter((p) => p.length > 0);
  if (parts.length === 0) return { reason: 'not-a-profile' };
  if (parts.length > 1) return GITHUB_RESERVED_PATHS.has(parts[0]!.toLowerCase()) ? { reason: 'reserved' } : { reason: 'not-a-profile' };
  return asLogin(parts[0]!);
}

function asLogin(text: string): Reading {
  if (!GITHUB_LOGIN.test(text)) return { reason: 'invalid-login' };
  if (GITHUB_RESERVED_PATHS.has(text.toLowerCase())) return { reason: 'reserved' };
  return { login: text };
}

const URLISH = /^(?:https?:\/\/)?(?:www\.)?[a-z0-9.-]+\.[a-z]{2,}(?::\d+)?(?:[/?#]|$)/i;
const LINKEDIN_SLUG = /^[A-Za-z0-9\-_%]{2,200}$/;

/** `linkedin.com`, `www.linkedin.com` and the country hosts logged-out visitors are sent to (`se.linkedin.com`). */
function isLinkedinHost(host: string): boolean {
  return host === 'linkedin.com' || /^[a-z]{2,3}\.linkedin\.com$/.test(host);
}

/** A LinkedIn person's slug from `/in/<slug>/…`, or the reason the link is not one. */
function fromLinkedinPath(path: string): Reading {
  const parts = path.split('/').filter((p) => p.length > 0);
  if (parts[0] !== 'in' || !parts[1] || !LINKEDIN_SLUG.test(parts[1])) return { reason: 'not-a-profile' };
  try {
    return { linkedin: decodeURIComponent(parts[1]) };
  } catch {
    return { reason: 'not-a-profile' };
  }
}

/** One pasted item → a login, a LinkedIn profile to visit, or the reason it is neither. */
export function readLoginInput(raw: string): Reading {
  // quotes and angle brackets from spreadsheets and mail clients
  const text = raw.trim().replace(/^[<"'(]+|[>"')]+$/g, '');
  if (/\s/.test(text)) return { reason: 'has-spaces' };
  if (text.startsWith('@')) return asLogin(text.slice(1));
  if (!text.includes('/') && !text.includes(':') && !URLISH.test(text)) return asLogin(text);
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`);
  } catch {
    return { reason: 'invalid-login' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { reason: 'not-github' };
  const host = url.hostname.toLowerCase();
  if (isLinkedinHost(host)) return fromLinkedinPath(url.pathname);
  if (host !== 'github.com' && host !== 'www.github.com') return { reason: 'not-github' };
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return { reason: 'invalid-login' };
  }
  return fromPath(path);
}

function shortened(input: string): string {
  return input.length > 200 ? `${input.slice(0, 199)}…` : input;
}

/**
 * Splits on line breaks, commas, semicolons and tabs (never on spaces inside
 * an entry); keeps the first of each login (case-insensitive) and of each
 * LinkedIn profile.
 */
export function parseLoginList(text: string): LoginList {
  const logins: string[] = [];
  const rejected: RejectedInput[] = [];
  const duplicates: string[] = [];
  const toVisit: ToVisit[] = [];
  const seen = new Set<string>();
  const seenSlugs = new Set<string>();
  for (const raw of text.split(/[\r\n,;\t]+/)) {
    const piece = raw.trim();
    if (!piece) continue;
    const reading = readLoginInput(piece);
    const input = shortened(piece);
    if ('reason' in reading) {
      rejected.push({ input, reason: reading.reason });
      continue;
    }
    if ('linkedin' in reading) {
      const key = reading.linkedin.toLowerCase();
      if (seenSlugs.has(key)) duplicates.push(input);
      else {
        seenSlugs.add(key);
        toVisit.push({ input, slug: reading.linkedin, url: linkedinProfileUrl(reading.linkedin) });
      }
      continue;
    }
    const key = reading.login.toLowerCase();
    if (seen.has(key)) {
      duplicates.push(input);
      continue;
    }
    if (logins.length >= MAX_BULK_LOGINS) {
      rejected.push({ input, reason: 'too-many' });
      continue;
    }
    seen.add(key);
    logins.push(reading.login);
  }
  return { logins, rejected, duplicates, toVisit };
}
