import { usePendingAction } from './use-pending-action';

export interface RetryFailedButtonProps {
  /** how many logins of the bulk run failed (progressOf(queue).failed); nothing shows at 0 */
  failed: number;
  /** sends `bulk:retry-failed`; resolves to how many went back in line, or rejects with why not */
  onRetry: () => Promise<number>;
}

/** Bulk's "Retry failed": the failed logins go back in line and the run carries on. */
export function RetryFailedButton({ failed, onRetry }: RetryFailedButtonProps) {
  const { busy, error, run } = usePendingAction();
  if (failed <= 0) return null;
  return (
    <span className="trust-retry">
      <button
        type="button"
        data-testid="bulk-retry-failed"
        disabled={busy}
        onClick={() => run(onRetry)}
      >
        {failed === 1 ? 'Retry the failed login' : `Retry ${failed} failed logins`}
      </button>
      {error ? (
        <span className="notice error small" role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}
