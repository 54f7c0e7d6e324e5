import { GithubApiError, GithubClient } from '@/lib/github/client';
import { NO_PAUSE, pauseText, pausedUntil, type ApiPause } from '@/lib/github/api-pause';
import { apiPauseStore } from '@/lib/github/api-pause-store';
import { GITHUB_API_BASE, GITHUB_API_HOST } from '@/lib/github/token-scope';
import type { TokenCheck, TokenProblem } from '@/lib/messages';
import { readToken } from '@/lib/settings/settings-store';

export interface CheckTokenOptions {
  /** fetch for the client (tests: the API double) */
  fetch?: typeof fetch;
  now?: () => number;
  /** a token to check before it is saved; default: the saved one */
  token?: string;
}

/** What kind of failure an API error was, as the token check reports it. */
function problemOf(error: unknown): TokenProblem {
  if (!(error instanceof GithubApiError)) return 'other';
  switch (error.kind) {
    case 'auth':
      return 'bad-token';
    case 'network':
    case 'server':
      return 'network';
    case 'rate-limit':
    case 'paused':
    case 'refused':
      return 'paused';
    default:
      return 'other';
  }
}

/**
 * Asks the github.com API (a constant: https://api.github.com) who the token
 * (the one given, else the saved one) belongs to and what limit it has; the token itself never leaves here. While
 * the API is paused (a secondary limit, repeated failures) nothing is asked,
 * and the reply says until when.
 */
export async function checkToken(options: CheckTokenOptions = {}): Promise<TokenCheck> {
  const token = options.token ?? (await readToken());
  if (!token) return { login: null, limit: null, remaining: null, error: 'No token is saved', problem: 'other' };
  const now = options.now ?? Date.now;
  const pauses = apiPauseStore(GITHUB_API_HOST);
  const pause = await pauses.read().catch((): ApiPause => NO_PAUSE);
  const until = pausedUntil(pause, now());
  if (until !== null) return { login: null, limit: null, remaining: null, error: pauseText(pause.reason, until, now()), problem: 'paused' };
  let writes: Promise<void> = Promise.resolve();
  const client = new GithubClient({
    baseUrl: GITHUB_API_BASE,
    token,
    retries: 0,
    now,
    pause,
    onPause: (state) => {
      writes = writes.then(() => pauses.write(state)).catch(() => undefined);
    },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  try {
    const res = await client.octokit.rest.users.getAuthenticated();
    return { login: res.data.login, limit: client.rateLimit?.limit ?? null, remaining: client.rateLimit?.remaining ?? null, error: null, problem: null };
  } catch (error) {
    return { login: null, limit: null, remaining: null, error: error instanceof GithubApiError ? error.message : 'The check failed', problem: problemOf(error) };
  } finally {
    await writes;
  }
}
