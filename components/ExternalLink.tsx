import type { AnchorHTMLAttributes, ReactNode } from 'react';
import { safeHttpUrl } from '@/lib/safe-url';

export interface ExternalLinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href' | 'target' | 'rel'> {
  /** any text; only an absolute http(s) URL becomes a link */
  href: string | null | undefined;
  /** what shows instead when `href` is not a safe URL (default: nothing) */
  fallback?: ReactNode;
  'data-testid'?: string;
}

/**
 * A link out of the extension, opened in a new tab without a referrer or a
 * handle back to the panel. Page text never becomes a `javascript:` or `data:`
 * link: a URL that is not absolute http(s) renders `fallback` instead.
 */
export function ExternalLink({ href, fallback = null, children, ...rest }: ExternalLinkProps) {
  const safe = safeHttpUrl(href);
  if (!safe) return fallback;
  return (
    <a {...rest} href={safe} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
