import { tOr } from '@/lib/i18n';

/** The privacy page's address inside the extension (entrypoints/privacy), relative to the extension's root. */
export const PRIVACY_PAGE_PATH = '/privacy.html';

export interface PrivacyLinkProps {
  /** the page's address; the extension's own privacy page by default (extension pages share its origin) */
  href?: string;
  className?: string;
}

/**
 * A link to the privacy policy, for the side panel's footer and the options
 * page. It opens the page bundled with the extension in a new tab: text only,
 * nothing loaded from anywhere.
 */
export function PrivacyLink({ href = PRIVACY_PAGE_PATH, className }: PrivacyLinkProps) {
  return (
    <a href={href} target="_blank" rel="noopener" data-testid="privacy-link" {...(className ? { className } : {})}>
      {tOr('privacyLink', 'Privacy')}
    </a>
  );
}
