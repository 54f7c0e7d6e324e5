import type { ConnectOutcome } from '@/lib/settings/token-connect';
import { t, tOr } from '@/lib/i18n';
import { StatusLine, type Status } from './StatusLine';
import { TokenPasteBox, outcomeStatus } from './TokenPasteBox';
import { TokenSteps } from './TokenSteps';

export interface TokenFormProps {
  hasToken: boolean;
  /** the last outcome: a connection, a check of the saved token, a removal */
  status: Status | null;
  /** checks a pasted token and saves it once GitHub accepts it */
  onConnect: (text: string) => Promise<ConnectOutcome>;
  /** the outcome of a connection, to show and to remember that a token is saved */
  onConnected: (status: Status, saved: boolean) => void;
  onRemove: () => void | Promise<void>;
  onCheck: () => void | Promise<void>;
}

/**
 * The github.com token on the options page: the same three steps and paste
 * box as the panel's, then Check and Remove for a saved one. The saved token
 * is never shown back, only whether there is one.
 */
export function TokenForm({ hasToken, status, onConnect, onConnected, onRemove, onCheck }: TokenFormProps) {
  return (
    <section aria-labelledby="token-heading">
      <h2 id="token-heading" style={{ fontSize: 15 }}>
        {tOr('tokenHeading', 'Connect GitHub')}
      </h2>
      <p className="muted">
        {tOr(
          'tokenOptionsWhy',
          'A token lets Hirelens ask GitHub 5,000 times an hour instead of 60 and read the files that show frameworks, databases, Docker and CI. It stays in this browser and is sent only to the GitHub API.',
        )}
      </p>
      <TokenSteps
        pasteBox={
          <TokenPasteBox
            testIds={{ input: 'token-input', save: 'token-save' }}
            hasToken={hasToken}
            onConnect={onConnect}
            onOutcome={(outcome) => onConnected(outcomeStatus(outcome), outcome.kind === 'connected')}
          />
        }
      />
      <div style={{ display: 'flex', gap: 6 }}>
        <button type="button" disabled={!hasToken} onClick={() => void onCheck()} data-testid="token-check">{t('tokenCheck')}</button>
        <button type="button" disabled={!hasToken} onClick={() => void onRemove()} data-testid="token-remove">{t('tokenRemove')}</button>
      </div>
      <StatusLine status={status} testId="token-status" okClassName="" />
    </section>
  );
}
