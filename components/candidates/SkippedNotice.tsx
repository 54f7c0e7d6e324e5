import type { SkippedRecord } from '@/lib/candidates/candidate-store';
import { t } from '@/lib/i18n';

/** Stored records that could not be read: how many, and why. They stay stored, untouched. */
export function SkippedNotice({ skipped }: { skipped: readonly SkippedRecord[] }) {
  if (skipped.length === 0) return null;
  return (
    <div className="notice partial" role="status" data-testid="skipped-notice" data-count={skipped.length}>
      <p className="cand-notice-text">
        {t('candidatesSkipped', String(skipped.length))}
      </p>
      <details>
        <summary>{t('candidatesSkippedWhy')}</summary>
        <ul className="cand-skipped-list">
          {skipped.map((s, i) => (
            <li key={`${s.id}-${i}`} data-testid="skipped-item" data-id={s.id}>
              <code dir="auto">{s.id}</code>: <span dir="auto">{s.reason}</span>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
