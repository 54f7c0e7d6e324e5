import type { LinkClaim } from '@/lib/evaluation/identity-claim';
import { githubProfileUrl, linkedinProfileUrl } from '@/lib/page/profile-urls';
import { tOr } from '@/lib/i18n';
import { ExternalLink } from '@/components/ExternalLink';

export interface ClaimNoticeProps {
  claim: LinkClaim;
  /** repositories read for the claimed GitHub account, shown apart until confirmed */
  claimedRepos: number | null;
  onAnswer: (same: boolean) => void;
}

/**
 * A link the page claims to the person's other profile, until it is
 * confirmed: shown apart, not scored, with the recruiter's question.
 */
export function ClaimNotice({ claim, claimedRepos, onAnswer }: ClaimNoticeProps) {
  if (claim.confirmedBy !== null) return null;
  const other = claim.from === 'linkedin' ? githubProfileUrl(claim.login) : linkedinProfileUrl(claim.slug);
  const otherName = claim.from === 'linkedin' ? `github.com/${claim.login}` : `linkedin.com/in/${claim.slug}`;
  if (claim.rejected) {
    return (
      <p className="notice partial small" data-testid="identity-claim" data-state="rejected">
        {tOr('claimRejected', 'You said $1 is not this person: it is not scored.', otherName)}{' '}
        <button type="button" data-testid="claim-undo" onClick={() => onAnswer(true)}>{tOr('claimUndo', 'It is them after all')}</button>
      </p>
    );
  }
  return (
    <div className="notice partial" role="group" data-testid="identity-claim" data-state="claimed" aria-label={tOr('claimHeading', 'A claimed profile')}>
      <p>
        {claim.from === 'linkedin'
          ? tOr('claimFromLinkedin', 'Claimed on LinkedIn, not confirmed: $1 has not been seen linking back to this profile, so its repositories are not scored.', otherName)
          : tOr('claimFromGithub', 'Claimed on GitHub, not confirmed: $1 has not been seen linking back to this account, so it is not scored.', otherName)}{' '}
        <ExternalLink href={other}>{otherName}</ExternalLink>
        {claimedRepos !== null && claim.from === 'linkedin' ? ` · ${tOr('claimRepos', '$1 repositories read, shown apart', String(claimedRepos))}` : null}
      </p>
      <p>
        {claim.from === 'linkedin' ? tOr('claimAskGithub', 'Is this their GitHub?') : tOr('claimAskLinkedin', 'Is this their LinkedIn?')}{' '}
        <button type="button" data-testid="claim-confirm" onClick={() => onAnswer(true)}>{tOr('claimYes', 'Yes, it is them')}</button>{' '}
        <button type="button" data-testid="claim-reject" onClick={() => onAnswer(false)}>{tOr('claimNo', 'No')}</button>
      </p>
    </div>
  );
}
