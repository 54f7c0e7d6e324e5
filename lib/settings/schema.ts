import { z } from 'zod';
import { EnterpriseHost } from './enterprise-host';

export const SETTINGS_VERSION = 2;

/** Settings the recruiter controls. The tokens are kept apart (settings-store) and never exported. */
export const Settings = z.object({
  apiBase: z.string().url().default('https://api.github.com'),
  /** hours within which a cached API answer is reused without asking GitHub */
  freshnessHours: z.number().min(0).max(24 * 30).default(24),
  /** repositories read in depth by the deep plan */
  deepRepoCount: z.number().int().min(1).max(50).default(10),
  /** the matrix the panel scores against */
  activeMatrixId: z.string().default('backend-senior'),
  /** the company's GitHub Enterprise Server host (bare, lowercase), or null when none is set up */
  enterpriseHost: EnterpriseHost.nullable().default(null),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});

/** The GitHub Enterprise token together with the host it was saved for; it is sent to no other host. */
export const EnterpriseToken = z.object({
  host: EnterpriseHost,
  token: z.string().trim().min(1),
});
export type EnterpriseToken = z.infer<typeof EnterpriseToken>;
