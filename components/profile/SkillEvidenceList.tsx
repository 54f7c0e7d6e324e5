import type { SkillEvidence } from '@/lib/schemas/evidence';
import { skillName } from '@/lib/skills';
import { t } from '@/lib/i18n';
import { ShareBar } from '@/components/ShareBar';
import { EvidenceChips } from './EvidenceChips';

/** Every skill with any evidence, strongest first, with a strength bar and its sources. */
export function SkillEvidenceList({ evidence }: { evidence: readonly SkillEvidence[] }) {
  if (evidence.length === 0) return <p className="muted">{t('noSkills')}</p>;
  const sorted = [...evidence].sort((a, b) => b.strength - a.strength || a.skill.localeCompare(b.skill));
  return (
    <ul className="skills">
      {sorted.map((e) => {
        const pct = Math.round(e.strength * 100);
        const name = skillName(e.skill);
        return (
          <li key={e.skill} data-testid="skill-evidence" data-skill={e.skill} data-strength={e.strength.toFixed(2)}>
            <details>
              <summary>
                <span className="skill-name">{name}</span>
                <ShareBar percent={pct} label={`${name}: ${pct}%`} height={6} />
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
