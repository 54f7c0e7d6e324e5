import { useEffect, useRef, useState } from 'react';
import { BulkPanel } from '@/components/bulk/BulkPanel';
import { RetryFailedButton } from '@/components/trust/RetryFailedButton';
import { GithubPause } from './GithubPause';
import { readBulkQueue, watchBulkQueue } from '@/lib/bulk/bulk-queue-store';
import type { BulkItem, BulkQueue } from '@/lib/bulk/queue-schema';
import { progressOf } from '@/lib/bulk/queue-machine';
import { getCandidate } from '@/lib/candidates/candidate-store';
import { snapshotVerdict } from '@/lib/candidates/verdict';
import type { VerdictLabel } from '@/lib/schemas/enums';
import { send } from '@/lib/messaging-client';
import './candidates.css';

/** A finished item's result, as read: the record it saved, at the time it finished. */
const resultKey = (item: BulkItem): string => `${item.candidateId ?? ''}@${item.finishedAt ?? 0}`;

/**
 * The verdict each candidate the run saved has, by id: the run's results say
 * "saved · possible match · 64". Each finished item's record is read once,
 * when it finishes (not the whole list on every save).
 */
function useVerdicts(queue: BulkQueue | null): ReadonlyMap<string, VerdictLabel> {
  const [verdicts, setVerdicts] = useState<ReadonlyMap<string, VerdictLabel>>(new Map());
  const read = useRef(new Set<string>());
  useEffect(() => {
    const fresh = (queue?.items ?? []).filter((item) => item.status === 'done' && item.candidateId && !read.current.has(resultKey(item)));
    if (fresh.length === 0) return;
    for (const item of fresh) read.current.add(resultKey(item));
    void Promise.all(fresh.map((item) => getCandidate(item.candidateId!)))
      .then((found) =>
        setVerdicts((before) => {
          const next = new Map(before);
          for (const c of found) if (c) next.set(c.id, snapshotVerdict(c.snapshot));
          return next;
        }),
      )
      .catch(() => {});
  }, [queue]);
  return verdicts;
}

/** Bulk evaluation, its own view: the list to evaluate, wired to the background's queue, and each result as it is saved. */
export function BulkScreen({ roles, activeId, onShowCandidates }: { roles: readonly { id: string; name: string }[]; activeId: string; onShowCandidates: () => void }) {
  const [queue, setQueue] = useState<BulkQueue | null>(null);
  const verdicts = useVerdicts(queue);
  useEffect(() => {
    void readBulkQueue().then(setQueue);
    const unwatch = watchBulkQueue(setQueue);
    void send('bulk:resume', {});
    return unwatch;
  }, []);
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
