import type { RateLimit } from '@/lib/schemas/tab-state';
import { budgetOf, profileKindFor } from '@/lib/evaluation/lookup-budget';
import { t, tOr } from '@/lib/i18n';
import { timeText } from './dates';
import { useNow } from './use-now';

export interface RateLimitLineProps {
  rateLimit: RateLimit | null;
  /** with a token each person is read in depth (GraphQL); without, quickly */
  hasToken?: boolean | null;
  /** epoch ms (tests); default now */
  now?: number;
}

/**
 * GitHub's requests left, and what they mean in people: "about 24 quick
 * profiles left this hour (resets 17:05)", marked as running low from a
 * quarter of the limit down.
 */
export function RateLimitLine({ rateLimit, hasToken, now: fixedNow }: RateLimitLineProps) {
  const current = useNow(rateLimit?.resetAt ?? null);
  const now = fixedNow ?? current;
  if (!rateLimit) return null;
  const budget = budgetOf(rateLimit, profileKindFor(hasToken === true), now);
  const profiles = budget.profiles.toLocaleString();
  const people =
    budget.kind === 'quick'
      ? tOr('budgetQuickProfiles', 'about $1 quick profiles left this hour', profiles)
      : tOr('budgetDeepProfiles', 'about $1 profiles read in depth left this hour', profiles);
  const resets = budget.resetAt === null ? '' : ` ${tOr('budgetResets', '(resets $1)', timeText(budget.resetAt, new Date(now)))}`;
  return (
    <div className="rate-limit" data-testid="rate-limit" data-remaining={rateLimit.remaining} data-limit={rateLimit.limit} data-reset={new Date(rateLimit.resetAt).toISOString()} data-low={budget.low}>
      <p data-testid="rate-limit-people" data-profiles={budget.profiles} role={budget.low ? 'status' : undefined}>
        {budget.low ? <strong>{tOr('budgetLow', 'Running low:')} </strong> : null}
        {people}
        {resets}
      </p>
      <p className="small">{t('rateLimit', [String(rateLimit.remaining), String(rateLimit.limit), timeText(rateLimit.resetAt)])}</p>
    </div>
  );
}
