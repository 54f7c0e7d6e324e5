/**
 * Whether the recruiter's GitHub Enterprise host may be asked right now: it
 * is the host configured in the options and the browser still grants
 * Hirelens access to it. Asked at the moment a request with the Enterprise
 * token is made (lib/evaluation/gather-github.ts → the client's mayAuthorize),
 * so a host removed or revoked a second ago gets no token.
 */
import { browser } from 'wxt/browser';
import { enterpriseOriginPattern } from './enterprise-host';
import { readSettings } from './settings-store';

export async function isGrantedEnterpriseHost(host: string): Promise<boolean> {
  try {
    const { enterpriseHost } = await readSettings();
    if (!enterpriseHost || enterpriseHost !== host.toLowerCase()) return false;
    return await browser.permissions.contains({ origins: [enterpriseOriginPattern(enterpriseHost)] });
  } catch {
    return false;
  }
}
