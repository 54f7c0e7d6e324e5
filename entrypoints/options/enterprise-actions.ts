import { browser } from 'wxt/browser';
import { enterpriseOriginPattern, parseEnterpriseHost } from '@/lib/settings/enterprise-host';
import { removeEnterpriseToken, writeEnterpriseHost, writeEnterpriseToken } from '@/lib/settings/settings-store';
import type { EnterpriseStatus } from '@/components/EnterpriseForm';

export interface HostOutcome {
  status: EnterpriseStatus;
  /** the host now set up (unchanged on refusal) */
  host: string | null;
}

async function forgetHost(host: string): Promise<void> {
  await removeEnterpriseToken();
  try {
    await browser.permissions.remove({ origins: [enterpriseOriginPattern(host)] });
  } catch {
    // already gone, or the browser keeps it: without the setting nothing reads the host
  }
}

/**
 * Sets up the Enterprise host typed in the options page. It must be called
 * from the click itself: the browser shows its permission prompt only within
 * the recruiter's gesture, so the request is made before anything is awaited.
 * Settings change only once the host is granted; the background then registers
 * the content script there (it watches settings and permissions).
 */
export function saveEnterpriseHost(text: string, previous: string | null): Promise<HostOutcome> {
  const parsed = parseEnterpriseHost(text);
  if (!parsed.ok) return Promise.resolve({ status: { kind: 'error', text: parsed.error }, host: previous });
  const { host } = parsed;
  let asking: Promise<boolean>;
  try {
    asking = browser.permissions.request({ origins: [enterpriseOriginPattern(host)] });
  } catch (error) {
    asking = Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  return asking.then(
    async (granted): Promise<HostOutcome> => {
      if (!granted) {
        return { status: { kind: 'error', text: `Permission to read ${host} was not granted, so nothing was saved. Save again and choose Allow.` }, host: previous };
      }
      await writeEnterpriseHost(host);
      if (previous && previous !== host) await forgetHost(previous);
      return { status: { kind: 'ok', text: `Hirelens now reads GitHub profiles on ${host}. Add a token for it below to raise the rate limit.` }, host };
    },
    (): HostOutcome => ({ status: { kind: 'error', text: `The browser did not ask for permission to read ${host}; nothing was saved.` }, host: previous }),
  );
}

/** Removes the Enterprise host, its token and its permission. */
export async function removeEnterpriseHost(host: string | null): Promise<HostOutcome> {
  await writeEnterpriseHost(null);
  if (host) await forgetHost(host);
  return { status: { kind: 'ok', text: 'The Enterprise host, its token and its permission were removed.' }, host: null };
}

export async function saveEnterpriseToken(host: string | null, token: string): Promise<EnterpriseStatus> {
  if (!host) return { kind: 'error', text: 'Set up the Enterprise host first.' };
  if (!token.trim()) return { kind: 'error', text: 'The token is empty.' };
  await writeEnterpriseToken(host, token);
  return { kind: 'ok', text: `Token saved for ${host}. It is sent only to https://${host}/api/v3.` };
}

export async function removeEnterpriseTokenAction(): Promise<EnterpriseStatus> {
  await removeEnterpriseToken();
  return { kind: 'ok', text: 'The Enterprise token was removed.' };
}
