import type { ReplyOf } from '@/lib/messages';
import { send } from '@/lib/messaging-client';

/** The line the options page shows for a `token:check` reply: who the token is and what is left, or why it could not tell. */
export function tokenCheckStatus(reply: ReplyOf<'token:check'>): string {
  if (!reply.ok) return reply.error;
  const d = reply.data;
  return d.error ?? `${d.login ?? '?'}: ${d.remaining ?? '?'} / ${d.limit ?? '?'}`;
}

/** Asks the background to check the saved token; never rejects. */
export async function checkSavedToken(): Promise<string> {
  return tokenCheckStatus(await send('token:check', {}));
}
