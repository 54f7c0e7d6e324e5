import { useEffect, useState } from 'react';
import { t, tOr } from '@/lib/i18n';
import { hasEnterpriseToken, hasToken as readHasToken, readSettings, removeToken, updateSettings } from '@/lib/settings/settings-store';
import { connectToken } from '@/lib/settings/token-connect-client';
import type { Status } from '@/components/StatusLine';
import { RetentionSetting } from '@/components/trust/RetentionSetting';
import { TokenForm } from '@/components/TokenForm';
import { EnterpriseForm, type EnterpriseStatus } from '@/components/EnterpriseForm';
import { PrivacyLink } from '@/components/PrivacyLink';
import { checkSavedToken } from './token-check';
import { removeEnterpriseHost, removeEnterpriseTokenAction, saveEnterpriseHost, saveEnterpriseToken } from './enterprise-actions';

export function OptionsApp() {
  const [hasToken, setHasToken] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);
  const [enterpriseHost, setEnterpriseHost] = useState<string | null>(null);
  const [hasEnterpriseTokenSaved, setHasEnterpriseTokenSaved] = useState(false);
  const [enterpriseStatus, setEnterpriseStatus] = useState<EnterpriseStatus | null>(null);
  const [retentionMonths, setRetentionMonths] = useState<number | null | undefined>(undefined);
  const [retentionStatus, setRetentionStatus] = useState<string | null>(null);
  // GitHub Enterprise is under Advanced, folded unless a host is set up already
  const [advancedOpen, setAdvancedOpen] = useState(false);
  useEffect(() => {
    void readHasToken().then(setHasToken);
    void readSettings().then(async (s) => {
      setRetentionMonths(s.retentionMonths);
      setEnterpriseHost(s.enterpriseHost);
      if (s.enterpriseHost) setAdvancedOpen(true);
      setHasEnterpriseTokenSaved(s.enterpriseHost ? await hasEnterpriseToken(s.enterpriseHost) : false);
    });
  }, []);
  return (
    <main className="panel">
      <h1 style={{ fontSize: 18 }}>{t('optionsTitle')}</h1>
      <TokenForm
        hasToken={hasToken}
        status={status}
        onConnect={connectToken}
        onConnected={(next, saved) => {
          if (saved) setHasToken(true);
          setStatus(next);
        }}
        onRemove={async () => {
          await removeToken();
          setHasToken(false);
          setStatus({ kind: 'ok', text: t('tokenRemoved') });
        }}
        onCheck={async () => {
          setStatus(await checkSavedToken());
        }}
      />
      <details className="advanced" data-testid="advanced" open={advancedOpen} onToggle={(e) => setAdvancedOpen(e.currentTarget.open)}>
        <summary>
          <h2 className="advanced-title">{tOr('optionsAdvanced', 'Advanced')}</h2>
          <span className="muted small"> {tOr('optionsAdvancedWhat', 'GitHub Enterprise')}</span>
        </summary>
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
      </details>
      {retentionMonths !== undefined ? (
        <RetentionSetting
          months={retentionMonths}
          status={retentionStatus}
          onSave={async (months) => {
            const saved = await updateSettings({ retentionMonths: months });
            setRetentionMonths(saved.retentionMonths);
            setRetentionStatus(
              saved.retentionMonths === null
                ? 'Retention is off: candidates are kept until you delete them.'
                : `Candidates untouched for ${saved.retentionMonths} months are deleted, each after a week’s notice in the candidate list.`,
            );
          }}
        />
      ) : null}
      <footer className="muted small">
        <PrivacyLink />
      </footer>
    </main>
  );
}
