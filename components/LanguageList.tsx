import type { LanguageShare } from '@/lib/schemas/evidence';
import { t } from '@/lib/i18n';
import { ShareBar } from './ShareBar';

/** Languages by share, as labelled SVG bars. */
export function LanguageList({ languages }: { languages: readonly LanguageShare[] }) {
  if (languages.length === 0) return <p className="muted">{t('noLanguages')}</p>;
  return (
    <ul aria-label={t('languages')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {languages.slice(0, 10).map((l) => {
        const pct = Math.round(l.share * 100);
        return (
          <li key={l.language} className="lang-row" data-testid="language" data-language={l.language}>
            <span>{l.language}</span>
            <ShareBar percent={pct} label={`${l.language} ${pct}%`} height={8} />
            <span className="pct">{pct}%</span>
          </li>
        );
      })}
    </ul>
  );
}
