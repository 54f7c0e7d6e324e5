import type { RateLimit } from '@/lib/schemas/tab-state';
import { t } from '@/lib/i18n';
import { timeText } from './dates';

export function RateLimitLine({ rateLimit }: { rateLimit: RateLimit | null }) {
  if (!rateLimit) return null;
  return (
    <p
      className="rate-limit"
      data-testid="rate-limit"
      data-remaining={rateLimit.remaining}
      data-limit={rateLimit.limit}
      data-reset={new Date(rateLimit.resetAt).toISOString()}
    >
      {t('rateLimit', [String(rateLimit.remaining), String(rateLimit.limit), timeText(rateLimit.resetAt)])}
    </p>
  );
}
