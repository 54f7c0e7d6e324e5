import { afterEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Message, PROTOCOL, type MessageName } from '@/lib/messages';
import { NO_ANSWER, send } from '@/lib/messaging-client';

const NAMES = Object.keys(PROTOCOL) as MessageName[];

describe('the protocol: a request and a reply schema per message', () => {
  test('the messages', () => {
    expect(NAMES.sort()).toEqual(
      [
        'bulk:cancel',
        'bulk:resume',
        'bulk:retry-failed',
        'bulk:start',
        'candidate:erase',
        'data:erase-all',
        'link:answer',
        'profile:seen',
        'retention:keep',
        'tab:evaluate',
        'token:check',
      ].sort(),
    );
  });

  /** Messages whose reply is a bare `{ ok: true }` (nothing to answer). */
  const DONE_ONLY = new Set<MessageName>(['profile:seen', 'tab:evaluate', 'bulk:resume', 'data:erase-all', 'link:answer']);

  test.each(NAMES)('%s: a refusal is a reply, and a reply is never just anything', (name) => {
    const reply = PROTOCOL[name].reply;
    expect(reply.safeParse({ ok: false, error: 'refused: why' }).success).toBe(true);
    expect(reply.safeParse({ ok: true, data: 'anything' }).success).toBe(DONE_ONLY.has(name));
    expect(reply.safeParse('anything').success).toBe(false);
    expect(reply.safeParse({ ok: 'yes' }).success).toBe(false);
  });

  test('replies with data: their shape is checked', () => {
    expect(PROTOCOL['bulk:cancel'].reply.safeParse({ ok: true, data: { cancelled: true } }).success).toBe(true);
    expect(PROTOCOL['bulk:cancel'].reply.safeParse({ ok: true, data: { cancelled: 'yes' } }).success).toBe(false);
    expect(PROTOCOL['token:check'].reply.safeParse({ ok: true, data: { login: 'mona-dev', limit: 5000, remaining: 4990, error: null } }).success).toBe(true);
    expect(PROTOCOL['token:check'].reply.safeParse({ ok: true }).success).toBe(false);
    const started = { queueId: 'bulk-1', queued: 2, rejected: [{ input: 'settings', reason: 'reserved' }], duplicates: [] };
    expect(PROTOCOL['bulk:start'].reply.safeParse({ ok: true, data: started }).success).toBe(true);
    expect(PROTOCOL['bulk:start'].reply.safeParse({ ok: true, data: { ...started, rejected: [{ input: 'x', reason: 'because' }] } }).success).toBe(false);
    expect(PROTOCOL['bulk:retry-failed'].reply.safeParse({ ok: true, data: { requeued: 3 } }).success).toBe(true);
    expect(PROTOCOL['bulk:retry-failed'].reply.safeParse({ ok: true, data: { requeued: -1 } }).success).toBe(false);
    expect(PROTOCOL['candidate:erase'].reply.safeParse({ ok: true, data: { deleted: true } }).success).toBe(true);
    expect(PROTOCOL['candidate:erase'].request.safeParse({ id: '' }).success).toBe(false);
    expect(PROTOCOL['retention:keep'].reply.safeParse({ ok: true, data: { kept: 2 } }).success).toBe(true);
    expect(PROTOCOL['retention:keep'].request.safeParse({ ids: ['gh:ana'] }).success).toBe(true);
  });

  test('a message travels as its name in `type` beside its request', () => {
    expect(Message.safeParse({ type: 'tab:evaluate', tabId: 3, plan: 'deep' }).success).toBe(true);
    expect(Message.safeParse({ type: 'tab:evaluate', tabId: -1 }).success).toBe(false);
    expect(Message.safeParse({ type: 'tab:forget', tabId: 3 }).success).toBe(false);
  });
});

describe('send', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  test('sends the name and the request, and returns the checked reply', async () => {
    const sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, data: { cancelled: true } } as never);
    const reply = await send('bulk:cancel', {});
    expect(sendMessage).toHaveBeenCalledWith({ type: 'bulk:cancel' });
    expect(reply).toEqual({ ok: true, data: { cancelled: true } });
    if (reply.ok) expect(reply.data.cancelled).toBe(true);
  });

  test('a reply out of protocol comes back as a refusal', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, data: { cancelled: 'maybe' } } as never);
    expect(await send('bulk:cancel', {})).toEqual({ ok: false, error: NO_ANSWER });
  });

  test('a background that cannot be reached comes back as a refusal, never a rejection', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await send('tab:evaluate', { tabId: 3, force: true })).toEqual({
      ok: false,
      error: `${NO_ANSWER}: Could not establish connection. Receiving end does not exist.`,
    });
  });
});
