import { useState } from 'react';
import type { EvidenceSource } from '@/lib/schemas/evidence';
import { ExternalLink } from '@/components/ExternalLink';

interface Chip {
  key: string;
  label: string;
  url: string | null;
  origin: EvidenceSource['origin'];
  /** what this repository (or page) proves, one line per source */
  proves: string[];
}

/** One chip per repository (or LinkedIn page, or file outside a repository), listing what it proves. */
export function evidenceChips(sources: readonly EvidenceSource[]): Chip[] {
  const chips = new Map<string, Chip>();
  for (const s of sources) {
    const key = s.repo ? `repo:${s.repo}` : `${s.origin}:${s.url ?? s.detail}`;
    const chip = chips.get(key);
    if (chip) {
      if (!chip.proves.includes(s.detail)) chip.proves.push(s.detail);
      continue;
    }
    const repoUrl = s.repo && s.url ? s.url.split('/').slice(0, 5).join('/') : null;
    chips.set(key, {
      key,
      label: s.repo ?? s.detail,
      // a repository chip opens the repository; its files are listed in the title
      url: s.repo ? (repoUrl ?? s.url) : s.url,
      origin: s.origin,
      proves: [s.detail],
    });
  }
  return [...chips.values()];
}

/** The sources behind a row as chips that open the repository or profile they came from; "+N" shows the rest. */
export function EvidenceChips({ sources, max = 4 }: { sources: readonly EvidenceSource[]; max?: number }) {
  const [open, setOpen] = useState(false);
  const chips = evidenceChips(sources);
  if (chips.length === 0) return null;
  const shown = open ? chips : chips.slice(0, max);
  return (
    <ul className="chips">
      {shown.map((c) => (
        <li key={c.key} className={`chip chip-${c.origin}`} title={c.proves.join('\n')}>
          <ExternalLink href={c.url} data-testid="evidence-link" fallback={<span>{c.label}</span>}>
            {c.label}
          </ExternalLink>
          {c.proves.length > 1 ? <span className="muted small"> · {c.proves.length}</span> : null}
        </li>
      ))}
      {chips.length > max && !open ? (
        <li className="chip">
          <button type="button" className="chip-more" data-testid="evidence-more" aria-label={`${chips.length - max} more`} onClick={() => setOpen(true)}>
            +{chips.length - max}
          </button>
        </li>
      ) : null}
    </ul>
  );
}
