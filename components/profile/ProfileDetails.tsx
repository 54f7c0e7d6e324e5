import type { RateLimit } from '@/lib/schemas/tab-state';
import type { SkillEvidence } from '@/lib/schemas/evidence';
import type { GithubEvidence } from '@/lib/schemas/tab-state';
import type { LinkedinProfile } from '@/lib/schemas/profile';
import type { ScoreResult } from '@/lib/scoring/schema';
import { t, tOr } from '@/lib/i18n';
import { LanguageList } from '@/components/LanguageList';
import { RateLimitLine } from '@/components/RateLimitLine';
import { SkillEvidenceList } from './SkillEvidenceList';
import { LinkedinReadingDetails } from './LinkedinNotices';

export interface ProfileDetailsProps {
  result: ScoreResult | null;
  evidence: readonly SkillEvidence[];
  githubEvidence: GithubEvidence | null;
  linkedin: LinkedinProfile | null;
  rateLimit: RateLimit | null;
  /** whether a GitHub token is saved: the budget counts profiles read in depth then */
  hasToken?: boolean | null;
}

/**
 * What a recruiter rarely needs on the first look, folded: how seniority was
 * worked out, how confident the read is, the language chart, every skill's
 * strength, how the LinkedIn page was read and the GitHub requests left.
 * Folded, not absent: every part stays in the page.
 */
export function ProfileDetails({ result, evidence, githubEvidence, linkedin, rateLimit, hasToken }: ProfileDetailsProps) {
  return (
    <details className="profile-details" data-testid="profile-details">
      <summary>
        <h2 className="details-title">{tOr('detailsHeading', 'Details')}</h2>
        <span className="muted small"> {tOr('detailsWhat', 'seniority, languages, skills, GitHub requests')}</span>
      </summary>
      {result ? (
        <section aria-labelledby="seniority-heading">
          <h3 id="seniority-heading">{tOr('seniorityHeading', 'Seniority and confidence')}</h3>
          <p className="muted" data-testid="seniority-basis">
            {result.seniority.basis}
          </p>
          <p className="muted small" data-testid="confidence" data-level={result.confidence.level}>
            {t(`confidence_${result.confidence.level}`)} · {result.confidence.basis}
          </p>
          {result.cap !== null && result.verdict.label !== 'insufficient' ? (
            <p className="muted small" data-testid="score-cap">
              {tOr('verdictCapped', 'A missing must-have keeps this at most $1', String(result.cap))}
            </p>
          ) : null}
        </section>
      ) : null}
      {githubEvidence ? (
        <section aria-labelledby="languages-heading">
          <h3 id="languages-heading">{t('languages')}</h3>
          <LanguageList languages={githubEvidence.languages} />
          <p className="muted small">
            {t('reposConsidered', String(githubEvidence.reposConsidered))}
            {githubEvidence.plan === 'deep' ? ` · ${t('readInDepth', String(githubEvidence.deepRepos ?? 0))}` : null}
          </p>
        </section>
      ) : null}
      <section aria-labelledby="skills-heading">
        <h3 id="skills-heading">{t('skillsHeading')}</h3>
        <SkillEvidenceList evidence={evidence} />
      </section>
      {linkedin ? <LinkedinReadingDetails profile={linkedin} /> : null}
      <RateLimitLine rateLimit={rateLimit} hasToken={hasToken} />
    </details>
  );
}
