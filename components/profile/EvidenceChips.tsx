import type { EvidenceSource } from '@/lib/schemas/evidence';
import { ExternalLink } from '@/components/ExternalLink';

/** The sources behind a row, each a chip that opens the repository, file or profile it came from. */
export function EvidenceChips({ sources, max = 4 }: { sources: readonly EvidenceSource[]; max?: number }) {
  if (sources.length === 0) return null;
  const shown = sources.slice(0, max);
  return (
    <ul className="chips">
      {shown.map((s, i) => {
        const label = s.path ? `${s.repo ?? ''}${s.repo ? ' · ' : ''}${s.path}` : (s.repo ?? s.detail);
        return (
          <li key={`${s.kind}-${s.url ?? ''}-${i}`} className={`chip chip-${s.origin}`} title={s.detail}>
            <ExternalLink href={s.url} data-testid="evidence-link" fallback={<span>{label}</span>}>
              {label}
            </ExternalLink>
          </li>
        );
      })}
      {sources.length > max ? <li className="chip muted">+{sources.length - max}</li> : null}
    </ul>
  );
}
