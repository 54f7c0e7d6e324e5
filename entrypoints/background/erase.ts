/**
 * Erasing in the background: one person completely, or everything about
 * people. The background does it (not the panel) because it owns what is
 * still running: the bulk runner (whose alarm is cleared with the queue) and
 * the tab states it writes.
 */
import { erasePerson, eraseEverything } from '@/lib/evaluation/erase-person';
import { clearAlarm } from '@/lib/evaluation/bulk-alarm-client';

/** Deletes the candidate and every trace of them; true when a record was deleted. */
export async function eraseCandidate(id: string): Promise<boolean> {
  return (await erasePerson(id)).deleted;
}

/** Erase everything: candidates, the API cache, the bulk queue (and its alarm), the retention notice, the session's readings. */
export async function eraseAllData(): Promise<void> {
  await clearAlarm();
  await eraseEverything();
}
