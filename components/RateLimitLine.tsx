import type { RateLimit } from '@/lib/schemas/tab-state';
import { budgetOf, profileKindFor, type Budget } from '@/lib/evaluation/lookup-budget';
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
/** "about 24 quick profiles left this hour (resets 17:05)" */
function peopleWords(budget: Budget, now: number): string {
  const profiles = budget.profiles.toLocaleString();
  const people =
    budget.kind === 'quick'
      ? tOr('budgetQuickProfiles', 'about $1 quick profiles left this hour', profiles)
      : tOr('budgetDeepProfiles', 'about $1 profiles read in depth left this hour', profiles);
  return budget.resetAt === null ? people : `${people} ${tOr('budgetResets', '(resets $1)', timeText(budget.resetAt, new Date(now)))}`;
}

function useBudget({ rateLimit, hasToken, now: fixedNow }: RateLimitLineProps): { budget: Budget; now: number } | null {
  const current = useNow(rateLimit?.resetAt ?? null);
  const now = fixedNow ?? current;
  return rateLimit ? { budget: budgetOf(rateLimit, profileKindFor(hasToken === true), now), now } : null;
}

/**
 * The warning on the first screen when a quarter of the hour's requests or
 * less is left (the full line is in Details): nothing otherwise.
 */
export function BudgetLowNotice(props: RateLimitLineProps) {
  const shown = useBudget(props);
  if (!shown?.budget.low) return null;
  return (
    <div className="notice budget-low" role="status" data-testid="budget-low" data-profiles={shown.budget.profiles}>
      <strong>{tOr('budgetLow', 'Running low:')}</strong> {peopleWords(shown.budget, shown.now)}
    </div>
  );
}

export function RateLimitLine(props: RateLimitLineProps) {
  const { rateLimit } = props;
  const shown = useBudget(props);
  if (!rateLimit || !shown) return null;
  const { budget, now } = shown;
  return (
    <div className="rate-limit" data-testid="rate-limit" data-remaining={rateLimit.remaining} data-limit={rateLimit.limit} data-reset={new Date(rateLimit.resetAt).toISOString()} data-low={budget.low}>
      <p data-testid="rate-limit-people" data-profiles={budget.profiles} role={budget.low ? 'status' : undefined}>
        {budget.low ? <strong>{tOr('budgetLow', 'Running low:')} </strong> : null}
        {peopleWords(budget, now)}
      </p>
      <p className="small">{t('rateLimit', [String(rateLimit.remaining), String(rateLimit.limit), timeText(rateLimit.resetAt)])}</p>
    </div>
  );
}
