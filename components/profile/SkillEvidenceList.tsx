import type { SkillEvidence } from '@/lib/schemas/evidence';
import { strengthWord } from '@/lib/scoring/strength-words';
import { skillName } from '@/lib/skills/lookup';
import { t } from '@/lib/i18n';
import { ShareBar } from '@/components/ShareBar';
import { EvidenceChips } from './EvidenceChips';

/** Every skill with any evidence, strongest first, with a strength bar, the strength in words, and its sources. */
export function SkillEvidenceList({ evidence }: { evidence: readonly SkillEvidence[] }) {
  if (evidence.length === 0) return <p className="muted">{t('noSkills')}</p>;
  const sorted = [...evidence].sort((a, b) => b.strength - a.strength || a.skill.localeCompare(b.skill));
  return (
    <ul className="skills">
      {sorted.map((e) => {
        const pct = Math.round(e.strength * 100);
        const name = skillName(e.skill);
        const word = strengthWord(e.strength);
        return (
          <li key={e.skill} data-testid="skill-evidence" data-skill={e.skill} data-strength={e.strength.toFixed(2)}>
            <details>
              <summary>
                <span className="skill-name">{name}</span>
                <ShareBar percent={pct} label={`${name}: ${word}, ${pct}%`} height={6} />
                <span className="skill-word">{word}</span>
              </summary>
              <EvidenceChips sources={e.sources} max={8} />
            </details>
          </li>
        );
      })}
    </ul>
  );
}
