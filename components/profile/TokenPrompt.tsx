import { useState } from 'react';
import type { ConnectOutcome } from '@/lib/settings/token-connect';
import { tOr } from '@/lib/i18n';
import { TokenPasteBox, connectedText, type Connected } from '@/components/TokenPasteBox';
import { TokenSteps } from '@/components/TokenSteps';

export { TOKEN_CREATE_URL } from '@/components/TokenSteps';

export interface TokenPromptProps {
  /** whether a token is saved; the prompt shows only when it is known that none is */
  hasToken: boolean | null | undefined;
  /** checks a pasted token and saves it once GitHub accepts it */
  onConnect: (text: string) => Promise<ConnectOutcome>;
  /** after a token is connected here (the profile is read again with it) */
  onConnected?: () => void;
}

/**
 * Shown when no GitHub token is saved: what a token gives, a link straight to
 * GitHub's token page, and a box in the panel to paste it into, checked at
 * once. Once connected, the prompt gives way to one line saying as whom.
 */
export function TokenPrompt({ hasToken, onConnect, onConnected }: TokenPromptProps) {
  const [connected, setConnected] = useState<Connected | null>(null);
  if (connected) {
    return (
      <p className="token-connected small" data-testid="token-connected" role="status">
        {connectedText(connected)}
      </p>
    );
  }
  if (hasToken !== false) return null;
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
      <TokenSteps
        pasteBox={
          <TokenPasteBox
            testIds={{ input: 'panel-token-input', save: 'panel-token-save', status: 'panel-token-status' }}
            onConnect={onConnect}
            onOutcome={(outcome) => {
              if (outcome.kind !== 'connected') return;
              setConnected(outcome);
              onConnected?.();
            }}
          />
        }
      />
    </div>
  );
}
