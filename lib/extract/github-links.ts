import { githubSelectors as S } from '../selectors/github';
import { absoluteHttpUrl, queryAllFirst, queryFirst } from './dom';

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * An outside link as an absolute http(s) URL. A scheme-less value (`example.dev`,
 * as people type their website) is read as https; `javascript:` and the like give null.
 */
export function externalHttpUrl(href: string | null | undefined, pageUrl: string): string | null {
  const value = href?.trim();
  if (!value) return null;
  if (SCHEME.test(value) || value.startsWith('/')) return absoluteHttpUrl(value, pageUrl);
  if (!/^[^\s/]+\.[^\s/]+/.test(value)) return null;
  return absoluteHttpUrl(`https://${value}`, pageUrl);
}

/** The website the person lists, as an absolute URL. */
export function readWebsite(doc: ParentNode, pageUrl: string): string | null {
  const link = queryFirst(doc, S.website);
  return externalHttpUrl(link?.getAttribute('href'), pageUrl);
}

/** Social account links (LinkedIn, Mastodon, X, …) as absolute URLs, in page order, without repeats. */
export function readSocialLinks(doc: ParentNode, pageUrl: string): string[] {
  const links: string[] = [];
  for (const a of queryAllFirst(doc, S.socialLinks)) {
    const url = externalHttpUrl(a.getAttribute('href'), pageUrl);
    if (url && !links.includes(url)) links.push(url);
  }
  return links.slice(0, 50);
}
