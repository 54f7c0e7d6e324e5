import { GithubApiError, GithubClient } from '@/lib/github/client';
import type { TokenCheck } from '@/lib/messages';
import { readSettings, readToken } from '@/lib/settings/settings-store';

/** Asks the API who the token belongs to and what limit it has; the token itself never leaves here. */
export async function checkToken(): Promise<TokenCheck> {
  const [settings, token] = await Promise.all([readSettings(), readToken()]);
  if (!token) return { login: null, limit: null, remaining: null, error: 'No token is saved' };
  const client = new GithubClient({ baseUrl: settings.apiBase, token, retries: 0 });
  try {
    const res = await client.octokit.rest.users.getAuthenticated();
    return { login: res.data.login, limit: client.rateLimit?.limit ?? null, remaining: client.rateLimit?.remaining ?? null, error: null };
  } catch (error) {
    return { login: null, limit: null, remaining: null, error: error instanceof GithubApiError ? error.message : 'The check failed' };
  }
}
