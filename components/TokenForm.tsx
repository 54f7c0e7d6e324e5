import { useState } from 'react';
import { t } from '@/lib/i18n';

export interface TokenFormProps {
  hasToken: boolean;
  /** an i18n key or a plain message */
  status: string | null;
  onSave: (token: string) => void | Promise<void>;
  onRemove: () => void | Promise<void>;
  onCheck: () => void | Promise<void>;
}

/** The github.com token field: the saved token is never shown back, only whether there is one. */
export function TokenForm({ hasToken, status, onSave, onRemove, onCheck }: TokenFormProps) {
  const [value, setValue] = useState('');
  return (
    <section aria-labelledby="token-heading">
      <h2 id="token-heading" style={{ fontSize: 15 }}>github.com</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (value.trim()) void Promise.resolve(onSave(value)).then(() => setValue(''));
        }}
      >
        <label htmlFor="token">{t('tokenLabel')}</label>
        <div style={{ display: 'flex', gap: 6, marginTop: 6 }}>
          <input
            id="token"
            data-testid="token-input"
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={value}
            onChange={(e) => setValue(e.target.value)}
            placeholder={hasToken ? '••••••••' : 'github_pat_…'}
            style={{ flex: 1 }}
          />
          <button type="submit" data-testid="token-save">{t('tokenSave')}</button>
        </div>
      </form>
      <p className="muted">
        Create one at GitHub → Settings → Developer settings → Fine-grained tokens, with access to public
        repositories only and no other permission. It stays in this browser and is sent only to the GitHub API.
      </p>
      <div style={{ display: 'flex', gap: 6 }}>
        <button type="button" disabled={!hasToken} onClick={() => void onCheck()} data-testid="token-check">{t('tokenCheck')}</button>
        <button type="button" disabled={!hasToken} onClick={() => void onRemove()} data-testid="token-remove">{t('tokenRemove')}</button>
      </div>
      {status ? <p role="status" data-testid="token-status">{t(status)}</p> : null}
    </section>
  );
}
