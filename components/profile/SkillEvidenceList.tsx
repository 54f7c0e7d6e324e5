import type { SkillEvidence } from '@/lib/schemas/evidence';
import { skillById } from '@/lib/skills/lookup';
import { t } from '@/lib/i18n';
import { EvidenceChips } from './EvidenceChips';

/** Every skill with any evidence, strongest first, with a strength bar and its sources. */
export function SkillEvidenceList({ evidence }: { evidence: readonly SkillEvidence[] }) {
  if (evidence.length === 0) return <p className="muted">{t('noSkills')}</p>;
  const sorted = [...evidence].sort((a, b) => b.strength - a.strength || a.skill.localeCompare(b.skill));
  return (
    <ul className="skills">
      {sorted.map((e) => {
        const pct = Math.round(e.strength * 100);
        const name = skillById(e.skill)?.name ?? e.skill;
        return (
          <li key={e.skill} data-testid="skill-evidence" data-skill={e.skill} data-strength={e.strength.toFixed(2)}>
            <details>
              <summary>
                <span className="skill-name">{name}</span>
                <svg viewBox="0 0 100 6" preserveAspectRatio="none" role="img" aria-label={`${name}: ${pct}%`}>
                  <rect x="0" y="0" width="100" height="6" rx="2" fill="var(--border)" />
                  <rect x="0" y="0" width={Math.max(1, pct)} height="6" rx="2" fill="var(--bar)" />
                </svg>
                <span className="pct">{pct}</span>
              </summary>
              <EvidenceChips sources={e.sources} max={8} />
            </details>
          </li>
        );
      })}
    </ul>
  );
}
