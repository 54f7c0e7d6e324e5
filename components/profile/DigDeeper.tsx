import type { GithubEvidence, RateLimit } from '@/lib/schemas/tab-state';
import { digDeeperCost } from '@/lib/evaluation/lookup-budget';
import { t, tOr } from '@/lib/i18n';
import { timeText } from '../dates';
import { useNow } from '../use-now';

export interface DigDeeperProps {
  githubEvidence: GithubEvidence;
  rateLimit: RateLimit | null;
  hasToken: boolean;
  onDigDeeper: () => void;
  /** epoch ms (tests); default now */
  now?: number;
}

/**
 * *Dig deeper* with what it really costs ("reads the files of up to 10
 * repositories: about 29 requests of your 58 left"), and disabled, with the
 * reason, when the requests left cannot complete it.
 */
export function DigDeeper({ githubEvidence, rateLimit, hasToken, onDigDeeper, now: fixedNow }: DigDeeperProps) {
  const current = useNow(rateLimit?.resetAt ?? null);
  const now = fixedNow ?? current;
  const cost = digDeeperCost({ publicRepos: githubEvidence.account.publicRepos, hasToken, rateLimit, now });
  const repos = String(cost.repos);
  const requests = String(cost.requests);
  const costText =
    cost.remaining === null
      ? tOr('digDeeperCostUnknownLeft', 'Reads the files of up to $1 repositories: about $2 requests.', [repos, requests])
      : tOr('digDeeperCost', 'Reads the files of up to $1 repositories: about $2 requests of your $3 left.', [repos, requests, String(cost.remaining)]);
  const reset = rateLimit && rateLimit.resetAt > now ? timeText(rateLimit.resetAt, new Date(now)) : null;
  const reason = cost.unaffordable
    ? reset
      ? tOr('digDeeperUnaffordableUntil', 'Not enough GitHub requests left to finish it: it needs about $1, $2 are left until $3.', [requests, String(cost.remaining), reset])
      : tOr('digDeeperUnaffordable', 'Not enough GitHub requests left to finish it: it needs about $1, $2 are left.', [requests, String(cost.remaining)])
    : null;
  return (
    <>
      <button type="button" onClick={onDigDeeper} data-testid="dig-deeper" disabled={cost.unaffordable} aria-describedby="dig-deeper-cost" data-requests={cost.requests}>
        {t('digDeeper')}
      </button>
      <span className="small dig-deeper-cost" id="dig-deeper-cost" data-testid="dig-deeper-cost" data-unaffordable={cost.unaffordable}>
        {reason ?? costText}
      </span>
    </>
  );
}
