import { useState } from 'react';
import type { ExperienceBand, KnownSeniorityBand } from '@/lib/matrix';
import { t } from '@/lib/i18n';
import { NumberField, SelectField } from './FormFields';
import { STANDARD_BANDS, standardBandOf } from './matrix-draft';

type Choice = KnownSeniorityBand | 'custom';

export interface ExperienceBandFieldProps {
  value: ExperienceBand;
  onChange: (next: ExperienceBand) => void;
  errorField: string | null;
  errorId: string;
}

/** The expected experience: junior 0–2 years, mid 2–5, senior 5+, or a custom range that counts as one of them. */
export function ExperienceBandField({ value, onChange, errorField, errorId }: ExperienceBandFieldProps) {
  const [custom, setCustom] = useState(() => standardBandOf(value) === null);
  const choice: Choice = custom ? 'custom' : value.band;
  const common = { errorField, errorId };
  const bandOptions: { value: KnownSeniorityBand; label: string }[] = [
    { value: 'junior', label: t('rolesBandJunior') },
    { value: 'mid', label: t('rolesBandMid') },
    { value: 'senior', label: t('rolesBandSenior') },
  ];
  return (
    <fieldset className="roles-band">
      <legend>{t('rolesExperienceBand')}</legend>
      <div className="roles-grid">
        <SelectField<Choice>
          label={t('rolesBandChoice')}
          field="experienceBand"
          testId="matrix-band"
          value={choice}
          options={[...bandOptions, { value: 'custom', label: t('rolesBandCustom') }]}
          onChange={(next) => {
            if (next === 'custom') {
              setCustom(true);
            } else {
              setCustom(false);
              onChange({ ...STANDARD_BANDS[next] });
            }
          }}
          {...common}
        />
        {custom ? (
          <>
            <NumberField label={t('rolesBandMinYears')} field="experienceBand.minYears" testId="matrix-band-min" value={value.minYears} min={0} max={60} onChange={(minYears) => onChange({ ...value, minYears })} {...common} />
            <NumberField
              label={t('rolesBandMaxYears')}
              hint={t('rolesBandMaxYearsHint')}
              field="experienceBand.maxYears"
              testId="matrix-band-max"
              value={value.maxYears}
              min={0}
              max={60}
              onChange={(maxYears) => onChange({ ...value, maxYears: Number.isNaN(maxYears) ? null : maxYears })}
              {...common}
            />
            <SelectField<KnownSeniorityBand>
              label={t('rolesBandCountsAs')}
              field="experienceBand.band"
              testId="matrix-band-level"
              value={value.band}
              options={bandOptions}
              onChange={(band) => onChange({ ...value, band })}
              {...common}
            />
          </>
        ) : null}
      </div>
    </fieldset>
  );
}
