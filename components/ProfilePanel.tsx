import type { TabState } from '@/lib/schemas/tab-state';
import { t } from '@/lib/i18n';
import { safeHttpUrl } from '@/lib/safe-url';
import { LanguageList } from './LanguageList';
import { RateLimitLine } from './RateLimitLine';

export interface ProfilePanelProps {
  /** undefined while the panel is still reading the stored state */
  state: TabState | null | undefined;
  onRetry: () => void;
  onOpenOptions: () => void;
}

/** The profile view: what the page shows at once, evidence as it arrives. */
export function ProfilePanel({ state, onRetry, onOpenOptions }: ProfilePanelProps) {
  if (state === undefined) {
    return <main className="panel" data-testid="panel" data-state="loading" aria-busy="true" />;
  }
  if (!state?.profile) {
    return (
      <main className="panel" data-testid="panel" data-state="idle">
        <h1 style={{ fontSize: 16 }}>{t('idleTitle')}</h1>
        <p className="muted">{t('idleBody')}</p>
      </main>
    );
  }
  const profile = state.profile;
  const id = profile.source === 'github' ? profile.login : profile.slug;
  const subtitle = profile.source === 'github' ? profile.bio : profile.headline;
  const profileUrl = safeHttpUrl(profile.source === 'github' ? `https://github.com/${profile.login}` : state.url);
  const avatar = safeHttpUrl(profile.avatarUrl ?? null);
  return (
    <main className="panel" data-testid="panel" data-state={state.status} aria-busy={state.status === 'loading'}>
      <header className="card">
        {avatar ? <img src={avatar} alt="" referrerPolicy="no-referrer" /> : null}
        <div>
          <h1 data-testid="profile-name">{profile.name ?? id}</h1>
          <div className="muted">
            {profileUrl ? (
              <a href={profileUrl} target="_blank" rel="noopener noreferrer" data-testid="profile-id">
                {id}
              </a>
            ) : (
              <span data-testid="profile-id">{id}</span>
            )}
          </div>
          {subtitle ? <p style={{ margin: '4px 0 0' }}>{subtitle}</p> : null}
        </div>
      </header>

      {state.status === 'loading' ? <p className="muted" role="status">{t('loading')}</p> : null}
      {state.partial ? (
        <div className="notice partial" role="status" data-testid="partial-notice">
          {t('partialNotice', [state.partial.reason, state.partial.resumeAt ? new Date(state.partial.resumeAt).toLocaleTimeString() : '—'])}{' '}
          <button type="button" onClick={onOpenOptions}>{t('addToken')}</button>
        </div>
      ) : null}
      {state.status === 'error' ? (
        <div className="notice error" role="alert" data-testid="error">
          <strong>{t('errorTitle')}:</strong> {state.error}{' '}
          <button type="button" onClick={onRetry}>{t('retry')}</button>
        </div>
      ) : null}

      {state.evidence ? (
        <section aria-labelledby="languages-heading">
          <h2 id="languages-heading">{t('languages')}</h2>
          <LanguageList languages={state.evidence.languages} />
          <p className="muted">{t('reposConsidered', String(state.evidence.reposConsidered))}</p>
        </section>
      ) : null}
      <RateLimitLine rateLimit={state.rateLimit} />
    </main>
  );
}
