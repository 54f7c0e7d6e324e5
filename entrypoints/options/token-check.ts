import { z } from 'zod';
import { browser } from 'wxt/browser';
import { errorText } from '@/lib/error-text';
import { MessageReply } from '@/lib/messages';

/** What the background's `token:check` answers with (entrypoints/background/check-token.ts). */
export const TokenCheckData = z.object({
  login: z.string().nullable(),
  limit: z.number().nullable(),
  remaining: z.number().nullable(),
  error: z.string().nullable(),
});
export type TokenCheckData = z.infer<typeof TokenCheckData>;

const CHECK_FAILED = 'The check failed';

/** The line the options page shows for a `token:check` reply: who the token is and what is left, or why it could not tell. */
export function tokenCheckStatus(reply: unknown): string {
  const parsed = MessageReply.safeParse(reply);
  if (!parsed.success) return CHECK_FAILED;
  if (!parsed.data.ok) return parsed.data.error;
  const data = TokenCheckData.safeParse(parsed.data.data);
  if (!data.success) return CHECK_FAILED;
  const d = data.data;
  return d.error ?? `${d.login ?? '?'}: ${d.remaining ?? '?'} / ${d.limit ?? '?'}`;
}

/** Asks the background to check the saved token; never rejects. */
export async function checkSavedToken(): Promise<string> {
  try {
    return tokenCheckStatus(await browser.runtime.sendMessage({ type: 'token:check' }));
  } catch (error) {
    return `${CHECK_FAILED}: ${errorText(error)}`;
  }
}
