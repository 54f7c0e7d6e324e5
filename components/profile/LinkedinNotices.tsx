import type { LinkedinProfile } from '@/lib/schemas/profile';
import { linkedinDetailsUrl } from '@/lib/page/profile-urls';
import { t, tOr } from '@/lib/i18n';
import { ExternalLink } from '@/components/ExternalLink';

const SECTION_WORDS = { experience: 'Experience', education: 'Education', skills: 'Skills' } as const;

/** "Experience and Education" */
function pendingWords(sections: readonly (keyof typeof SECTION_WORDS)[]): string {
  const words = sections.map((s) => SECTION_WORDS[s]);
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** What the recruiter should know about a LinkedIn reading: not understood, or incomplete (yellow: data still missing). */
export function LinkedinNotices({ profile, url }: { profile: LinkedinProfile; url: string }) {
  const detailsUrl = linkedinDetailsUrl(profile.slug, 'experience');
  const pending = profile.pendingSections ?? [];
  return (
    <>
      {profile.unrecognised ? (
        <p className="notice incomplete" role="alert" data-testid="linkedin-unrecognised">{t('linkedinUnrecognised')}</p>
      ) : null}
      {pending.length > 0 && !profile.unrecognised ? (
        <p className="notice incomplete" data-testid="linkedin-pending" data-sections={pending.join(' ')}>
          {pending.length === 1
            ? tOr('linkedinPending', "$1 hasn't loaded yet: scroll down the profile (or open Show all experience).", pendingWords(pending))
            : tOr('linkedinPendingMany', "$1 haven't loaded yet: scroll down the profile (or open Show all experience).", pendingWords(pending))}{' '}
          <ExternalLink href={detailsUrl}>{t('openExperienceDetails')}</ExternalLink>
        </p>
      ) : null}
      {profile.experienceComplete === false && pending.length === 0 && !profile.unrecognised && !url.includes('/details/') ? (
        <p className="notice incomplete" data-testid="linkedin-incomplete">
          {t('linkedinIncomplete')}{' '}
          <ExternalLink href={detailsUrl}>{t('openExperienceDetails')}</ExternalLink>
        </p>
      ) : null}
    </>
  );
}

/** How each section of the LinkedIn page was read (for the Details section). */
export function LinkedinReadingDetails({ profile }: { profile: LinkedinProfile }) {
  const strategies = Object.entries(profile.strategies ?? {});
  if (strategies.length === 0) return null;
  return (
    <details className="small" data-testid="reading-details">
      <summary>{t('readingDetails')}</summary>
      <ul>
        {strategies.map(([section, strategy]) => (
          <li key={section} data-section={section} data-strategy={strategy}>
            {section}: {strategy}
          </li>
        ))}
      </ul>
    </details>
  );
}
