import { z } from 'zod';

export const SETTINGS_VERSION = 1;

/** Settings the recruiter controls. The token is kept apart (token-store) and never exported. */
export const Settings = z.object({
  apiBase: z.string().url().default('https://api.github.com'),
  /** hours within which a cached API answer is reused without asking GitHub */
  freshnessHours: z.number().min(0).max(24 * 30).default(24),
  /** repositories read in depth by the deep plan */
  deepRepoCount: z.number().int().min(1).max(50).default(10),
  /** the matrix the panel scores against */
  activeMatrixId: z.string().default('backend-senior'),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});
