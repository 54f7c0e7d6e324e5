import { useEffect, useRef, useState } from 'react';
import { BulkPanel } from '@/components/bulk/BulkPanel';
import { readBulkQueue, watchBulkQueue } from '@/lib/bulk/bulk-queue-store';
import type { BulkQueue } from '@/lib/bulk/queue-schema';
import { progressOf } from '@/lib/bulk/queue-machine';
import { send } from '@/lib/messaging-client';

/** Bulk evaluation wired to the background's queue; the list reloads as logins are saved. */
export function BulkSection({ roles, defaultRoleId, onProgress }: { roles: readonly { id: string; name: string }[]; defaultRoleId: string; onProgress: () => void }) {
  const [queue, setQueue] = useState<BulkQueue | null>(null);
  // the queue is written on every step and heartbeat; the list is read again only when a login was saved
  const savedCount = useRef(-1);
  useEffect(() => {
    void readBulkQueue().then(setQueue);
    const unwatch = watchBulkQueue((q) => {
      setQueue(q);
      const done = q ? progressOf(q).done : 0;
      if (done !== savedCount.current) onProgress();
      savedCount.current = done;
    });
    void send('bulk:resume', {});
    return unwatch;
  }, [onProgress]);
  return (
    <BulkPanel
      queue={queue}
      roles={roles}
      defaultRoleId={defaultRoleId}
      onStart={async (request) => {
        const reply = await send('bulk:start', request);
        return reply.ok ? { ok: true } : { ok: false, error: reply.error };
      }}
      onCancel={() => {
        void send('bulk:cancel', {});
      }}
    />
  );
}
