import { outcomeOfCheck } from '@/lib/settings/token-connect';
import { outcomeStatus } from '@/components/TokenPasteBox';
import type { Status } from '@/components/StatusLine';
import { send } from '@/lib/messaging-client';

/** Asks the background to check the saved token; what the options page says about it. Never rejects. */
export async function checkSavedToken(): Promise<Status> {
  return outcomeStatus(outcomeOfCheck(await send('token:check', {})));
}
