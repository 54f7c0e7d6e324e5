import type { ReactNode } from 'react';
import type { RateLimit } from '@/lib/schemas/tab-state';
import type { TabState } from '@/lib/evaluation/tab-state';
import type { SkillEvidence } from '@/lib/schemas/evidence';
import type { ScoreResult } from '@/lib/scoring/schema';
import { t } from '@/lib/i18n';
import { safeHttpUrl } from '@/lib/safe-url';
import { ExternalLink } from './ExternalLink';
import { LanguageList } from './LanguageList';
import { RateLimitLine } from './RateLimitLine';
import { ScoreSummary } from './profile/ScoreSummary';
import { RequirementList } from './profile/RequirementList';
import { SkillEvidenceList } from './profile/SkillEvidenceList';
import { GapQuestions } from './profile/GapQuestions';
import { RolePicker, type RoleOption } from './profile/RolePicker';
import { LinkedinNotices } from './profile/LinkedinNotices';

export interface ProfilePanelProps {
  /** undefined while the panel is still reading the stored state */
  state: TabState | null | undefined;
  result: ScoreResult | null;
  evidence: readonly SkillEvidence[];
  roles: readonly RoleOption[];
  roleId: string;
  onRoleChange: (id: string) => void;
  /** links to the person's other profile, when known */
  links: { github: string | null; linkedin: string | null };
  /** true when evidence from both of the person's profiles is combined */
  merged: boolean;
  onRetry: () => void;
  onOpenOptions: () => void;
  /** the save form, rendered under the profile card */
  saveSlot?: ReactNode;
  /** the GitHub rate limit as last reported (falls back to the tab's) */
  rateLimit: RateLimit | null;
  /** reads the person's repositories in depth (languages by bytes, manifests, files) */
  onDigDeeper: () => void;
}

/** The panel's state marker: idle without a person, else the evaluation's status. */
export function panelState(state: TabState | null | undefined): 'idle' | 'loading' | 'ready' | 'error' {
  if (state === undefined) return 'loading';
  if (!state?.profile) return 'idle';
  return state.status;
}

/** The profile view: what the page shows at once, evidence and score as they arrive. */
export function ProfilePanel(props: ProfilePanelProps) {
  const { state, result, evidence, roles, roleId, onRoleChange, links, merged, onRetry, onOpenOptions, saveSlot, rateLimit, onDigDeeper } = props;
  if (state === undefined) {
    return <section className="view" aria-busy="true" />;
  }
  if (!state?.profile) {
    return (
      <section className="view" data-testid="idle">
        <h1 className="idle-title">{t('idleTitle')}</h1>
        <p className="muted">{t('idleBody')}</p>
      </section>
    );
  }
  const profile = state.profile;
  const id = profile.source === 'github' ? profile.login : profile.slug;
  const subtitle = profile.source === 'github' ? profile.bio : profile.headline;
  const avatar = safeHttpUrl(profile.avatarUrl ?? null);
  const roleName = roles.find((r) => r.id === roleId)?.name ?? roleId;
  return (
    <section className="view" aria-busy={state.status === 'loading'}>
      <header className="card">
        {avatar ? <img src={avatar} alt="" referrerPolicy="no-referrer" width={48} height={48} /> : <div className="avatar-placeholder" aria-hidden="true" />}
        <div className="card-text">
          <h1 data-testid="profile-name">{profile.name ?? id}</h1>
          <div className="muted">
            <span data-testid="profile-id" data-source={profile.source}>{id}</span>
            {profile.location ? <span> · {profile.location}</span> : null}
          </div>
          {subtitle ? <p className="subtitle">{subtitle}</p> : null}
          <div className="profile-links">
            <ExternalLink href={links.github} data-testid="link-github">{t('openGithub')}</ExternalLink>
            <ExternalLink href={links.linkedin} data-testid="link-linkedin">{t('openLinkedin')}</ExternalLink>
          </div>
          {merged ? <p className="muted small" data-testid="merged-notice">{t('mergedWith')}</p> : null}
        </div>
      </header>

      {profile.source === 'linkedin' ? <LinkedinNotices profile={profile} url={state.url} /> : null}

      {state.status === 'loading' ? <p className="muted" role="status">{t('loading')}</p> : null}
      {state.partial ? (
        <div className="notice partial" role="status" data-testid="partial-notice">
          {t('partialNotice', [state.partial.reason, state.partial.resumeAt ? new Date(state.partial.resumeAt).toLocaleTimeString() : '—'])}{' '}
          <button type="button" onClick={onOpenOptions}>{t('addToken')}</button>
        </div>
      ) : null}
      {state.status === 'ready' && state.error && !state.partial ? (
        <div className="notice partial" role="status" data-testid="github-notice">
          {t('githubLookupFailed', state.error)}{' '}
          <button type="button" onClick={onRetry}>{t('retry')}</button>
        </div>
      ) : null}
      {state.status === 'error' ? (
        <div className="notice error" role="alert" data-testid="error">
          <strong>{t('errorTitle')}:</strong> {state.error}{' '}
          <button type="button" onClick={onRetry}>{t('retry')}</button>
        </div>
      ) : null}

      <RolePicker roles={roles} value={roleId} onChange={onRoleChange} />
      {result ? <ScoreSummary result={result} matrixName={roleName} resumeAt={state.partial?.resumeAt ?? null} /> : null}
      {state.evidence && state.evidence.plan !== 'deep' && state.status !== 'loading' ? (
        <div className="notice partial" data-testid="quick-plan-notice">
          {t('quickPlanNotice')}{' '}
          <button type="button" onClick={onDigDeeper} data-testid="dig-deeper">{t('digDeeper')}</button>
        </div>
      ) : null}
      {saveSlot}

      {result ? (
        <section aria-labelledby="req-heading">
          <h2 id="req-heading">{t('requirementsHeading')}</h2>
          <RequirementList rows={result.requirements} />
        </section>
      ) : null}
      {result ? (
        <section aria-labelledby="gaps-heading">
          <h2 id="gaps-heading">{t('gapsHeading')}</h2>
          <GapQuestions questions={result.questions} />
        </section>
      ) : null}
      <section aria-labelledby="skills-heading">
        <h2 id="skills-heading">{t('skillsHeading')}</h2>
        <SkillEvidenceList evidence={evidence} />
      </section>
      {state.evidence ? (
        <section aria-labelledby="languages-heading">
          <h2 id="languages-heading">{t('languages')}</h2>
          <LanguageList languages={state.evidence.languages} />
          <p className="muted">
            {t('reposConsidered', String(state.evidence.reposConsidered))}
            {state.evidence.plan === 'deep' ? ` · ${t('readInDepth', String(state.evidence.deepRepos ?? 0))}` : null}
          </p>
        </section>
      ) : null}
      <RateLimitLine rateLimit={rateLimit ?? state.rateLimit} />
    </section>
  );
}
