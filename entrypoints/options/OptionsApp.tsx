import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { tokenItem } from '@/lib/settings/settings-store';
import { TokenForm } from '@/components/TokenForm';

export function OptionsApp() {
  const [hasToken, setHasToken] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => {
    void tokenItem.getValue().then((v) => setHasToken(Boolean(v)));
  }, []);
  return (
    <TokenForm
      hasToken={hasToken}
      status={status}
      onSave={async (token) => {
        await tokenItem.setValue(token.trim());
        setHasToken(true);
        setStatus('tokenSaved');
      }}
      onRemove={async () => {
        await tokenItem.removeValue();
        setHasToken(false);
        setStatus('tokenRemoved');
      }}
      onCheck={async () => {
        const reply = (await browser.runtime.sendMessage({ type: 'token:check' })) as {
          ok: boolean;
          data?: { login: string | null; remaining: number | null; limit: number | null; error: string | null };
        };
        const d = reply.data;
        setStatus(d?.error ?? (d ? `${d.login ?? '?'}: ${d.remaining ?? '?'} / ${d.limit ?? '?'}` : 'The check failed'));
      }}
    />
  );
}
