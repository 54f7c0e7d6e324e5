import { useId, useState } from 'react';
import type { ConnectOutcome } from '@/lib/settings/token-connect';
import { tOr } from '@/lib/i18n';
import type { Status } from './StatusLine';
import { StatusLine } from './StatusLine';

export type Connected = Extract<ConnectOutcome, { kind: 'connected' }>;

/** "Connected as @mona · 5,000 lookups an hour", from the check's answer. */
export function connectedText(outcome: Connected): string {
  return outcome.limit === null
    ? tOr('tokenConnectedAs', 'Connected as @$1', outcome.login)
    : tOr('tokenConnectedLimit', 'Connected as @$1 · $2 lookups an hour', [outcome.login, outcome.limit.toLocaleString()]);
}

/** What the paste box says about an outcome: connected, or why not, in words a recruiter can act on. */
export function outcomeStatus(outcome: ConnectOutcome): Status {
  if (outcome.kind === 'connected') return { kind: 'ok', text: connectedText(outcome) };
  const detail = outcome.detail ?? '';
  switch (outcome.problem) {
    case 'empty':
      return { kind: 'error', text: tOr('tokenErrorEmpty', 'Paste the token from GitHub first.') };
    case 'malformed':
      return { kind: 'error', text: tOr('tokenErrorMalformed', 'That is not a token: it has spaces or characters a token never has. Copy it again from GitHub and paste only the token.') };
    case 'bad-token':
      return { kind: 'error', text: tOr('tokenErrorBad', 'GitHub does not accept this token: it may be mistyped, expired or deleted. Copy it again, or make a new one. Nothing was saved.') };
    case 'network':
      return { kind: 'error', text: tOr('tokenErrorNetwork', 'GitHub could not be reached, so the token was not checked or saved. Check the connection and press Connect again. ($1)', detail) };
    case 'paused':
      return { kind: 'error', text: tOr('tokenErrorPaused', 'GitHub has paused lookups for now, so the token was not checked or saved: $1. Press Connect again later.', detail) };
    case 'no-answer':
      return { kind: 'error', text: tOr('tokenErrorNoAnswer', 'Hirelens could not check the token just now ($1). Press Connect again.', detail) };
    case 'other':
      return { kind: 'error', text: tOr('tokenErrorOther', 'The token could not be checked: $1. Nothing was saved.', detail) };
  }
}

export interface TokenPasteBoxProps {
  /** the panel's box and the options page's: their own test ids */
  testIds: { input: string; save: string; status?: string };
  /** checks the pasted text and saves it once GitHub accepts it; never rejects */
  onConnect: (text: string) => Promise<ConnectOutcome>;
  /** every outcome, as it comes */
  onOutcome?: (outcome: ConnectOutcome) => void;
  /** a token is saved already (the box then replaces it) */
  hasToken?: boolean;
}

/**
 * A box to paste a GitHub token into, checked at once: the token is saved
 * only when GitHub says whose it is. On any failure the typed text stays in
 * the box with the reason beside it; on success the box empties. With
 * `testIds.status` it says the outcome itself.
 */
export function TokenPasteBox({ testIds, onConnect, onOutcome, hasToken = false }: TokenPasteBoxProps) {
  const id = useId();
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);
  return (
    <form
      className="token-paste"
      onSubmit={(e) => {
        e.preventDefault();
        if (busy) return;
        setBusy(true);
        setStatus(null);
        void onConnect(value).then((outcome) => {
          setBusy(false);
          if (outcome.kind === 'connected') setValue('');
          setStatus(outcomeStatus(outcome));
          onOutcome?.(outcome);
        });
      }}
    >
      <label htmlFor={id}>{tOr('tokenPasteLabel', 'Your GitHub token')}</label>
      <div className="token-paste-row">
        <input
          id={id}
          data-testid={testIds.input}
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          placeholder={hasToken ? '••••••••' : 'github_pat_…'}
          aria-describedby={testIds.status && status ? `${id}-status` : undefined}
        />
        <button type="submit" data-testid={testIds.save} disabled={busy} aria-busy={busy}>
          {busy ? tOr('tokenChecking', 'Checking…') : tOr('tokenConnect', 'Connect')}
        </button>
      </div>
      {testIds.status ? (
        <div id={`${id}-status`}>
          <StatusLine status={status} testId={testIds.status} />
        </div>
      ) : null}
    </form>
  );
}
