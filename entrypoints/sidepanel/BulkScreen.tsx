import { useCallback, useEffect, useRef, useState } from 'react';
import { BulkPanel } from '@/components/bulk/BulkPanel';
import { RetryFailedButton } from '@/components/trust/RetryFailedButton';
import { GithubPause } from './GithubPause';
import { readBulkQueue, watchBulkQueue } from '@/lib/bulk/bulk-queue-store';
import type { BulkQueue } from '@/lib/bulk/queue-schema';
import { progressOf } from '@/lib/bulk/queue-machine';
import { listCandidates } from '@/lib/candidates/candidate-store';
import { snapshotVerdict } from '@/lib/candidates/verdict';
import type { VerdictLabel } from '@/lib/schemas/enums';
import { send } from '@/lib/messaging-client';
import './candidates.css';

/** The verdict each saved candidate has now, by id: the run's results say "saved · possible match · 64". */
function useVerdicts(): { verdicts: ReadonlyMap<string, VerdictLabel>; reload: () => void } {
  const [verdicts, setVerdicts] = useState<ReadonlyMap<string, VerdictLabel>>(new Map());
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let cancelled = false;
    void listCandidates()
      .then((list) => {
        if (!cancelled) setVerdicts(new Map(list.candidates.map((c) => [c.id, snapshotVerdict(c.snapshot)])));
      })
      .catch(() => {});
    return () => {
      cancelled = true;
    };
  }, [version]);
  return { verdicts, reload: useCallback(() => setVersion((v) => v + 1), []) };
}

/** Bulk evaluation, its own view: the list to evaluate, wired to the background's queue, and each result as it is saved. */
export function BulkScreen({ roles, activeId, onShowCandidates }: { roles: readonly { id: string; name: string }[]; activeId: string; onShowCandidates: () => void }) {
  const [queue, setQueue] = useState<BulkQueue | null>(null);
  const { verdicts, reload } = useVerdicts();
  // the queue is written on every step and heartbeat; the verdicts are read again only when a login was saved
  const savedCount = useRef(-1);
  useEffect(() => {
    void readBulkQueue().then(setQueue);
    const unwatch = watchBulkQueue((q) => {
      setQueue(q);
      const done = q ? progressOf(q).done : 0;
      if (done !== savedCount.current) reload();
      savedCount.current = done;
    });
    void send('bulk:resume', {});
    return unwatch;
  }, [reload]);
  return (
    <>
    <GithubPause />
    <BulkPanel
      queue={queue}
      roles={roles}
      defaultRoleId={activeId}
      verdictOf={(id) => verdicts.get(id) ?? null}
      onShowCandidates={onShowCandidates}
      onStart={async (request) => {
        const reply = await send('bulk:start', request);
        return reply.ok ? { ok: true } : { ok: false, error: reply.error };
      }}
      onCancel={() => {
        void send('bulk:cancel', {});
      }}
    />
    {queue ? (
      <RetryFailedButton
        failed={progressOf(queue).failed}
        onRetry={async () => {
          const reply = await send('bulk:retry-failed', {});
          if (!reply.ok) throw new Error(reply.error);
          return reply.data.requeued;
        }}
      />
    ) : null}
    {queue?.waitingReason ? <p className="muted small" data-testid="bulk-waiting-reason">{queue.waitingReason}</p> : null}
    </>
  );
}
