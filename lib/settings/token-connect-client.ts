/**
 * The paste box's one action: check the pasted token with the background
 * (`token:check`, against api.github.com) and save it only once GitHub says
 * whose it is. A token that fails the check is not saved; the box keeps it.
 */
import { send } from '../messaging-client';
import { writeToken } from './settings-store';
import { outcomeOfCheck, readTokenText, type ConnectOutcome } from './token-connect';

export interface ConnectDeps {
  check: (token: string) => ReturnType<typeof send<'token:check'>>;
  save: (token: string) => Promise<void>;
}

const BROWSER: ConnectDeps = {
  check: (token) => send('token:check', { token }),
  save: writeToken,
};

/** Never rejects: every failure comes back as an outcome the paste box can say. */
export async function connectToken(text: string, deps: ConnectDeps = BROWSER): Promise<ConnectOutcome> {
  const read = readTokenText(text);
  if (!read.ok) return { kind: 'error', problem: read.problem, detail: null };
  const outcome = outcomeOfCheck(await deps.check(read.token));
  if (outcome.kind !== 'connected') return outcome;
  try {
    await deps.save(read.token);
  } catch (error) {
    return { kind: 'error', problem: 'other', detail: `The token is good but could not be saved: ${error instanceof Error ? error.message : String(error)}` };
  }
  return outcome;
}
