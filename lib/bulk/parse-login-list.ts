/**
 * Reads the list a recruiter pastes or imports for a bulk evaluation: GitHub
 * logins, `@login`, or profile URLs (`https://github.com/login`,
 * `github.com/login?tab=repositories`), one a line or separated by commas,
 * semicolons or spaces. Pure; no browser APIs.
 */
import { z } from 'zod';
import { GITHUB_RESERVED_PATHS, GITHUB_LOGIN } from '../page/github-url';

/** The most logins one bulk run takes. */
export const MAX_BULK_LOGINS = 1000;

export const RejectReason = z.enum(['invalid-login', 'reserved', 'not-github', 'not-a-profile', 'too-many']);
export type RejectReason = z.infer<typeof RejectReason>;

export const RejectedInput = z.object({
  /** what was pasted (shortened to 200 characters) */
  input: z.string(),
  reason: RejectReason,
});
export type RejectedInput = z.infer<typeof RejectedInput>;

export interface LoginList {
  /** in the order first given, each once */
  logins: string[];
  rejected: RejectedInput[];
  /** inputs that named a login already in the list (any letter case) */
  duplicates: string[];
}

/** What the panel says about each kind of rejected input. */
export const REJECT_REASON_TEXT: Readonly<Record<RejectReason, string>> = {
  'invalid-login': 'not a valid GitHub login',
  reserved: 'a GitHub page, not a person',
  'not-github': 'not a github.com link',
  'not-a-profile': 'a repository or other page, not a profile',
  'too-many': `over the limit of ${MAX_BULK_LOGINS} logins in one run`,
};

type Reading = { login: string } | { reason: RejectReason };

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

/** One pasted item → a login or the reason it is not one. */
export function readLoginInput(raw: string): Reading {
  // quotes and angle brackets from spreadsheets and mail clients
  const text = raw.trim().replace(/^[<"'(]+|[>"')]+$/g, '');
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
  if (host !== 'github.com' && host !== 'www.github.com') return { reason: 'not-github' };
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return { reason: 'invalid-login' };
  }
  return fromPath(path);
}

/** Splits on line breaks, commas, semicolons and white space; keeps the first of each login (case-insensitive). */
export function parseLoginList(text: string): LoginList {
  const logins: string[] = [];
  const rejected: RejectedInput[] = [];
  const duplicates: string[] = [];
  const seen = new Set<string>();
  for (const piece of text.split(/[\s,;]+/)) {
    if (!piece.trim()) continue;
    const reading = readLoginInput(piece);
    const input = piece.length > 200 ? `${piece.slice(0, 199)}…` : piece;
    if ('reason' in reading) {
      rejected.push({ input, reason: reading.reason });
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
  return { logins, rejected, duplicates };
}
