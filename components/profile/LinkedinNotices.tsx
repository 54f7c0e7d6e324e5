import type { LinkedinProfile } from '@/lib/schemas/profile';
import { linkedinDetailsUrl } from '@/lib/page/profile-urls';
import { t } from '@/lib/i18n';
import { ExternalLink } from '@/components/ExternalLink';

/** What the recruiter should know about a LinkedIn reading: not understood, incomplete, and how it was read. */
export function LinkedinNotices({ profile, url }: { profile: LinkedinProfile; url: string }) {
  const detailsUrl = linkedinDetailsUrl(profile.slug, 'experience');
  const strategies = Object.entries(profile.strategies ?? {});
  return (
    <>
      {profile.unrecognised ? (
        <p className="notice error" role="alert" data-testid="linkedin-unrecognised">{t('linkedinUnrecognised')}</p>
      ) : null}
      {profile.experienceComplete === false && !profile.unrecognised && !url.includes('/details/') ? (
        <p className="notice partial" data-testid="linkedin-incomplete">
          {t('linkedinIncomplete')}{' '}
          <ExternalLink href={detailsUrl}>{t('openExperienceDetails')}</ExternalLink>
        </p>
      ) : null}
      {strategies.length > 0 ? (
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
      ) : null}
    </>
  );
}
