import type { ReactNode } from 'react';
import { tOr } from '@/lib/i18n';
import { ExternalLink } from './ExternalLink';

/**
 * GitHub's page for a new fine-grained personal access token, left plain:
 * GitHub no longer documents URL parameters that pre-fill this page (its
 * docs dropped the fine-grained pre-fill section as broken in 2026), so the
 * step names what to type instead.
 */
export const TOKEN_CREATE_URL = 'https://github.com/settings/personal-access-tokens/new';

/**
 * Three numbered steps a recruiter who is not a developer can follow: open
 * GitHub's token page, generate and copy the token, paste it in the box
 * (the panel's or the options page's).
 */
export function TokenSteps({ pasteBox }: { pasteBox: ReactNode }) {
  return (
    <ol className="small token-steps">
      <li>
        <ExternalLink href={TOKEN_CREATE_URL} data-testid="token-create">
          {tOr('tokenCreateLink', 'Create a token on GitHub')}
        </ExternalLink>{' '}
        {tOr('tokenCreateHow', '(name it Hirelens; Repository access: Public repositories; no permissions to add).')}
      </li>
      <li>{tOr('tokenStepCopy', 'Press Generate token and copy it.')}</li>
      <li>
        {tOr('tokenStepPasteHere', 'Paste it here and press Connect:')}
        {pasteBox}
      </li>
    </ol>
  );
}
