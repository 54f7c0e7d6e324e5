import { z } from 'zod';

/**
 * A GitHub Enterprise Server host as the recruiter types it: a bare hostname
 * (with an optional port), no scheme, no path, never github.com itself.
 */
const HOSTNAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?::\d{1,5})?$/;

/** Hosts that are github.com's own; an Enterprise host is never one of them. */
const GITHUB_COM_HOSTS: ReadonlySet<string> = new Set(['github.com', 'www.github.com', 'api.github.com']);

export const EnterpriseHost = z
  .string()
  .trim()
  .toLowerCase()
  .refine((h) => HOSTNAME.test(h), { message: 'Enter a host name only, such as github.example.com, without https:// or a path' })
  .refine((h) => !GITHUB_COM_HOSTS.has(h.replace(/:\d+$/, '')), { message: 'github.com is built in; enter your company’s GitHub Enterprise host' })
  .refine((h) => {
    const port = /:(\d+)$/.exec(h)?.[1];
    return port === undefined || (Number(port) >= 1 && Number(port) <= 65535);
  }, { message: 'The port is not a valid number' });
export type EnterpriseHost = z.infer<typeof EnterpriseHost>;

/** The normalised host, or the reason the text is not one. */
export function parseEnterpriseHost(text: string): { ok: true; host: string } | { ok: false; error: string } {
  const parsed = EnterpriseHost.safeParse(text);
  if (parsed.success) return { ok: true, host: parsed.data };
  return { ok: false, error: parsed.error.issues[0]?.message ?? 'Not a host name' };
}

/** The origin pattern asked for at run time and matched by the registered content script. */
export function enterpriseOriginPattern(host: string): string {
  return `https://${host}/*`;
}

/** GitHub Enterprise Server's REST API lives under /api/v3 on the host itself. */
export function enterpriseApiBase(host: string): string {
  return `https://${host}/api/v3`;
}
