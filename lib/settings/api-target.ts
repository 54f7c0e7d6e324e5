import { enterpriseApiBase } from './enterprise-host';
import { isLinkedinPageHost } from '../page/linkedin-url';
import type { Settings } from './schema';
import { GITHUB_API_BASE } from '../github/token-scope';

/** Where a profile's API requests go, and whose token goes with them. */
export type ApiTarget =
  | { kind: 'github'; apiBase: string }
  | { kind: 'enterprise'; apiBase: string; host: string };

/**
 * The API for a profile read at `pageUrl`: the Enterprise host's own
 * `/api/v3` for a page on the configured Enterprise host, the github.com API
 * (the constant https://api.github.com, never a setting) for everything else
 * Hirelens reads (github.com, LinkedIn).
 * Null for a page on a host that is no longer configured: its logins mean
 * nothing on github.com, so nothing is asked.
 */
export function apiTargetFor(pageUrl: string, settings: Pick<Settings, 'enterpriseHost'>): ApiTarget | null {
  let host: string;
  try {
    const u = new URL(pageUrl);
    if (u.protocol !== 'https:') return null;
    host = u.host.toLowerCase();
  } catch {
    return null;
  }
  if (settings.enterpriseHost && host === settings.enterpriseHost) {
    return { kind: 'enterprise', apiBase: enterpriseApiBase(host), host };
  }
  if (host === 'github.com' || isLinkedinPageHost(host)) return { kind: 'github', apiBase: GITHUB_API_BASE };
  return null;
}
