import { useDeferredValue, useMemo, type ReactNode } from 'react';
import type { RateLimit } from '@/lib/schemas/tab-state';
import type { TabState } from '@/lib/evaluation/tab-state';
import type { SkillEvidence } from '@/lib/schemas/evidence';
import { profileHandle } from '@/lib/schemas/profile';
import type { ScoreResult } from '@/lib/scoring/schema';
import { personSummary, type SummaryFormat } from '@/lib/summary/person-summary';
import { t, tOr } from '@/lib/i18n';
import { safeHttpUrl } from '@/lib/safe-url';
import { ExternalLink } from './ExternalLink';
import { BudgetLowNotice } from './RateLimitLine';
import { timeText } from './dates';
import { ScoreSummary } from './profile/ScoreSummary';
import { RequirementList } from './profile/RequirementList';
import { BehaviouralQuestions } from './profile/GapQuestions';
import { RolePicker, type RoleOption } from './profile/RolePicker';
import { LinkedinNotices } from './profile/LinkedinNotices';
import { ProfileDetails } from './profile/ProfileDetails';
import { TokenPrompt } from './profile/TokenPrompt';
import type { ConnectOutcome } from '@/lib/settings/token-connect';
import { DigDeeper } from './profile/DigDeeper';
import { CopySummary } from './profile/CopySummary';
import { CorrectionFields, type Corrections } from './profile/CorrectionFields';

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
  /** Save with its stage picker (and tags and notes), rendered in the verdict card */
  saveSlot?: ReactNode;
  /** the GitHub rate limit as last reported (falls back to the tab's) */
  rateLimit: RateLimit | null;
  /** reads the person's repositories in depth (languages by bytes, manifests, files) */
  onDigDeeper: () => void;
  /** whether a GitHub token is saved; null or absent while not known (no prompt then) */
  hasToken?: boolean | null;
  /** checks a token pasted in the panel and saves it once GitHub accepts it (the panel passes the background client) */
  onConnectToken: (text: string) => Promise<ConnectOutcome>;
  /** puts text on the clipboard; resolves false when the browser would not */
  onCopy?: (text: string) => Promise<boolean>;
  /** for a LinkedIn page that was not understood: the name and headline the recruiter typed */
  corrections?: Corrections;
  onCorrectionsChange?: (next: Corrections) => void;
  /** more notices about the reading, shown with the others under the verdict card (an identity claim to confirm, say) */
  noticesSlot?: ReactNode;
}

/** The panel's state marker: idle without a person, else the evaluation's status. */
export function panelState(state: TabState | null | undefined): 'idle' | 'loading' | 'ready' | 'error' {
  if (state === undefined) return 'loading';
  if (!state?.profile) return 'idle';
  return state.status;
}

/** A tab with no person: what the page is when it is a page under a profile address (not found, a sign-in wall), else how to start. */
function IdleView({ note, tokenPrompt }: { note: TabState['note']; tokenPrompt: ReactNode }) {
  return (
    <section className="view" data-testid="idle" aria-labelledby="idle-title">
      {note ? (
        <>
          <h1 className="idle-title" id="idle-title">
            {tOr('pageNoteTitle', 'Not a profile')}
          </h1>
          <p className="page-note" data-testid="page-note" data-kind={note.kind}>
            {note.note}
          </p>
        </>
      ) : (
        <>
          <h1 className="idle-title" id="idle-title">
            {t('idleTitle')}
          </h1>
          <p className="muted">{t('idleBody')}</p>
        </>
      )}
      {tokenPrompt}
    </section>
  );
}

/**
 * The profile view, action first: who (name, where, role picker), the verdict
 * card with Save beside the stage, then the gaps with their questions, the met
 * rows one line each, the nice-to-haves, and the details folded at the end.
 */
