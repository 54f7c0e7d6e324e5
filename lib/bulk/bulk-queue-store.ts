/**
 * browser storage for the bulk queue (the one module in lib/bulk that touches
 * storage). The queue is read back through its schema; a damaged value reads
 * as no queue and is left in place until a new run replaces it.
 */
import { storage } from 'wxt/utils/storage';
import { BULK_QUEUE_VERSION, BulkQueue } from './queue-schema';
import { exclusive } from '../storage/exclusive';

export const bulkQueueItem = storage.defineItem<BulkQueue | null>('local:bulkQueue', {
  fallback: null,
  version: BULK_QUEUE_VERSION,
});

export function parseBulkQueue(raw: unknown): BulkQueue | null {
  const parsed = BulkQueue.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export async function readBulkQueue(): Promise<BulkQueue | null> {
  return parseBulkQueue(await bulkQueueItem.getValue());
}

export async function writeBulkQueue(queue: BulkQueue | null): Promise<void> {
  await bulkQueueItem.setValue(queue === null ? null : BulkQueue.parse(queue));
}

/**
 * Reads, changes and writes the queue, one change at a time across contexts,
 * so a cancel arriving while the runner records a result is not lost. `change`
 * returns the next queue (or the same object to write nothing) and a value.
 */
export function updateBulkQueue<T>(change: (queue: BulkQueue | null) => { queue: BulkQueue | null; value: T }): Promise<T> {
  return exclusive('bulkQueue', async () => {
    const current = await readBulkQueue();
    const { queue, value } = change(current);
    if (queue !== current) await writeBulkQueue(queue);
    return value;
  });
}

/** Calls `onChange` with every new queue (the panel's view of the run); returns the unwatch function. */
export function watchBulkQueue(onChange: (queue: BulkQueue | null) => void): () => void {
  return bulkQueueItem.watch((value) => onChange(parseBulkQueue(value)));
}
