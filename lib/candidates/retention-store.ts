/**
 * The retention notice (retention.ts) in storage.local, for the panel to show
 * and the background to act on.
 *
 * Versions of `local:retentionNotice`:
 *   1  RetentionNotice, or null when nobody is due
 */
import { storage } from 'wxt/utils/storage';
import { RETENTION_NOTICE_VERSION, RetentionNotice } from './retention';

export const retentionNoticeItem = storage.defineItem<RetentionNotice | null>('local:retentionNotice', {
  fallback: null,
  version: RETENTION_NOTICE_VERSION,
});

function parse(raw: unknown): RetentionNotice | null {
  const parsed = RetentionNotice.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export async function readRetentionNotice(): Promise<RetentionNotice | null> {
  return parse(await retentionNoticeItem.getValue());
}

export async function writeRetentionNotice(notice: RetentionNotice | null): Promise<void> {
  await retentionNoticeItem.setValue(notice === null ? null : RetentionNotice.parse(notice));
}

/** Calls `onChange` with the notice on every change; returns the unwatch function. */
export function watchRetentionNotice(onChange: (notice: RetentionNotice | null) => void): () => void {
  return retentionNoticeItem.watch((value) => onChange(parse(value)));
}
