import { tOr } from '@/lib/i18n';
import { ExternalLink } from '@/components/ExternalLink';

/** GitHub's page for a new fine-grained personal access token. */
export const TOKEN_CREATE_URL = 'https://github.com/settings/personal-access-tokens/new';

/**
 * Shown when no GitHub token is saved: what a token gives, a link straight to
 * GitHub's token page, and where to paste it. Three short steps a recruiter
 * who is not a developer can follow.
 */
export function TokenPrompt({ onOpenOptions }: { onOpenOptions: () => void }) {
  return (
    <div className="token-prompt" data-testid="token-prompt" role="group" aria-labelledby="token-prompt-title">
      <p className="token-prompt-title" id="token-prompt-title">
        <strong>{tOr('tokenPromptTitle', 'Connect GitHub for accurate scores')}</strong> {tOr('tokenPromptCost', '(free, two minutes)')}
      </p>
      <p className="small">
        {tOr(
          'tokenPromptWhy',
          'Without a token Hirelens may ask GitHub 60 times an hour and reads only the repository list. A token raises that to 5,000 and lets it read the files that show frameworks, databases, Docker and CI.',
        )}
      </p>
      <ol className="small token-steps">
        <li>
          <ExternalLink href={TOKEN_CREATE_URL} data-testid="token-create">
            {tOr('tokenCreateLink', 'Create a token on GitHub')}
          </ExternalLink>{' '}
          {tOr('tokenCreateHow', '(any name; Repository access: Public repositories; no permissions to add).')}
        </li>
        <li>{tOr('tokenStepCopy', 'Press Generate token and copy it.')}</li>
        <li>
          <button type="button" className="link-button" data-testid="token-open-options" onClick={onOpenOptions}>
            {tOr('tokenStepPaste', 'Paste it in Hirelens options')}
          </button>
        </li>
      </ol>
    </div>
  );
}
