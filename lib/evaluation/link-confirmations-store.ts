/**
 * The recruiter's answers to "Is this their GitHub?", in local storage (they
 * outlive the session: the same pair is not asked again). Versioned from the
 * first release; a damaged value reads as no answers.
 */
import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import { exclusive } from '../storage/exclusive';
import { pairKey, type Confirmations } from './identity-claim';

export const LINK_CONFIRMATIONS_VERSION = 1;

export const LinkConfirmations = z.object({
  /** `gh:<login>|li:<slug>` pairs the recruiter confirmed are one person */
  confirmed: z.array(z.string().max(400)).max(10_000),
  /** pairs the recruiter said are not */
  rejected: z.array(z.string().max(400)).max(10_000),
});
export type LinkConfirmations = z.infer<typeof LinkConfirmations>;

const EMPTY: LinkConfirmations = { confirmed: [], rejected: [] };

export const linkConfirmationsItem = storage.defineItem<LinkConfirmations>('local:linkConfirmations', {
  fallback: EMPTY,
  version: LINK_CONFIRMATIONS_VERSION,
});

export async function readConfirmations(): Promise<Confirmations> {
  const parsed = LinkConfirmations.safeParse(await linkConfirmationsItem.getValue());
  const value = parsed.success ? parsed.data : EMPTY;
  return { confirmed: new Set(value.confirmed), rejected: new Set(value.rejected) };
}

/** Records the recruiter's answer for one pair; the other answer for the same pair is withdrawn. */
export function answerClaim(login: string, slug: string, same: boolean): Promise<void> {
  const key = pairKey(login, slug);
  return exclusive('linkConfirmations', async () => {
    const parsed = LinkConfirmations.safeParse(await linkConfirmationsItem.getValue());
    const value = parsed.success ? parsed.data : EMPTY;
    const confirmed = value.confirmed.filter((k) => k !== key);
    const rejected = value.rejected.filter((k) => k !== key);
    (same ? confirmed : rejected).push(key);
    await linkConfirmationsItem.setValue(LinkConfirmations.parse({ confirmed, rejected }));
  });
}
