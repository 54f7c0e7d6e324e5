import type { Browser } from 'wxt/browser';
import { MAX_MESSAGE_BYTES, Message, type MessageReply } from '@/lib/messages';
import { isGithubHost } from '@/lib/page/github-url';
import { onEvaluateRequested, onProfileSeen } from './evaluate-tab';
import { checkToken } from './check-token';

function siteOf(url: string | undefined): 'github' | 'linkedin' | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (isGithubHost(u)) return 'github';
    if (u.protocol === 'https:' && u.hostname === 'www.linkedin.com') return 'linkedin';
  } catch {
    return null;
  }
  return null;
}

function approximateSize(value: unknown): number {
  try {
    return JSON.stringify(value)?.length ?? 0;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/**
 * Validates and dispatches one message. Only this extension may send; a content
 * script's report must come from a tab on the site it describes.
 */
export async function routeMessage(raw: unknown, sender: Browser.runtime.MessageSender, selfId: string): Promise<MessageReply> {
  if (sender.id !== selfId) return { ok: false, error: 'refused: not from this extension' };
  if (approximateSize(raw) > MAX_MESSAGE_BYTES) return { ok: false, error: 'refused: message too large' };
  const parsed = Message.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'refused: unknown or malformed message' };
  const message = parsed.data;
  switch (message.type) {
    case 'profile:seen': {
      const tab = sender.tab;
      if (!tab?.id || tab.id < 0) return { ok: false, error: 'refused: profile reports come from a tab' };
      const site = siteOf(tab.url ?? sender.url);
      const claimed = siteOf(message.url);
      if (!site || site !== claimed) return { ok: false, error: 'refused: report from another site' };
      if (message.profile && message.profile.source !== site) return { ok: false, error: 'refused: profile of another site' };
      await onProfileSeen(tab.id, message.url, message.profile);
      return { ok: true };
    }
    case 'tab:evaluate': {
      if (sender.tab) return { ok: false, error: 'refused: only extension pages may ask' };
      await onEvaluateRequested(message.tabId, message.force ?? false, message.plan);
      return { ok: true };
    }
    case 'token:check': {
      if (sender.tab) return { ok: false, error: 'refused: only extension pages may ask' };
      return { ok: true, data: await checkToken() };
    }
  }
}
