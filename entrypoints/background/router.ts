import { browser, type Browser } from 'wxt/browser';
import { isLinkedinPageHost } from '@/lib/page/linkedin-url';
import { MAX_MESSAGE_BYTES, Message, type MessageName, type MessageOf, type MessageReply, type ReplyOf } from '@/lib/messages';
import { isGithubHost } from '@/lib/page/github-url';
import { onClaimAnswered, onEvaluateRequested, onProfileSeen } from './evaluate-tab';
import { checkToken } from './check-token';
import { cancelBulk, retryFailedBulk, runBulk, startBulk } from '@/lib/evaluation/bulk-runner';
import { eraseAllData, eraseCandidate } from './erase';
import { keepRetained } from './retention';
import { PageProfile } from '@/lib/schemas/profile';
import { singleLine, stripInvisibleDeep } from '@/lib/safe-text';
import { errorText } from '@/lib/error-text';
import { grantedEnterpriseHost } from './enterprise';

/** The site a URL is on: github.com or the granted Enterprise host ('github' both), LinkedIn, or none. */
function siteOf(url: string | undefined, enterpriseHost: string | null = null): 'github' | 'linkedin' | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (isGithubHost(u) || (enterpriseHost !== null && isGithubHost(u, enterpriseHost))) return 'github';
    if (u.protocol === 'https:' && isLinkedinPageHost(u.hostname)) return 'linkedin';
  } catch {
    return null;
  }
  return null;
}

function hostOf(url: string | undefined): string | null {
  try {
    return url ? new URL(url).host : null;
  } catch {
    return null;
  }
}

function approximateSize(value: unknown): number {
  try {
    return JSON.stringify(value)?.length ?? 0;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** `scheme://host` of a URL (URL.origin is "null" for schemes such as chrome-extension: in some engines). */
function schemeAndHost(url: string): string | null {
  try {
    const u = new URL(url);
    return u.host ? `${u.protocol}//${u.host}` : null;
  } catch {
    return null;
  }
}

/**
 * The sender is one of this extension's own pages (the side panel, options,
 * or the panel opened in a tab): its URL is on the extension's origin. A
 * missing `sender.tab` alone proves nothing (a sender without a tab and
 * without an extension URL is refused); Chrome's `sender.origin`, where
 * given, must agree. A content script's sender is the web page it runs in.
 */
export function fromExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  let own: string | null;
  try {
    own = schemeAndHost(browser.runtime.getURL('/'));
  } catch {
    return false;
  }
  if (own === null || sender.url === undefined) return false;
  if (schemeAndHost(sender.url) !== own) return false;
  const origin = (sender as { origin?: string }).origin;
  return origin === undefined || schemeAndHost(origin) === own;
}

/**
 * A page reading without the characters that hide or reorder text (a
 * right-to-left override in a name, zero-width characters, control
 * characters; lib/safe-text.ts); names and headlines on one line. A reading
 * that would no longer pass its schema is kept as it came.
 */
function withoutHiddenCharacters(profile: PageProfile | null): PageProfile | null {
  if (!profile) return null;
  const clean = stripInvisibleDeep(profile);
  const line = (text: string | null) => (text === null ? null : singleLine(text) || null);
  const named: PageProfile =
    clean.source === 'github' ? { ...clean, name: line(clean.name) } : { ...clean, name: line(clean.name), headline: line(clean.headline) };
  const parsed = PageProfile.safeParse(named);
  return parsed.success ? parsed.data : profile;
}

type Handlers = { [N in MessageName]: (message: MessageOf<N>, sender: Browser.runtime.MessageSender) => Promise<ReplyOf<N>> };

/** One handler per message, each returning that message's reply. */
const HANDLERS: Handlers = {
  'profile:seen': async (message, sender) => {
    const tab = sender.tab;
    if (!tab?.id || tab.id < 0) return { ok: false, error: 'refused: profile reports come from a tab' };
    const tabUrl = tab.url ?? sender.url;
    // only a report that is on neither built-in site costs a look at settings and permissions
    const enterpriseHost = siteOf(message.url) === null ? await grantedEnterpriseHost() : null;
    const site = siteOf(tabUrl, enterpriseHost);
    const claimed = siteOf(message.url, enterpriseHost);
    if (!site || site !== claimed || hostOf(tabUrl) !== hostOf(message.url)) return { ok: false, error: 'refused: report from another site' };
    if (message.profile && message.profile.source !== site) return { ok: false, error: 'refused: profile of another site' };
    if (message.note && message.profile) return { ok: false, error: 'refused: a page note comes only with no profile' };
    await onProfileSeen(tab.id, message.url, withoutHiddenCharacters(message.profile), message.note ?? null);
    return { ok: true };
  },
  'tab:evaluate': async (message) => {
    await onEvaluateRequested(message.tabId, message.force ?? false, message.plan);
    return { ok: true };
  },
  'link:answer': async (message) =>
    (await onClaimAnswered(message.tabId, message.same)) ? { ok: true } : { ok: false, error: 'This tab shows no claimed link to answer' },
  'token:check': async (message) => ({ ok: true, data: await checkToken(message.token ? { token: message.token } : {}) }),
  'bulk:start': async (message) => {
    const started = await startBulk(message);
    if (!started.ok) return { ok: false, error: started.error };
    // the run goes on after the reply; its progress is in storage (local:bulkQueue)
    void runBulk();
    return { ok: true, data: { queueId: started.queueId, queued: started.queued, rejected: started.rejected, duplicates: started.duplicates } };
  },
  'bulk:cancel': async () => ({ ok: true, data: { cancelled: await cancelBulk() } }),
  'bulk:resume': async () => {
    void runBulk();
    return { ok: true };
  },
  'bulk:retry-failed': async () => {
    const requeued = await retryFailedBulk();
    if (requeued > 0) void runBulk();
    return { ok: true, data: { requeued } };
  },
  'candidate:erase': async (message) => {
    try {
      return { ok: true, data: { deleted: await eraseCandidate(message.id) } };
    } catch (error) {
      return { ok: false, error: `Could not erase the candidate completely: ${errorText(error)}` };
    }
  },
  'data:erase-all': async () => {
    try {
      await eraseAllData();
      return { ok: true };
    } catch (error) {
      return { ok: false, error: `Could not erase everything: ${errorText(error)}` };
    }
  },
  'retention:keep': async (message) => {
    try {
      return { ok: true, data: { kept: await keepRetained(message.ids ?? null) } };
    } catch (error) {
      return { ok: false, error: errorText(error) };
    }
  },
};

function dispatch<N extends MessageName>(message: MessageOf<N>, sender: Browser.runtime.MessageSender): Promise<ReplyOf<N>> {
  const handler = HANDLERS[message.type] as Handlers[N];
  return handler(message, sender);
}

/**
 * Validates and dispatches one message. Only this extension may send; a content
 * script's report must come from a tab on the site (and host) it describes. The
 * Enterprise host counts as GitHub only while it is configured and granted.
 */
export async function routeMessage(raw: unknown, sender: Browser.runtime.MessageSender, selfId: string): Promise<MessageReply> {
  if (sender.id !== selfId) return { ok: false, error: 'refused: not from this extension' };
  if (approximateSize(raw) > MAX_MESSAGE_BYTES) return { ok: false, error: 'refused: message too large' };
  const parsed = Message.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'refused: unknown or malformed message' };
  const message = parsed.data;
  // everything but a page report is asked by the panel or options, which may be open in a tab
  if (message.type !== 'profile:seen' && !fromExtensionPage(sender)) return { ok: false, error: 'refused: only extension pages may ask' };
  return dispatch(message, sender);
}
