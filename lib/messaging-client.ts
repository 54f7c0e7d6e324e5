/**
 * Sends a message of the protocol (lib/messages.ts) to the background and
 * returns its reply, checked against the message's reply schema. The one
 * place outside the background that calls runtime.sendMessage.
 */
import { browser } from 'wxt/browser';
import { errorText } from './error-text';
import { PROTOCOL, type MessageName, type Refusal, type ReplyOf, type RequestOf } from './messages';

/** The reply when the background could not be reached (the worker is restarting) or answered out of protocol. */
export const NO_ANSWER = 'The background did not answer';

/** Never rejects: a failure to reach the background, or a reply out of protocol, comes back as a refusal. */
export async function send<N extends MessageName>(name: N, payload: RequestOf<N>): Promise<ReplyOf<N>> {
  // every reply schema admits a refusal
  const refusal = (error: string) => ({ ok: false, error }) satisfies Refusal as ReplyOf<N>;
  let raw: unknown;
  try {
    raw = await browser.runtime.sendMessage({ ...payload, type: name });
  } catch (error) {
    return refusal(`${NO_ANSWER}: ${errorText(error)}`);
  }
  const reply = PROTOCOL[name].reply.safeParse(raw);
  return reply.success ? (reply.data as ReplyOf<N>) : refusal(NO_ANSWER);
}
