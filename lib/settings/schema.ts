import { z } from 'zod';
import { EnterpriseHost } from './enterprise-host';
import { GITHUB_API_BASE } from '../github/token-scope';

export const SETTINGS_VERSION = 3;

/** How long a candidate may stay untouched before the retention setting deletes them, at most. */
export const MAX_RETENTION_MONTHS = 120;

/** Settings the recruiter controls. The tokens are kept apart (settings-store) and never exported. */
export const Settings = z.object({
  /**
   * The github.com API: a constant, not a choice. Any other stored value
   * (an old setting, a tampered one) reads as this; a token only ever goes
   * here or to the granted Enterprise host's /api/v3 (lib/github/token-scope.ts).
   */
  apiBase: z.literal(GITHUB_API_BASE).catch(GITHUB_API_BASE),
  /** hours within which a cached API answer is reused without asking GitHub */
  freshnessHours: z.number().min(0).max(24 * 30).default(24),
  /** repositories read in depth by the deep plan */
  deepRepoCount: z.number().int().min(1).max(50).default(10),
  /** the matrix the panel scores against */
  activeMatrixId: z.string().default('backend-senior'),
  /** the company's GitHub Enterprise Server host (bare, lowercase), or null when none is set up */
  enterpriseHost: EnterpriseHost.nullable().default(null),
  /**
   * Retention: candidates untouched (not saved, edited or re-scored) for this
   * many months are deleted, after a notice (lib/candidates/retention.ts).
   * Null, the default: off, nothing is deleted by age.
   */
  retentionMonths: z.number().int().min(1).max(MAX_RETENTION_MONTHS).nullable().default(null),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});

/** The GitHub Enterprise token together with the host it was saved for; it is sent to no other host. */
export const EnterpriseToken = z.object({
  host: EnterpriseHost,
  token: z.string().trim().min(1),
});
export type EnterpriseToken = z.infer<typeof EnterpriseToken>;