export function ProfilePanel(props: ProfilePanelProps) {
  const { state, result, evidence, roles, roleId, onRoleChange, links, merged, onRetry, onOpenOptions, saveSlot, rateLimit, onDigDeeper } = props;
  const profile = state?.profile ?? null;
  const roleName = roles.find((r) => r.id === roleId)?.name ?? roleId;
  const summaryFor = useMemo(() => {
    if (!profile || !result) return null;
    const corrected = props.corrections;
    return (format: SummaryFormat) =>
      personSummary(
        {
          name: corrected?.name.trim() || profile.name || profileHandle(profile),
          handle: profileHandle(profile),
          headline: corrected?.headline.trim() || (profile.source === 'github' ? profile.bio : profile.headline),
          location: profile.location,
          links,
          roleName,
          result,
        },
        format,
      );
  }, [profile, result, links, roleName, props.corrections]);

  // the first screen paints first; the rows and details below it follow in a second, interruptible render
  const below = useDeferredValue(result, null);
  // once connected here, the person on the tab is read again with the token
  const tokenPrompt = <TokenPrompt hasToken={props.hasToken} onConnect={props.onConnectToken} onConnected={profile ? onRetry : undefined} />;
  if (state === undefined) {
    return <section className="view" aria-busy="true" />;
  }
  if (!state || !profile) {
    return <IdleView note={state?.note ?? null} tokenPrompt={tokenPrompt} />;
  }

  const id = profileHandle(profile);
  const subtitle = profile.source === 'github' ? profile.bio : profile.headline;
  const avatar = safeHttpUrl(profile.avatarUrl ?? null);
  const unrecognised = profile.source === 'linkedin' && profile.unrecognised === true;
  // what a LinkedIn page only claims (its GitHub account, until confirmed) is not shown as this person's
  const confirmed = !state.claim || state.claim.confirmedBy !== null;
  const githubEvidence = profile.source === 'linkedin' && !confirmed ? null : state.evidence;
  const linkedinShown = profile.source === 'linkedin' ? profile : confirmed && state.partner?.source === 'linkedin' ? state.partner : null;
  const rows = below?.requirements ?? [];
  const gapRows = rows.filter((r) => r.priority === 'must' && r.status !== 'met');
  const metRows = [...rows.filter((r) => r.status === 'met')].sort((a, b) => (a.priority === b.priority ? 0 : a.priority === 'must' ? -1 : 1));
  const niceRows = rows.filter((r) => r.priority === 'nice' && r.status !== 'met');
  const actions =
    saveSlot || (props.onCopy && summaryFor) ? (
      <>
        {saveSlot}
        {props.onCopy && summaryFor ? <CopySummary textFor={summaryFor} onCopy={props.onCopy} /> : null}
      </>
    ) : null;

  return (
    <section className="view profile-view" aria-busy={state.status === 'loading'}>
      <header className="card">
        {avatar ? <img src={avatar} alt="" referrerPolicy="no-referrer" width={40} height={40} /> : <div className="avatar-placeholder" aria-hidden="true" />}
        <div className="card-text">
          <h1 data-testid="profile-name">{profile.name ?? id}</h1>
          <div className="muted small card-meta">
            <span data-testid="profile-id" data-source={profile.source}>
              {id}
            </span>
            {profile.location ? <span data-testid="profile-location"> · {profile.location}</span> : null}
            <ExternalLink href={links.github} data-testid="link-github" className="card-link">
              GitHub
            </ExternalLink>
            <ExternalLink href={links.linkedin} data-testid="link-linkedin" className="card-link">
              LinkedIn
            </ExternalLink>
          </div>
          {subtitle ? <p className="subtitle">{subtitle}</p> : null}
          {merged ? (
            <p className="muted small" data-testid="merged-notice">
              {t('mergedWith')}
            </p>
          ) : null}
        </div>
      </header>
      {unrecognised && props.corrections && props.onCorrectionsChange ? (
        <CorrectionFields value={props.corrections} onChange={props.onCorrectionsChange} />
      ) : null}
      <RolePicker roles={roles} value={roleId} onChange={onRoleChange} />

      {result ? (
        <ScoreSummary result={result} matrixName={roleName} resumeAt={state.partial?.resumeAt ?? null} actions={actions} />
      ) : state.status === 'loading' ? (
        <p className="verdict-card tone-none muted" role="status" data-testid="loading">
          {t('loading')}
        </p>
      ) : null}

      {state.status === 'loading' && result ? (
        <p className="muted small" role="status">
          {t('loading')}
        </p>
      ) : null}
      {state.status === 'error' ? (
        <div className="notice error" role="alert" data-testid="error">
          <strong>{t('errorTitle')}:</strong> {state.error}{' '}
          <button type="button" onClick={onRetry}>
            {t('retry')}
          </button>
        </div>
      ) : null}
      {state.partial ? (
        <div className="notice incomplete" role="status" data-testid="partial-notice">
          {t('partialNotice', [state.partial.reason, state.partial.resumeAt ? timeText(state.partial.resumeAt) : '—'])}{' '}
          <button type="button" onClick={onOpenOptions}>
            {t('addToken')}
          </button>
        </div>
      ) : null}
      {state.status === 'ready' && state.error && !state.partial ? (
        <div className="notice incomplete" role="status" data-testid="github-notice">
          {t('githubLookupFailed', state.error)}{' '}
          <button type="button" onClick={onRetry}>
            {t('retry')}
          </button>
        </div>
      ) : null}
      {githubEvidence && githubEvidence.plan !== 'deep' && state.status !== 'loading' ? (
        <div className="notice incomplete" data-testid="quick-plan-notice">
          <strong>{tOr('quickReadTitle', 'Quick read.')}</strong> {t('quickPlanNotice')}{' '}
          <DigDeeper githubEvidence={githubEvidence} rateLimit={rateLimit ?? state.rateLimit} hasToken={props.hasToken === true} onDigDeeper={onDigDeeper} />
        </div>
      ) : null}
      {profile.source === 'linkedin' ? <LinkedinNotices profile={profile} url={state.url} /> : null}
      <BudgetLowNotice rateLimit={rateLimit ?? state.rateLimit} hasToken={props.hasToken} />
      {props.noticesSlot}
      {tokenPrompt}

      {below ? (
        <section aria-labelledby="gaps-heading" data-testid="gaps-section">
          <h2 id="gaps-heading">
            {tOr('gapsFirstHeading', 'Must-have gaps')} <span className="count">({gapRows.length})</span>
          </h2>
          {gapRows.length === 0 ? <p className="muted">{t('noGaps')}</p> : <RequirementList rows={gapRows} gaps={below.questions.gaps} />}
          <BehaviouralQuestions questions={below.questions.behavioural} />
        </section>
      ) : null}
      {metRows.length > 0 ? (
        <section aria-labelledby="met-heading" data-testid="met-section">
          <h2 id="met-heading">
            {tOr('metHeading', 'Met')} <span className="count">({metRows.length})</span>
          </h2>
          <RequirementList rows={metRows} compact />
        </section>
      ) : null}
      {niceRows.length > 0 ? (
        <section aria-labelledby="nice-heading" data-testid="nice-section">
          <h2 id="nice-heading">
            {tOr('niceHeading', 'Nice to have, not shown')} <span className="count">({niceRows.length})</span>
          </h2>
          <RequirementList rows={niceRows} compact />
        </section>
      ) : null}

      <ProfileDetails result={below} evidence={below ? evidence : []} githubEvidence={githubEvidence} linkedin={linkedinShown} rateLimit={rateLimit ?? state.rateLimit} hasToken={props.hasToken} />
    </section>
  );
}
