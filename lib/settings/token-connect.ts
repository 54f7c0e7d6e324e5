/**
 * Connecting a GitHub token from the paste box (the panel's and the options
 * page's): what was pasted, read as a token or refused with the reason, and
 * the background's check read as "connected as @login" or why not. Pure; the
 * client (token-connect-client.ts) sends and saves.
 */
import type { ReplyOf, TokenProblem } from '../messages';

/** Longest token accepted (GitHub's are well under 300 characters). */
export const MAX_TOKEN_LENGTH = 1000;

export type TokenText = { ok: true; token: string } | { ok: false; problem: 'empty' | 'malformed' };

/**
 * A pasted token: surrounding spaces and line breaks dropped; refused when
 * empty, or when it holds spaces or characters no token has (two things
 * pasted at once, a sentence copied with it).
 */
export function readTokenText(text: string): TokenText {
  const token = text.trim();
  if (!token) return { ok: false, problem: 'empty' };
  if (token.length > MAX_TOKEN_LENGTH || !/^[\x21-\x7e]+$/.test(token)) return { ok: false, problem: 'malformed' };
  return { ok: true, token };
}

export type ConnectOutcome =
  | { kind: 'connected'; login: string; limit: number | null }
  | { kind: 'error'; problem: TokenProblem | 'empty' | 'malformed' | 'no-answer'; detail: string | null };

/** The background's `token:check` reply for a typed token, as the paste box says it. */
export function outcomeOfCheck(reply: ReplyOf<'token:check'>): ConnectOutcome {
  if (!reply.ok) return { kind: 'error', problem: 'no-answer', detail: reply.error };
  const check = reply.data;
  if (check.login && !check.error) return { kind: 'connected', login: check.login, limit: check.limit };
  return { kind: 'error', problem: check.problem ?? 'other', detail: check.error };
}
