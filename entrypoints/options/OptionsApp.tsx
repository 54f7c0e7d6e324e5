import { useEffect, useState } from 'react';
import { t } from '@/lib/i18n';
import { hasEnterpriseToken, readSettings, tokenItem } from '@/lib/settings/settings-store';
import { TokenForm } from '@/components/TokenForm';
import { EnterpriseForm, type EnterpriseStatus } from '@/components/EnterpriseForm';
import { PrivacyLink } from '@/components/PrivacyLink';
import { checkSavedToken } from './token-check';
import { removeEnterpriseHost, removeEnterpriseTokenAction, saveEnterpriseHost, saveEnterpriseToken } from './enterprise-actions';

export function OptionsApp() {
  const [hasToken, setHasToken] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [enterpriseHost, setEnterpriseHost] = useState<string | null>(null);
  const [hasEnterpriseTokenSaved, setHasEnterpriseTokenSaved] = useState(false);
  const [enterpriseStatus, setEnterpriseStatus] = useState<EnterpriseStatus | null>(null);
  useEffect(() => {
    void tokenItem.getValue().then((v) => setHasToken(Boolean(v)));
    void readSettings().then(async (s) => {
      setEnterpriseHost(s.enterpriseHost);
      setHasEnterpriseTokenSaved(s.enterpriseHost ? await hasEnterpriseToken(s.enterpriseHost) : false);
    });
  }, []);
  return (
    <main className="panel">
      <h1 style={{ fontSize: 18 }}>{t('optionsTitle')}</h1>
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
          setStatus(await checkSavedToken());
        }}
      />
      <EnterpriseForm
        host={enterpriseHost}
        hasToken={hasEnterpriseTokenSaved}
        status={enterpriseStatus}
        onSaveHost={(text) => {
          // no await before this call: the permission prompt needs the click's gesture
          void saveEnterpriseHost(text, enterpriseHost).then(({ status: next, host }) => {
            if (host !== enterpriseHost) setHasEnterpriseTokenSaved(false);
            setEnterpriseHost(host);
            setEnterpriseStatus(next);
          });
        }}
        onRemoveHost={() => {
          void removeEnterpriseHost(enterpriseHost).then(({ status: next }) => {
            setEnterpriseHost(null);
            setHasEnterpriseTokenSaved(false);
            setEnterpriseStatus(next);
          });
        }}
        onSaveToken={async (token) => {
          const next = await saveEnterpriseToken(enterpriseHost, token);
          if (next.kind === 'ok') setHasEnterpriseTokenSaved(true);
          setEnterpriseStatus(next);
        }}
        onRemoveToken={() => {
          void removeEnterpriseTokenAction().then((next) => {
            setHasEnterpriseTokenSaved(false);
            setEnterpriseStatus(next);
          });
        }}
      />
      <footer className="muted small">
        <PrivacyLink />
      </footer>
    </main>
  );
}
