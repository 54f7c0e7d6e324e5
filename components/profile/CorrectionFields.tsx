import { useId } from 'react';
import { t, tOr } from '@/lib/i18n';

export interface Corrections {
  name: string;
  headline: string;
}

/**
 * For a LinkedIn page whose layout was not understood: the name and headline,
 * inline under the profile's heading, for the recruiter to fill in or correct.
 * What is typed is saved with the person.
 */
export function CorrectionFields({ value, onChange }: { value: Corrections; onChange: (next: Corrections) => void }) {
  const id = useId();
  return (
    <fieldset className="corrections" data-testid="corrections">
      <legend className="small">{tOr('correctionsLegend', 'Not read from the page: fill in')}</legend>
      <label htmlFor={`${id}-name`}>{t('nameLabel')}</label>
      <input id={`${id}-name`} data-testid="correct-name" value={value.name} autoComplete="off" onChange={(e) => onChange({ ...value, name: e.target.value })} />
      <label htmlFor={`${id}-headline`}>{t('headlineLabel')}</label>
      <input
        id={`${id}-headline`}
        data-testid="correct-headline"
        value={value.headline}
        autoComplete="off"
        onChange={(e) => onChange({ ...value, headline: e.target.value })}
      />
    </fieldset>
  );
}
