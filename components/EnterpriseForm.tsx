import { useState } from 'react';
import type { Status } from './StatusLine';

export type EnterpriseStatus = Status;

export interface EnterpriseFormProps {
  /** the saved Enterprise host, or null when none is set up */
  host: string | null;
  /** whether a token is saved for that host (the token itself is never shown back) */
  hasToken: boolean;
  status: EnterpriseStatus | null;
  /**
   * Called straight from the click, so the page may ask the browser for the
   * host's permission within the recruiter's gesture.
   */
  onSaveHost: (text: string) => void;
  onRemoveHost: () => void;
  onSaveToken: (token: string) => void | Promise<void>;
  onRemoveToken: () => void;
}

/** The GitHub Enterprise host and its own token, kept apart from github.com's. */
export function EnterpriseForm({ host, hasToken, status, onSaveHost, onRemoveHost, onSaveToken, onRemoveToken }: EnterpriseFormProps) {
  const [hostText, setHostText] = useState('');
  const [token, setToken] = useState('');
  return (
    <section aria-labelledby="enterprise-heading">
      <h2 id="enterprise-heading" style={{ fontSize: 15 }}>GitHub Enterprise</h2>
      <p className="muted">
        Your company’s GitHub Enterprise Server host, such as <code>github.example.com</code>. Your browser asks
        you to let Hirelens read that one host; its token below is sent only to <code>https://HOST/api/v3</code>.
      </p>
      <p data-testid="enterprise-host-current">{host ? `Set up: ${host}` : 'No Enterprise host is set up.'}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSaveHost(hostText);
        }}
      >
        <label htmlFor="enterprise-host">Enterprise host</label>
        <div style={{ display: 'flex', gap: 6, marginTop: 6 }}>
          <input
            id="enterprise-host"
            data-testid="enterprise-host-input"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            value={hostText}
            onChange={(e) => setHostText(e.target.value)}
            placeholder={host ?? 'github.example.com'}
            style={{ flex: 1 }}
          />
          <button type="submit" data-testid="enterprise-host-save">Save host</button>
        </div>
      </form>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (token.trim()) void Promise.resolve(onSaveToken(token)).then(() => setToken(''));
        }}
      >
        <label htmlFor="enterprise-token">Token for the Enterprise host</label>
        <div style={{ display: 'flex', gap: 6, marginTop: 6 }}>
          <input
            id="enterprise-token"
            data-testid="enterprise-token-input"
            type="password"
            autoComplete="off"
            spellCheck={false}
            disabled={!host}
            value={token}
            onChange={(e) => setToken(e.target.value)}
            placeholder={hasToken ? '••••••••' : 'a token made on the Enterprise host'}
            style={{ flex: 1 }}
          />
          <button type="submit" disabled={!host} data-testid="enterprise-token-save">Save token</button>
        </div>
      </form>
      <div style={{ display: 'flex', gap: 6, marginTop: 6 }}>
        <button type="button" disabled={!hasToken} onClick={onRemoveToken} data-testid="enterprise-token-remove">Remove token</button>
        <button type="button" disabled={!host} onClick={onRemoveHost} data-testid="enterprise-host-remove">Remove host</button>
      </div>
      {status ? (
        <p role={status.kind === 'error' ? 'alert' : 'status'} data-testid="enterprise-status" data-kind={status.kind}>
          {status.text}
        </p>
      ) : null}
    </section>
  );
}
