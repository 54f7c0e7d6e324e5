import { usePendingAction } from './use-pending-action';

export interface RetentionNoticeProps {
  /** noticeSummary(notice) (lib/candidates/retention.ts); nothing shows while null */
  summary: { count: number; firstDeleteAt: number; months: number } | null;
  /** sends `retention:keep` for everyone listed; resolves to how many were kept */
  onKeepAll: () => Promise<number>;
}

/** The notice before the retention setting deletes anyone: who is due, from when, and "Keep them". */
export function RetentionNotice({ summary, onKeepAll }: RetentionNoticeProps) {
  const { busy, error, run } = usePendingAction();
  if (!summary) return null;
  const date = new Date(summary.firstDeleteAt).toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });
  const who = summary.count === 1 ? '1 candidate has' : `${summary.count} candidates have`;
  return (
    <section className="notice" role="status" data-testid="retention-notice" data-count={summary.count}>
      <p>
        {who} not been saved, edited or re-scored for {summary.months} {summary.months === 1 ? 'month' : 'months'}. Under your retention
        setting {summary.count === 1 ? 'it is' : 'they are'} deleted completely from {date}, unless you keep {summary.count === 1 ? 'it' : 'them'}.
      </p>
      <button
        type="button"
        data-testid="retention-keep"
        disabled={busy}
        onClick={() => run(onKeepAll)}
      >
        Keep {summary.count === 1 ? 'this candidate' : 'them'}
      </button>
      {error ? (
        <span className="notice error small" role="alert">
          {error}
        </span>
      ) : null}
    </section>
  );
}
